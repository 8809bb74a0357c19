using Gaoxin.Contracts;

namespace Gaoxin.Scenes.Matching;

/// <summary>What the market index holds: the supply side (achievements, products, firms, experts, pilot-base capabilities)
/// and the demand side (scenes, demands).</summary>
public enum MarketDocKind
{
    /// <summary>科技成果</summary>
    Achievement = 1,
    /// <summary>产品</summary>
    Product = 2,
    /// <summary>企业</summary>
    Enterprise = 3,
    /// <summary>专家</summary>
    Expert = 4,
    /// <summary>中试服务能力</summary>
    Capability = 5,
    /// <summary>应用场景</summary>
    Scene = 6,
    /// <summary>技术需求</summary>
    Demand = 7,
}

/// <summary>One indexable thing (supply or demand side).</summary>
internal sealed record MarketDocument(
    MarketDocKind Kind,
    Guid Id,
    Guid ZoneId,
    string Title,
    string Body,
    ZoneIndustry Industry,
    string? ChainLink,
    int? Readiness,
    string? Certificates,
    string? IpcClasses,
    string? Region,
    Guid? OrganisationId);

/// <summary>
/// What to look for (built from a demand, a scene or an achievement). <paramref name="Plain"/> = plain BM25 on the same
/// index (no field boosts, no domain rules, no expansion): the baseline the quality bench compares against.
/// </summary>
internal sealed record MatchQuery(
    Guid ZoneId,
    string Title,
    string Body,
    ZoneIndustry? Industry,
    string? ChainLink,
    int? MinReadiness,
    string? RequiredCertificates,
    string? IpcClasses,
    IReadOnlyCollection<MarketDocKind> Kinds,
    bool Plain = false,
    string? Region = null);

/// <summary>One ranked result and why: the query's analysed terms the document holds, and the rules that fired.</summary>
internal sealed record MatchHit(
    MarketDocKind Kind,
    Guid Id,
    string Title,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<MatchReason> Reasons);

/// <summary>A rule that fired: its name (for the API), the Chinese text people see, and what it added to the score.</summary>
internal sealed record MatchReason(string RuleName, string Text, double Effect);
