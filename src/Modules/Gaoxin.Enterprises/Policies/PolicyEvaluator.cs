using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Policies;

/// <summary>
/// Decides whether an enterprise matches a policy condition, with the reasons. Three-valued inside (a missing
/// figure is "unknown", and unknown never matches): a policy is never granted on data we do not have.
/// </summary>
internal sealed class PolicyEvaluator(PolicySettings settings)
{
    public PolicyEvaluator()
        : this(PolicySettings.Default)
    {
    }

    /// <param name="evaluations">Certification evaluations for "qualifies" conditions (e.g. from CertificationEngine.EvaluateAll).</param>
    public PolicyMatch Evaluate(PolicyCondition condition, EnterpriseFacts facts, IReadOnlyList<Evaluation>? evaluations = null)
    {
        var reasons = new List<string>();
        var result = Node(condition, FactsView.Of(facts), evaluations ?? [], reasons);
        return new PolicyMatch(result == true, result is null, reasons);
    }

    private bool? Node(PolicyCondition c, FactsView facts, IReadOnlyList<Evaluation> evaluations, List<string> reasons)
    {
        switch (c)
        {
            case AllOf all:
                {
                    bool? result = true;
                    foreach (var child in all.Conditions)
                    {
                        var r = Node(child, facts, evaluations, reasons);
                        result = r == false || result == false ? false : r is null || result is null ? null : true;
                    }

                    return result;
                }

            case AnyOf any:
                {
                    bool? result = false;
                    foreach (var child in any.Conditions)
                    {
                        var r = Node(child, facts, evaluations, reasons);
                        result = r == true || result == true ? true : r is null || result is null ? null : false;
                    }

                    return result;
                }

            case NotCondition not:
                {
                    var inner = new List<string>();
                    var r = Node(not.Condition, facts, evaluations, inner);
                    foreach (var reason in inner)
                    {
                        reasons.Add("（取反）" + reason);
                    }

                    return r is null ? null : !r.Value;
                }

            case MetricCondition m:
                return Metric(m, facts, reasons);

            case HoldsCondition h:
                return Holds(h, facts, reasons);

            case FlagCondition f:
                {
                    var (title, read) = PolicyMetrics.Flags[f.Flag];
                    var value = read(facts.Flags);
                    var ok = value == f.Expected;
                    reasons.Add($"{Mark(ok)}{title}：{(value ? "是" : "否")}（要求{(f.Expected ? "是" : "否")}）");
                    return ok;
                }

            case AboveDesignatedSizeCondition a:
                {
                    List<string>? missing = null;
                    var revenue = PolicyMetrics.Read(PolicyMetric.MainBusinessRevenue, facts, ref missing);
                    if (revenue is not { } r)
                    {
                        reasons.Add("无法判断是否规上：" + string.Join("；", missing ?? []));
                        return null;
                    }

                    var above = r >= settings.DesignatedSizeRevenue;
                    var ok = above == a.Expected;
                    reasons.Add($"{Mark(ok)}主营业务收入 {Show.Yuan(r)}，{(above ? "达到" : "未达")}规上标准 {Show.Yuan(settings.DesignatedSizeRevenue)}（要求{(a.Expected ? "规上" : "规下")}）");
                    return ok;
                }

            case QualifiesCondition q:
                {
                    Evaluation? e = null;
                    foreach (var candidate in evaluations)
                    {
                        if (candidate.Scheme == q.Scheme)
                        {
                            e = candidate;
                        }
                    }

                    var title = Schemes.Title(q.Scheme);
                    if (e is null || e.Verdict is Verdict.MissingData or Verdict.AwaitingExperts)
                    {
                        reasons.Add(e is null ? $"无法判断：没有{title}评价结果" : $"无法判断：{title}评价尚无结论（{(e.Verdict == Verdict.MissingData ? "缺少数据" : "待专家评分")}）");
                        return null;
                    }

                    var qualifies = e.Verdict is Verdict.Qualifies or Verdict.QualifiesDirectly;
                    var ok = qualifies == q.Expected;
                    reasons.Add($"{Mark(ok)}{(qualifies ? "符合" : "不符合")}{title}评价条件（要求{(q.Expected ? "符合" : "不符合")}）");
                    return ok;
                }

            default:
                throw new NotSupportedException(c.GetType().Name);
        }
    }

    private static bool? Metric(MetricCondition m, FactsView facts, List<string> reasons)
    {
        List<string>? missing = null;
        var title = PolicyMetrics.Title(m.Metric);
        if (PolicyMetrics.Read(m.Metric, facts, ref missing) is not { } v)
        {
            reasons.Add($"无法判断{title}：" + string.Join("；", missing ?? []));
            return null;
        }

        var ok = m.Op switch
        {
            CompareOp.AtLeast => v >= m.Value,
            CompareOp.Above => v > m.Value,
            CompareOp.AtMost => v <= m.Value,
            CompareOp.Below => v < m.Value,
            CompareOp.EqualTo => v == m.Value,
            _ => v != m.Value,
        };
        reasons.Add($"{Mark(ok)}{title} {PolicyMetrics.Format(m.Metric, v)}，要求 {Symbol(m.Op)} {PolicyMetrics.Format(m.Metric, m.Value)}");
        return ok;
    }

    private static bool? Holds(HoldsCondition h, FactsView facts, List<string> reasons)
    {
        var day = h.ValidOn ?? facts.AsOf;
        // A relative year counts from the facts' day: "current" is its year, "previous" the one before.
        var year = h.RecognisedInYear is { } recognised ? recognised.Fixed ?? facts.AsOf.Year + recognised.Offset : (int?)null;
        var title = Schemes.Title(h.Scheme);
        foreach (var c in facts.Facts.Certificates)
        {
            if (c.Scheme == h.Scheme && c.IsValidOn(day) && (year is null || c.ValidFrom.Year == year))
            {
                reasons.Add($"✓ 持有{title}证书 {c.Number}（{Show.Date(c.ValidFrom)} 至 {Show.Date(c.ValidTo)}）" + (year is null ? string.Empty : $"，{year} 年认定"));
                return true;
            }
        }

        reasons.Add($"✗ {Show.Date(day)} 没有有效的{title}证书" + (year is null ? string.Empty : $"（要求 {year} 年认定）"));
        return false;
    }

    private static string Mark(bool ok) => ok ? "✓ " : "✗ ";

    private static string Symbol(CompareOp op) => op switch
    {
        CompareOp.AtLeast => "≥",
        CompareOp.Above => ">",
        CompareOp.AtMost => "≤",
        CompareOp.Below => "<",
        CompareOp.EqualTo => "=",
        _ => "≠",
    };
}
