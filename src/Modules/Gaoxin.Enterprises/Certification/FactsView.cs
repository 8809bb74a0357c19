using System.Globalization;

namespace Gaoxin.Enterprises.Certification;

/// <summary>The figures of <see cref="AnnualFigures"/> a rule can ask for by name (so checks and messages are uniform).</summary>
internal enum Figure
{
    Staff,
    TechStaff,
    Sales,
    TotalRevenue,
    MainBusinessRevenue,
    TotalCosts,
    RdSpend,
    RdSpendInChina,
    TotalAssets,
    NetAssets,
    DebtRatio,
    HighTechIncome,
    ClassOneIp,
    ClassTwoIp,
    HighValueClassOneIp,
    SelfDevelopedClassOneIp,
    AchievementsConverted,
    EquityRaised,
}

/// <summary>
/// Enterprise facts checked once before any rule reads them: years sorted, inconsistent or negative figures
/// marked invalid with a Chinese reason naming field and year. Rules read through <see cref="TryGet"/>, so an
/// invalid figure is reported like a missing one and never used. Built once per enterprise and shared by all schemes.
/// </summary>
internal sealed class FactsView
{
    private readonly AnnualFigures[] years;
    private readonly Dictionary<(int Index, Figure Figure), string>? invalid;

    private FactsView(EnterpriseFacts facts)
    {
        Facts = facts;
        years = [.. facts.Years];
        // The contract is oldest first; sorting costs nothing for the usual 3 rows and saves a silent misread.
        Array.Sort(years, static (a, b) => a.Year.CompareTo(b.Year));
        for (var i = 1; i < years.Length; i++)
        {
            if (years[i].Year == years[i - 1].Year)
            {
                YearsProblem = $"{years[i].Year} 年度数据重复填报，无法确定采用哪一份";
            }
        }

        for (var i = 0; i < years.Length; i++)
        {
            Validate(i, ref invalid);
        }
    }

    public EnterpriseFacts Facts { get; }

    public DateOnly AsOf => Facts.AsOf;

    public EnterpriseFlags Flags => Facts.Flags;

    public int YearCount => years.Length;

    public AnnualFigures Year(int index) => years[index];

    /// <summary>Set when the years themselves are unusable (e.g. the same year twice).</summary>
    public string? YearsProblem { get; }

    public static FactsView Of(EnterpriseFacts facts) => new(facts);

    public static string Name(Figure figure) => figure switch
    {
        Figure.Staff => "职工总数",
        Figure.TechStaff => "科技人员数",
        Figure.Sales => "销售收入",
        Figure.TotalRevenue => "营业收入（总收入）",
        Figure.MainBusinessRevenue => "主营业务收入",
        Figure.TotalCosts => "成本费用总额",
        Figure.RdSpend => "研发费用",
        Figure.RdSpendInChina => "境内研发费用",
        Figure.TotalAssets => "资产总额",
        Figure.NetAssets => "净资产",
        Figure.DebtRatio => "资产负债率",
        Figure.HighTechIncome => "高新技术产品（服务）收入",
        Figure.ClassOneIp => "Ⅰ类知识产权数",
        Figure.ClassTwoIp => "Ⅱ类知识产权数",
        Figure.HighValueClassOneIp => "Ⅰ类高价值知识产权数",
        Figure.SelfDevelopedClassOneIp => "自主研发Ⅰ类知识产权数",
        Figure.AchievementsConverted => "科技成果转化数",
        _ => "股权融资额",
    };

    public static decimal? Raw(AnnualFigures y, Figure figure) => figure switch
    {
        Figure.Staff => y.Staff,
        Figure.TechStaff => y.TechStaff,
        Figure.Sales => y.Sales,
        Figure.TotalRevenue => y.TotalRevenue,
        Figure.MainBusinessRevenue => y.MainBusinessRevenue,
        Figure.TotalCosts => y.TotalCosts,
        Figure.RdSpend => y.RdSpend,
        Figure.RdSpendInChina => y.RdSpendInChina,
        Figure.TotalAssets => y.TotalAssets,
        Figure.NetAssets => y.NetAssets,
        Figure.DebtRatio => y.DebtRatio,
        Figure.HighTechIncome => y.HighTechIncome,
        Figure.ClassOneIp => y.ClassOneIp,
        Figure.ClassTwoIp => y.ClassTwoIp,
        Figure.HighValueClassOneIp => y.HighValueClassOneIp,
        Figure.SelfDevelopedClassOneIp => y.SelfDevelopedClassOneIp,
        Figure.AchievementsConverted => y.AchievementsConverted,
        _ => y.EquityRaised,
    };

    /// <summary>
    /// The figure of the year at <paramref name="index"/>, or false with the reason (not reported, or invalid)
    /// added to <paramref name="missing"/>.
    /// </summary>
    public bool TryGet(int index, Figure figure, out decimal value, ref List<string>? missing)
    {
        var y = years[index];
        if (invalid is not null && invalid.TryGetValue((index, figure), out var reason))
        {
            Add(ref missing, reason);
            value = 0;
            return false;
        }

        var raw = Raw(y, figure);
        if (raw is null)
        {
            Add(ref missing, $"缺少 {y.Year} 年度{Name(figure)}");
            value = 0;
            return false;
        }

        value = raw.Value;
        return true;
    }

    /// <summary>Index of the latest year, or false with "缺少年度数据".</summary>
    public bool TryLatest(out int index, ref List<string>? missing)
    {
        if (YearsProblem is not null)
        {
            Add(ref missing, YearsProblem);
            index = -1;
            return false;
        }

        if (years.Length == 0)
        {
            Add(ref missing, "缺少年度财务数据");
            index = -1;
            return false;
        }

        index = years.Length - 1;
        return true;
    }

    /// <summary>Start index of the last <paramref name="count"/> consecutive years, or false saying which years are lacking.</summary>
    public bool TryLastConsecutive(int count, out int start, ref List<string>? missing)
    {
        start = -1;
        if (!TryLatest(out var last, ref missing))
        {
            return false;
        }

        var latestYear = years[last].Year;
        for (var k = 1; k < count; k++)
        {
            var i = last - k;
            if (i < 0 || years[i].Year != latestYear - k)
            {
                Add(ref missing, $"需要最近 {count} 个连续年度（{latestYear - count + 1}–{latestYear} 年）的数据，缺少 {latestYear - k} 年度");
                return false;
            }
        }

        start = last - count + 1;
        return true;
    }

    /// <summary>Sum of a never-null figure (e.g. equity raised) over the years within the last <paramref name="span"/> calendar years.</summary>
    public bool TrySumOverLastYears(Figure figure, int span, out decimal sum, ref List<string>? missing)
    {
        sum = 0;
        if (!TryLatest(out var last, ref missing))
        {
            return false;
        }

        var from = years[last].Year - span + 1;
        for (var i = last; i >= 0 && years[i].Year >= from; i--)
        {
            if (!TryGet(i, figure, out var v, ref missing))
            {
                return false;
            }

            sum += v;
        }

        return true;
    }

    public bool TryExpertScore(string key, out decimal score) => Facts.ExpertScores.TryGetValue(key, out score);

    public static void Add(ref List<string>? list, string message)
    {
        list ??= new List<string>(2);
        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    private void Validate(int i, ref Dictionary<(int Index, Figure Figure), string>? bad)
    {
        var y = years[i];
        for (var f = Figure.Staff; f <= Figure.EquityRaised; f++)
        {
            if (Raw(y, f) is < 0 and var v)
            {
                Mark(ref bad, i, f, $"{y.Year} 年度{Name(f)}为负数（{Show.Number(v)}），数据无效，未采用");
            }
        }

        Pair(ref bad, i, Figure.TechStaff, Figure.Staff, "人");
        Pair(ref bad, i, Figure.RdSpend, Figure.TotalCosts, "元");
        Pair(ref bad, i, Figure.RdSpendInChina, Figure.RdSpend, "元");
        Pair(ref bad, i, Figure.HighTechIncome, Figure.TotalRevenue, "元");
        Pair(ref bad, i, Figure.MainBusinessRevenue, Figure.TotalRevenue, "元");
        Pair(ref bad, i, Figure.HighValueClassOneIp, Figure.ClassOneIp, "项");
        Pair(ref bad, i, Figure.SelfDevelopedClassOneIp, Figure.ClassOneIp, "项");
    }

    /// <summary>A part larger than its whole: we cannot tell which figure is wrong, so neither is used.</summary>
    private void Pair(ref Dictionary<(int Index, Figure Figure), string>? bad, int i, Figure part, Figure whole, string unit)
    {
        var y = years[i];
        if (Raw(y, part) is { } p && Raw(y, whole) is { } w && p >= 0 && w >= 0 && p > w)
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{y.Year} 年度{Name(part)}（{Show.Number(p)} {unit}）大于{Name(whole)}（{Show.Number(w)} {unit}），数据不一致，两项均未采用");
            Mark(ref bad, i, part, message);
            Mark(ref bad, i, whole, message);
        }
    }

    private static void Mark(ref Dictionary<(int Index, Figure Figure), string>? bad, int i, Figure f, string message)
    {
        bad ??= [];
        bad.TryAdd((i, f), message);
    }
}
