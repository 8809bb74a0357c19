namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// Keys of <see cref="EnterpriseFacts.ExpertScores"/>: points a reviewer enters for what the system cannot compute.
/// "In-band" keys settle a score inside a band the system computed (e.g. 25–30); an entry outside that band is refused.
/// The strings are stored with the scores, so never rename them.
/// </summary>
internal static class ExpertKeys
{
    /// <summary>高新 知识产权数量 (≤ 8), in-band top-up.</summary>
    public const string HighTechIpCount = "HighTech.IpCount";

    /// <summary>高新 知识产权 other parts (技术先进程度 8、对主要产品核心支持作用 8、获得方式 6): 0–22.</summary>
    public const string HighTechIpQuality = "HighTech.IpQuality";

    /// <summary>高新 科技成果转化能力 (≤ 30), in-band top-up.</summary>
    public const string HighTechConversion = "HighTech.Conversion";

    /// <summary>高新 研发组织管理: 研究开发组织管理制度、研发投入核算体系、研发费用辅助账 (≤ 6).</summary>
    public const string HighTechRdSystem = "HighTech.RdManagement.System";

    /// <summary>高新 研发组织管理: 内部研究开发机构与产学研合作 (≤ 6).</summary>
    public const string HighTechRdInstitution = "HighTech.RdManagement.Institution";

    /// <summary>高新 研发组织管理: 成果转化组织实施与激励奖励制度、开放式创新创业平台 (≤ 4).</summary>
    public const string HighTechRdConversionIncentive = "HighTech.RdManagement.ConversionIncentive";

    /// <summary>高新 研发组织管理: 科技人员培养进修、技能培训、人才引进与绩效评价奖励制度 (≤ 4).</summary>
    public const string HighTechRdTalent = "HighTech.RdManagement.Talent";

    /// <summary>高新 净资产增长率 (≤ 10), in-band top-up.</summary>
    public const string HighTechNetAssetGrowth = "HighTech.NetAssetGrowth";

    /// <summary>高新 销售收入增长率 (≤ 10), in-band top-up.</summary>
    public const string HighTechSalesGrowth = "HighTech.SalesGrowth";

    /// <summary>专精特新 专业化指标 (≤ 25).</summary>
    public const string SpecialisedSpecialisation = "SpecialisedSme.Specialisation";

    /// <summary>专精特新 精细化指标 (≤ 25).</summary>
    public const string SpecialisedRefinement = "SpecialisedSme.Refinement";

    /// <summary>专精特新 特色化指标 (≤ 15), set by the province.</summary>
    public const string SpecialisedLocalFeatures = "SpecialisedSme.LocalFeatures";

    /// <summary>专精特新 创新能力指标 (≤ 35).</summary>
    public const string SpecialisedInnovation = "SpecialisedSme.Innovation";

    /// <summary>Expert-judged items and their ceilings; the scheme is the key's prefix.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Maxima = new Dictionary<string, decimal>
    {
        [HighTechIpCount] = 8, [HighTechIpQuality] = 22, [HighTechConversion] = 30,
        [HighTechRdSystem] = 6, [HighTechRdInstitution] = 6, [HighTechRdConversionIncentive] = 4, [HighTechRdTalent] = 4,
        [HighTechNetAssetGrowth] = 10, [HighTechSalesGrowth] = 10,
        [SpecialisedSpecialisation] = 25, [SpecialisedRefinement] = 25, [SpecialisedLocalFeatures] = 15, [SpecialisedInnovation] = 35,
    };
}
