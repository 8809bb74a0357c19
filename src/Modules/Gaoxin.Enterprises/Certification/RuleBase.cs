using Gaoxin.Kernel.Rules;

namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// A gate of a scheme: a named pure rule that must pass. Also an <see cref="IBusinessRule{TFacts}"/>, so a gate can
/// refuse a change elsewhere with the same name and figures (a missing input refuses too: nothing passes unseen).
/// </summary>
internal abstract class Gate : IBusinessRule<EnterpriseFacts>
{
    protected Gate() => Name = GetType().Name;

    public string Name { get; }

    public abstract string Title { get; }

    public abstract GateResult Evaluate(FactsView facts);

    public RuleOutcome Check(EnterpriseFacts facts)
    {
        var r = Evaluate(FactsView.Of(facts));
        var figures = new Dictionary<string, string> { ["figures"] = r.Figures };
        return r.Passed switch
        {
            true => RuleOutcome.Pass(Name, r.Figures),
            false => RuleOutcome.Refuse(Name, $"{Title}：{r.Gap}", figures),
            null => RuleOutcome.Refuse(Name, $"{Title}：{string.Join("；", r.Missing ?? [])}", figures),
        };
    }

    protected GateResult Pass(string figures) => new(Name, Title, true, figures, null, []);

    protected GateResult Fail(string figures, string gap) => new(Name, Title, false, figures, gap, []);

    protected GateResult Lacking(List<string>? missing) => new(Name, Title, null, "缺少数据", null, missing ?? ["缺少数据"]);
}

/// <summary>A gate that is one yes/no fact about the enterprise.</summary>
internal abstract class FlagGate : Gate
{
    protected abstract bool Holds(EnterpriseFlags flags);

    protected abstract string WhenHolds { get; }

    protected abstract string WhenNot { get; }

    protected abstract string Remedy { get; }

    public override GateResult Evaluate(FactsView facts) =>
        Holds(facts.Flags) ? Pass(WhenHolds) : Fail(WhenNot, Remedy);
}

/// <summary>A scored item of a scheme: a named pure rule giving points by band.</summary>
internal abstract class ScoredItem
{
    protected ScoredItem() => Name = GetType().Name;

    /// <summary>For one class used for several items (e.g. the four 研发组织管理 parts), a name per item.</summary>
    protected ScoredItem(string name) => Name = name;

    public string Name { get; }

    public abstract string Title { get; }

    public abstract decimal Max { get; }

    public abstract ItemScore Evaluate(FactsView facts);

    protected ItemScore Scored(decimal score, string band, string figures, string? next) =>
        new(Name, Title, score, Max, band, figures, next, false, score, score, []);

    /// <summary>An input is missing: the item could still score anything from <paramref name="min"/> to <paramref name="max"/>.</summary>
    protected ItemScore Lacking(List<string>? missing, string figures = "缺少数据", decimal min = 0, decimal? max = null) =>
        new(Name, Title, min, Max, "缺少数据", figures, null, false, min, max ?? Max, missing ?? ["缺少数据"]);

    /// <summary>
    /// Scores a band; when the band is a range (高新 "25–30"), the bottom is computed and the rest is the experts':
    /// the reviewer's entry under <paramref name="expertKey"/> settles it if it lies within the band.
    /// </summary>
    protected ItemScore InBand(FactsView facts, decimal low, decimal high, string band, string figures, string? next, string expertKey)
    {
        if (low == high)
        {
            return Scored(low, band, figures, next);
        }

        if (!facts.TryExpertScore(expertKey, out var expert))
        {
            return new(Name, Title, low, Max, band, figures + $"；本档 {Show.Range(low, high)}，档内分值待专家评定", next, true, low, high, []);
        }

        if (expert < low || expert > high)
        {
            List<string>? missing = null;
            FactsView.Add(ref missing, $"专家评分 {Show.Points(expert)} 分不在本档 {Show.Range(low, high)}内，未采用");
            return Lacking(missing, figures, low, high);
        }

        return Scored(expert, band, figures + $"；专家评定 {Show.Points(expert)} 分（本档 {Show.Range(low, high)}）", next);
    }

    /// <summary>A whole item judged by reviewers: their entry (0–Max), or the open range 0–Max.</summary>
    protected ItemScore Judged(FactsView facts, string expertKey)
    {
        if (!facts.TryExpertScore(expertKey, out var expert))
        {
            return new(Name, Title, 0, Max, "待专家评定", $"由专家评定，满分 {Show.Points(Max)} 分", null, true, 0, Max, []);
        }

        if (expert < 0 || expert > Max)
        {
            List<string>? missing = null;
            FactsView.Add(ref missing, $"专家评分 {Show.Points(expert)} 分超出 0–{Show.Points(Max)} 分，未采用");
            return Lacking(missing);
        }

        return Scored(expert, "专家评定", $"专家评定 {Show.Points(expert)} 分（满分 {Show.Points(Max)} 分）", null);
    }
}

/// <summary>A direct-qualification route: a named pure rule that, met, qualifies the enterprise if the gates pass.</summary>
internal abstract class Route
{
    protected Route() => Name = GetType().Name;

    public string Name { get; }

    public abstract string Title { get; }

    public abstract DirectRoute Evaluate(FactsView facts);

    protected DirectRoute Met(bool met, string evidence) => new(Name, Title, met, evidence, []);

    protected DirectRoute Lacking(List<string>? missing) =>
        new(Name, Title, false, "缺少数据，无法判断", missing ?? ["缺少数据"]);
}
