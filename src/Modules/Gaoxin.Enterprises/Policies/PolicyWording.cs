using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Policies;

/// <summary>
/// A policy's conditions and amount in plain Chinese, as an enterprise or a committee member reads them (政策条款):
/// the JSON stays the stored form and the API's, but no person has to read it.
/// </summary>
internal static class PolicyWording
{
    /// <summary>The eligibility text, e.g. "同时满足：① 持有有效的高新技术企业证书；② 研发费用占销售收入比例不低于 3%".</summary>
    public static string Eligibility(string json) =>
        PolicyConditionParser.TryParse(json, out var condition, out _) ? Condition(condition!, PolicySettings.Default, top: true) : Unreadable;

    /// <summary>The amount text, e.g. "研发费用 × 10%，最高 500,000.00 元".</summary>
    public static string Amount(string json) =>
        AmountRule.TryParse(json, out var rule, out _) ? Amount(rule!) : Unreadable;

    // Stored policies were validated on save; this is only for a record edited outside the application.
    private const string Unreadable = "（条款无法解读，请管理员检查）";

    private static readonly string[] Numerals = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"];

    private static string Condition(PolicyCondition condition, PolicySettings settings, bool top) => condition switch
    {
        AllOf { Conditions.Count: 1 } all => Condition(all.Conditions[0], settings, top),
        AnyOf { Conditions.Count: 1 } any => Condition(any.Conditions[0], settings, top),
        AllOf all => Group("同时满足", all.Conditions, settings, top),
        AnyOf any => Group("满足其一", any.Conditions, settings, top),
        NotCondition not => $"不满足（{Condition(not.Condition, settings, top: false)}）",
        MetricCondition m => $"{PolicyMetrics.Title(m.Metric)}{Comparison(m.Op)} {PolicyMetrics.Format(m.Metric, m.Value)}",
        HoldsCondition h => Holds(h),
        FlagCondition f => f.Expected ? PolicyMetrics.Flags[f.Flag].Title : $"并非“{PolicyMetrics.Flags[f.Flag].Title}”",
        AboveDesignatedSizeCondition s => (s.Expected ? "规模以上企业" : "规模以下企业")
            + $"（以最近一年主营业务收入 {Show.Yuan(settings.DesignatedSizeRevenue)}为界）",
        QualifiesCondition q => (q.Expected ? "符合" : "不符合") + $"{Schemes.Title(q.Scheme)}评价条件",
        _ => Unreadable,
    };

    private static string Group(string head, IReadOnlyList<PolicyCondition> parts, PolicySettings settings, bool top)
    {
        var items = parts.Select((c, i) => (top && i < Numerals.Length ? Numerals[i] + " " : string.Empty) + Condition(c, settings, top: false));
        return top ? $"{head}：{string.Join("；", items)}" : $"{head}（{string.Join("；", items)}）";
    }

    private static string Comparison(CompareOp op) => op switch
    {
        CompareOp.AtLeast => "不低于",
        CompareOp.Above => "高于",
        CompareOp.AtMost => "不高于",
        CompareOp.Below => "低于",
        CompareOp.EqualTo => "等于",
        _ => "不等于",
    };

    private static string Holds(HoldsCondition h)
    {
        var text = $"持有有效的{Schemes.Title(h.Scheme)}证书";
        if (h.ValidOn is { } on)
        {
            text += $"（{Show.Date(on)} 在有效期内）";
        }

        return h.RecognisedInYear switch
        {
            null => text,
            { Fixed: { } year } => text + $"，且于 {year} 年首次认定",
            { Offset: 0 } => text + "，且于当年首次认定",
            { Offset: -1 } => text + "，且于上一年首次认定",
            { Offset: var offset } => text + $"，且于 {-offset} 年前首次认定",
        };
    }

    private static string Amount(AmountRule rule) => rule switch
    {
        FixedAmount f => $"固定金额 {Show.Yuan(f.Yuan)}",
        RateAmount { Cap: { } cap } r => $"{PolicyMetrics.Title(r.Of)} × {Show.Pct(r.Rate)}，最高 {Show.Yuan(cap)}",
        RateAmount r => $"{PolicyMetrics.Title(r.Of)} × {Show.Pct(r.Rate)}",
        _ => Unreadable,
    };
}
