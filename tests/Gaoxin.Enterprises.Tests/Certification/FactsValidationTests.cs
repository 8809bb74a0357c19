using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

public sealed class FactsValidationTests
{
    [Fact]
    public void More_tech_staff_than_staff_is_rejected_naming_both_fields_and_the_year()
    {
        const string message = "2024 年度科技人员数（120 人）大于职工总数（100 人），数据不一致，两项均未采用";
        var e = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 120 }).Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldContain(message);
        e.Item(nameof(TechStaffShareItem)).Missing.ShouldNotBeNull().ShouldContain(message);
        e.Gate(nameof(StaffCeilingGate)).Passed.ShouldBeNull();
    }

    [Fact]
    public void Rd_above_total_costs_is_rejected()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { RdSpend = 9_500_000m, RdSpendInChina = 9_500_000m }).Evaluate(SchemeCode.TechSme);
        e.MissingInputs.ShouldContain("2024 年度研发费用（9,500,000 元）大于成本费用总额（9,000,000 元），数据不一致，两项均未采用");
        e.Verdict.ShouldBe(Verdict.MissingData);
    }

    [Fact]
    public void Rd_in_china_above_rd_is_rejected_in_its_year()
    {
        var e = FactsBuilder.Enterprise().InYear(2023, y => y with { RdSpendInChina = 700_000m }).Evaluate(SchemeCode.HighTech);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.Gate(nameof(RdInChinaShareGate)).Missing.ShouldNotBeNull()
            .ShouldContain("2023 年度境内研发费用（700,000 元）大于研发费用（600,000 元），数据不一致，两项均未采用");
    }

    [Fact]
    public void Negative_money_is_rejected()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { Sales = -1m }).Evaluate(SchemeCode.TechSme);
        e.MissingInputs.ShouldContain("2024 年度销售收入为负数（-1），数据无效，未采用");
        e.Gate(nameof(SalesCeilingGate)).Passed.ShouldBeNull();
    }

    [Fact]
    public void The_same_year_twice_is_rejected() =>
        FactsBuilder.WithYears(FactsBuilder.Year(2023), FactsBuilder.Year(2024), FactsBuilder.Year(2024)).Evaluate(SchemeCode.TechSme)
            .MissingInputs.ShouldContain("2024 年度数据重复填报，无法确定采用哪一份");

    [Fact]
    public void Years_out_of_order_are_read_oldest_first()
    {
        var ordered = FactsBuilder.Enterprise().Series((y, v) => y with { Sales = v }, 10_000_000m, 12_000_000m, 15_000_000m).Evaluate(SchemeCode.HighTech);
        var shuffled = FactsBuilder.WithYears(
                FactsBuilder.Year(2024) with { Sales = 15_000_000m },
                FactsBuilder.Year(2022) with { Sales = 10_000_000m },
                FactsBuilder.Year(2023) with { Sales = 12_000_000m })
            .Evaluate(SchemeCode.HighTech);
        shuffled.Item(nameof(SalesGrowthItem)).Figures.ShouldBe(ordered.Item(nameof(SalesGrowthItem)).Figures);
    }
}

public sealed class SchemeCatalogTests
{
    [Fact]
    public void Finds_the_version_in_force()
    {
        var catalog = SchemeCatalog.Default;
        catalog.InForce(SchemeCode.TechSme, new DateOnly(2017, 5, 2)).ShouldBeNull();
        catalog.InForce(SchemeCode.TechSme, new DateOnly(2017, 5, 3)).ShouldBeSameAs(TechSmeScheme.V2017);
        catalog.InForce(SchemeCode.InnovativeSme, new DateOnly(2022, 7, 31)).ShouldBeNull();
        catalog.InForce(SchemeCode.InnovativeSme, new DateOnly(2022, 8, 1)).ShouldBeSameAs(InnovativeSmeScheme.V2022);
        catalog.InForce(SchemeCode.LittleGiant, new DateOnly(2025, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void A_new_years_parameters_are_a_new_instance()
    {
        var v2026 = TechSmeScheme.V2017 with { Version = "2026", EffectiveFrom = new DateOnly(2026, 1, 1), MaxStaff = 600 };
        var engine = new CertificationEngine(new SchemeCatalog([TechSmeScheme.V2017, v2026]));
        var facts = FactsBuilder.Enterprise().Latest(y => y with { Staff = 550, TechStaff = 200 });

        var before = engine.Evaluate(SchemeCode.TechSme, facts.AsOf(new DateOnly(2025, 12, 31)).Build());
        before.SchemeVersion.ShouldBe("2017");
        before.Gate(nameof(StaffCeilingGate)).Passed.ShouldBe(false);

        var after = engine.Evaluate(SchemeCode.TechSme, facts.AsOf(new DateOnly(2026, 1, 1)).Build());
        after.SchemeVersion.ShouldBe("2026");
        after.Gate(nameof(StaffCeilingGate)).Passed.ShouldBe(true);
    }

    [Fact]
    public void Two_versions_on_the_same_day_are_refused() =>
        Should.Throw<ArgumentException>(() => new SchemeCatalog([TechSmeScheme.V2017, TechSmeScheme.V2017 with { Version = "copy" }]));
}

public sealed class CertificationEngineTests
{
    [Fact]
    public void Evaluates_all_four_schemes_in_ladder_order()
    {
        var all = new CertificationEngine().EvaluateAll(FactsBuilder.Enterprise().Build());
        all.Select(e => e.Scheme).ShouldBe([SchemeCode.TechSme, SchemeCode.InnovativeSme, SchemeCode.SpecialisedSme, SchemeCode.HighTech]);
    }

    [Fact]
    public void Skips_schemes_not_yet_in_force() =>
        new CertificationEngine().EvaluateAll(FactsBuilder.Enterprise().AsOf(new DateOnly(2020, 1, 1)).Build())
            .Select(e => e.Scheme).ShouldBe([SchemeCode.TechSme, SchemeCode.HighTech]);

    [Fact]
    public void Little_giant_has_no_evaluator() =>
        Should.Throw<NotSupportedException>(() => new CertificationEngine().Evaluate(SchemeCode.LittleGiant, FactsBuilder.Enterprise().Build()))
            .Message.ShouldContain("国家名单");

    [Fact]
    public void No_version_in_force_is_an_error() =>
        Should.Throw<InvalidOperationException>(() => new CertificationEngine().Evaluate(SchemeCode.TechSme, FactsBuilder.Enterprise().AsOf(new DateOnly(2016, 1, 1)).Build()));

    [Fact]
    public void Same_answer_through_evaluate_and_evaluate_all()
    {
        var facts = FactsBuilder.Enterprise().Build();
        var engine = new CertificationEngine();
        var one = engine.Evaluate(SchemeCode.HighTech, facts);
        var all = engine.EvaluateAll(facts).Single(e => e.Scheme == SchemeCode.HighTech);
        all.Verdict.ShouldBe(one.Verdict);
        all.MinReachable.ShouldBe(one.MinReachable);
        all.Gaps.ShouldBe(one.Gaps);
    }
}
