using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Policies;

/// <summary>Names and values of <see cref="PolicyMetric"/> and of the flags a condition may test.</summary>
internal static class PolicyMetrics
{
    private static readonly Dictionary<string, PolicyMetric> ByName = Enum.GetValues<PolicyMetric>().ToDictionary(m => m.ToString(), StringComparer.Ordinal);

    /// <summary>The boolean flags of <see cref="EnterpriseFlags"/> a policy may test, by their property name.</summary>
    public static IReadOnlyDictionary<string, (string Title, Func<EnterpriseFlags, bool> Read)> Flags { get; } =
        new Dictionary<string, (string, Func<EnterpriseFlags, bool>)>(StringComparer.Ordinal)
        {
            [nameof(EnterpriseFlags.ResidentInMainland)] = ("境内注册的居民企业", f => f.ResidentInMainland),
            [nameof(EnterpriseFlags.ProductsRestricted)] = ("产品属于禁止、限制或淘汰类", f => f.ProductsRestricted),
            [nameof(EnterpriseFlags.MajorIncidentPreviousOrCurrentYear)] = ("上年度至今发生重大事故或失信", f => f.MajorIncidentPreviousOrCurrentYear),
            [nameof(EnterpriseFlags.OnAbnormalOrDishonestList)] = ("列入经营异常名录或严重失信名单", f => f.OnAbnormalOrDishonestList),
            [nameof(EnterpriseFlags.InKeyHighTechField)] = ("属于国家重点支持的高新技术领域", f => f.InKeyHighTechField),
            [nameof(EnterpriseFlags.OwnsCoreIp)] = ("拥有核心知识产权", f => f.OwnsCoreIp),
            [nameof(EnterpriseFlags.InStrategicEmergingCatalogue)] = ("属于战略性新兴产业", f => f.InStrategicEmergingCatalogue),
            [nameof(EnterpriseFlags.NationalAwardLast5Years)] = ("近五年获国家级科技奖励", f => f.NationalAwardLast5Years),
            [nameof(EnterpriseFlags.NationalAwardLast3Years)] = ("近三年获国家级科技奖励", f => f.NationalAwardLast3Years),
            [nameof(EnterpriseFlags.ProvincialAwardLast3Years)] = ("近三年获省级科技奖励", f => f.ProvincialAwardLast3Years),
            [nameof(EnterpriseFlags.ProvincialRdInstitution)] = ("拥有省部级以上研发机构", f => f.ProvincialRdInstitution),
            [nameof(EnterpriseFlags.LedStandardLast5Years)] = ("近五年主导制定标准", f => f.LedStandardLast5Years),
            [nameof(EnterpriseFlags.ChuangkeTop500)] = ("“创客中国”全国 500 强", f => f.ChuangkeTop500),
            [nameof(EnterpriseFlags.SimilarNationalTitle)] = ("拥有国家级技术创新示范企业等荣誉", f => f.SimilarNationalTitle),
            [nameof(EnterpriseFlags.AwardProvincialTop3OrNationalTop5Last3Years)] = ("近三年获省级（前三）或国家级（前五）科技奖励", f => f.AwardProvincialTop3OrNationalTop5Last3Years),
        };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out PolicyMetric metric) => ByName.TryGetValue(name, out metric);

    /// <summary>Metrics in yuan: the only ones an amount rule may take a rate of.</summary>
    public static bool IsMoney(PolicyMetric m) => m is PolicyMetric.RdAmount or PolicyMetric.Sales or PolicyMetric.TotalRevenue
        or PolicyMetric.MainBusinessRevenue or PolicyMetric.TotalAssets or PolicyMetric.NetAssets or PolicyMetric.EquityRaised;

    public static bool IsRatio(PolicyMetric m) => m is PolicyMetric.RdToSales or PolicyMetric.RdToRevenue
        or PolicyMetric.TechStaffShare or PolicyMetric.DebtRatio or PolicyMetric.HighTechIncomeShare;

    public static string Title(PolicyMetric m) => m switch
    {
        PolicyMetric.RdToSales => "研发费用占销售收入比例",
        PolicyMetric.RdToRevenue => "研发费用占营业收入比例",
        PolicyMetric.RdAmount => "研发费用",
        PolicyMetric.Sales => "销售收入",
        PolicyMetric.TotalRevenue => "营业收入",
        PolicyMetric.MainBusinessRevenue => "主营业务收入",
        PolicyMetric.Staff => "职工总数",
        PolicyMetric.TechStaff => "科技人员数",
        PolicyMetric.TechStaffShare => "科技人员占比",
        PolicyMetric.TotalAssets => "资产总额",
        PolicyMetric.NetAssets => "净资产",
        PolicyMetric.DebtRatio => "资产负债率",
        PolicyMetric.HighTechIncomeShare => "高新技术产品（服务）收入占比",
        PolicyMetric.EquityRaised => "股权融资额",
        PolicyMetric.ClassOneIp => "Ⅰ类知识产权数",
        _ => "Ⅱ类知识产权数",
    };

    public static string Format(PolicyMetric m, decimal value) =>
        IsRatio(m) ? Show.Pct(value) : IsMoney(m) ? Show.Yuan(value) : Show.Number(value);

    /// <summary>The latest year's value, or null with the reason added (missing or invalid figures are never used).</summary>
    public static decimal? Read(PolicyMetric m, FactsView facts, ref List<string>? missing)
    {
        if (!facts.TryLatest(out var i, ref missing))
        {
            return null;
        }

        return m switch
        {
            PolicyMetric.RdToSales => Ratio(facts, i, Figure.RdSpend, Figure.Sales, ref missing),
            PolicyMetric.RdToRevenue => Ratio(facts, i, Figure.RdSpend, Figure.TotalRevenue, ref missing),
            PolicyMetric.TechStaffShare => Ratio(facts, i, Figure.TechStaff, Figure.Staff, ref missing),
            PolicyMetric.HighTechIncomeShare => Ratio(facts, i, Figure.HighTechIncome, Figure.TotalRevenue, ref missing),
            _ => facts.TryGet(i, FigureOf(m), out var v, ref missing) ? v : null,
        };
    }

    private static Figure FigureOf(PolicyMetric m) => m switch
    {
        PolicyMetric.RdAmount => Figure.RdSpend,
        PolicyMetric.Sales => Figure.Sales,
        PolicyMetric.TotalRevenue => Figure.TotalRevenue,
        PolicyMetric.MainBusinessRevenue => Figure.MainBusinessRevenue,
        PolicyMetric.Staff => Figure.Staff,
        PolicyMetric.TechStaff => Figure.TechStaff,
        PolicyMetric.TotalAssets => Figure.TotalAssets,
        PolicyMetric.NetAssets => Figure.NetAssets,
        PolicyMetric.DebtRatio => Figure.DebtRatio,
        PolicyMetric.EquityRaised => Figure.EquityRaised,
        PolicyMetric.ClassOneIp => Figure.ClassOneIp,
        _ => Figure.ClassTwoIp,
    };

    private static decimal? Ratio(FactsView facts, int i, Figure part, Figure whole, ref List<string>? missing)
    {
        var hasPart = facts.TryGet(i, part, out var p, ref missing);
        var hasWhole = facts.TryGet(i, whole, out var w, ref missing);
        if (!hasPart || !hasWhole)
        {
            return null;
        }

        if (w == 0)
        {
            FactsView.Add(ref missing, $"{facts.Year(i).Year} 年度{FactsView.Name(whole)}为 0，无法计算比例");
            return null;
        }

        return p / w;
    }
}
