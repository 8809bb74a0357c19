using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

/// <summary>
/// Test facts: a healthy small enterprise, three years 2022–2024, evaluated on 2025-06-30. Tests change only the
/// figures they are about, so every expected value can be worked out from the rules text and these defaults.
/// </summary>
internal sealed class FactsBuilder
{
    public static readonly DateOnly Day = new(2025, 6, 30);

    private readonly List<AnnualFigures> years;
    private DateOnly asOf = Day;
    private DateOnly? registeredOn = new(2015, 3, 1);
    private EnterpriseFlags flags = new(InKeyHighTechField: true, OwnsCoreIp: true, YearsInNicheMarket: 5);
    private readonly List<HeldCertificate> certificates = [];
    private readonly Dictionary<string, decimal> experts = [];

    private FactsBuilder(List<AnnualFigures> years) => this.years = years;

    public static AnnualFigures Year(int year) => new(
        Year: year,
        Staff: 100,
        TechStaff: 30,
        Sales: 10_000_000m,
        TotalRevenue: 10_000_000m,
        MainBusinessRevenue: 8_000_000m,
        TotalCosts: 9_000_000m,
        RdSpend: 600_000m,
        RdSpendInChina: 600_000m,
        TotalAssets: 20_000_000m,
        NetAssets: 10_000_000m,
        DebtRatio: 0.50m,
        HighTechIncome: 7_000_000m,
        ClassOneIp: 1,
        ClassTwoIp: 0,
        AchievementsConverted: 5,
        EquityRaised: 0m);

    public static FactsBuilder Enterprise() => new([Year(2022), Year(2023), Year(2024)]);

    public static FactsBuilder WithYears(params AnnualFigures[] years) => new([.. years]);

    public FactsBuilder Latest(Func<AnnualFigures, AnnualFigures> change)
    {
        years[^1] = change(years[^1]);
        return this;
    }

    public FactsBuilder InYear(int year, Func<AnnualFigures, AnnualFigures> change)
    {
        var i = years.FindIndex(y => y.Year == year);
        years[i] = change(years[i]);
        return this;
    }

    public FactsBuilder EveryYear(Func<AnnualFigures, AnnualFigures> change)
    {
        for (var i = 0; i < years.Count; i++)
        {
            years[i] = change(years[i]);
        }

        return this;
    }

    /// <summary>Sets one figure per year, oldest first (2022, 2023, 2024).</summary>
    public FactsBuilder Series(Func<AnnualFigures, decimal, AnnualFigures> set, params decimal[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            years[i] = set(years[i], values[i]);
        }

        return this;
    }

    public FactsBuilder Flags(Func<EnterpriseFlags, EnterpriseFlags> change)
    {
        flags = change(flags);
        return this;
    }

    public FactsBuilder RegisteredOn(DateOnly? day)
    {
        registeredOn = day;
        return this;
    }

    public FactsBuilder AsOf(DateOnly day)
    {
        asOf = day;
        return this;
    }

    public FactsBuilder Holding(SchemeCode scheme, DateOnly? from = null, DateOnly? to = null)
    {
        certificates.Add(new HeldCertificate(scheme, $"{scheme}-001", from ?? Day.AddYears(-1), to ?? Day.AddYears(2)));
        return this;
    }

    public FactsBuilder Expert(string key, decimal points)
    {
        experts[key] = points;
        return this;
    }

    public EnterpriseFacts Build() =>
        new(Guid.CreateVersion7(), "测试企业", asOf, registeredOn, years.ToArray(), flags, certificates.ToArray(), new Dictionary<string, decimal>(experts));

    public FactsView View() => FactsView.Of(Build());
}

internal static class EvaluationLookup
{
    public static ItemScore Item(this Evaluation e, string rule) => e.Items.Single(i => i.Rule == rule);

    public static GateResult Gate(this Evaluation e, string rule) => e.Gates.Single(g => g.Rule == rule);

    public static Evaluation Evaluate(this FactsBuilder facts, SchemeCode scheme) => new CertificationEngine().Evaluate(scheme, facts.Build());
}
