using Gaoxin.Contracts;

namespace Gaoxin.Scenes.Matching.Rules;

/// <summary>What a domain rule sees: the query's requirements and one candidate's stored facts.</summary>
internal sealed record MatchFacts(
    ZoneIndustry? QueryIndustry,
    string? QueryChainLink,
    int? MinReadiness,
    string? RequiredCertificates,
    string? QueryIpc,
    string? QueryRegion,
    ZoneIndustry CandidateIndustry,
    string? CandidateChainLink,
    int? CandidateReadiness,
    string? CandidateCertificates,
    string? CandidateIpc,
    string? CandidateRegion);

/// <summary>A domain rule of the matcher: a pure function that adds to or takes from a candidate's score, with a reason
/// people can read; null when it does not apply.</summary>
internal interface IMatchRule
{
    string Name { get; }

    MatchReason? Evaluate(MatchFacts facts);
}

/// <summary>The rules in the order their reasons are shown.</summary>
internal static class MatchRules
{
    public static readonly IReadOnlyList<IMatchRule> All =
    [
        new SameChainLinkRule(), new SameIndustryRule(), new ReadinessRule(), new CertificatesRule(), new SameIpcSubclassRule(),
        new SameRegionRule(),
    ];

    /// <summary>Lists such as certificates or IPC classes are written with 、，,；; or spaces.</summary>
    public static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split(['、', '，', ',', '；', ';', ' ', '　', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Normalise(string text) =>
        new string(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray()).ToUpperInvariant();

    public static string IndustryName(ZoneIndustry industry) => industry switch
    {
        ZoneIndustry.NewEnergy => "新能源",
        ZoneIndustry.IntelligentManufacturing => "智能制造",
        ZoneIndustry.AdvancedMaterials => "先进材料",
        ZoneIndustry.Traditional => "传统优势",
        _ => "其他",
    };
}

/// <summary>同属一个产业（"其他" 不算）: +0.15.</summary>
internal sealed class SameIndustryRule : IMatchRule
{
    public const double Effect = 0.15;

    public string Name => nameof(SameIndustryRule);

    public MatchReason? Evaluate(MatchFacts facts) =>
        facts.QueryIndustry is { } industry && industry != ZoneIndustry.Other && facts.CandidateIndustry == industry
            ? new MatchReason(Name, $"同属{MatchRules.IndustryName(industry)}产业", Effect)
            : null;
}

/// <summary>同一产业链环节: both chain links known and one names the other (正极材料 ~ 层状氧化物正极材料): +0.2.</summary>
internal sealed class SameChainLinkRule : IMatchRule
{
    public const double Effect = 0.2;

    public string Name => nameof(SameChainLinkRule);

    public MatchReason? Evaluate(MatchFacts facts)
    {
        if (string.IsNullOrWhiteSpace(facts.QueryChainLink) || string.IsNullOrWhiteSpace(facts.CandidateChainLink))
        {
            return null;
        }

        var query = MatchRules.Normalise(facts.QueryChainLink);
        var candidate = MatchRules.Normalise(facts.CandidateChainLink);
        if (query.Length == 0 || candidate.Length == 0 || !(query.Contains(candidate, StringComparison.Ordinal) || candidate.Contains(query, StringComparison.Ordinal)))
        {
            return null;
        }

        return new MatchReason(Name, $"同属产业链环节「{facts.CandidateChainLink.Trim()}」", Effect);
    }
}

/// <summary>
/// 技术成熟度: when the query asks for a minimum and the candidate's level is known — at or above it +0.1; below it the
/// candidate is demoted (−0.3) with the reason, never silently dropped, so a promising earlier-stage result stays visible.
/// </summary>
internal sealed class ReadinessRule : IMatchRule
{
    public const double Reached = 0.1;
    public const double Below = -0.3;

    public string Name => nameof(ReadinessRule);

    public MatchReason? Evaluate(MatchFacts facts)
    {
        if (facts.MinReadiness is not { } minimum || facts.CandidateReadiness is not { } level)
        {
            return null;
        }

        return level >= minimum
            ? new MatchReason(Name, $"技术成熟度{level}级，达到要求的{minimum}级", Reached)
            : new MatchReason(Name, $"技术成熟度{level}级，低于要求的{minimum}级", Below);
    }
}

/// <summary>所需资质: every required certificate held +0.15; any missing −0.2, naming what is missing.</summary>
internal sealed class CertificatesRule : IMatchRule
{
    public const double AllHeld = 0.15;
    public const double Missing = -0.2;

    public string Name => nameof(CertificatesRule);

    public MatchReason? Evaluate(MatchFacts facts)
    {
        var required = MatchRules.Split(facts.RequiredCertificates);
        if (required.Count == 0)
        {
            return null;
        }

        var held = MatchRules.Split(facts.CandidateCertificates).Select(MatchRules.Normalise).ToList();
        var missing = required.Where(r => !held.Any(h => h.Contains(MatchRules.Normalise(r), StringComparison.Ordinal))).ToList();
        return missing.Count == 0
            ? new MatchReason(Name, $"具备所需资质：{string.Join("、", required)}", AllHeld)
            : new MatchReason(Name, $"缺少所需资质：{string.Join("、", missing)}", Missing);
    }
}

/// <summary>同一 IPC 小类 (the first four characters, H01M of H01M10/054) where both sides know their classes: +0.15.</summary>
internal sealed class SameIpcSubclassRule : IMatchRule
{
    public const double Effect = 0.15;

    public string Name => nameof(SameIpcSubclassRule);

    public MatchReason? Evaluate(MatchFacts facts)
    {
        var query = Subclasses(facts.QueryIpc);
        var shared = Subclasses(facts.CandidateIpc).Where(query.Contains).ToList();
        return shared.Count == 0 ? null : new MatchReason(Name, $"同属IPC小类{string.Join("、", shared)}", Effect);
    }

    /// <summary>A subclass is a section letter, two digits and a letter; anything shorter is not a class.</summary>
    internal static HashSet<string> Subclasses(string? classes) =>
        MatchRules.Split(classes)
            .Select(c => MatchRules.Normalise(c))
            .Where(c => c.Length >= 4 && char.IsAsciiLetter(c[0]) && char.IsAsciiDigit(c[1]) && char.IsAsciiDigit(c[2]) && char.IsAsciiLetter(c[3]))
            .Select(c => c[..4])
            .ToHashSet(StringComparer.Ordinal);
}

/// <summary>同一地区 (both known, same name): +0.05 — nearness helps a trial but decides little.</summary>
internal sealed class SameRegionRule : IMatchRule
{
    public const double Effect = 0.05;

    public string Name => nameof(SameRegionRule);

    public MatchReason? Evaluate(MatchFacts facts) =>
        !string.IsNullOrWhiteSpace(facts.QueryRegion) && !string.IsNullOrWhiteSpace(facts.CandidateRegion)
        && MatchRules.Normalise(facts.QueryRegion) == MatchRules.Normalise(facts.CandidateRegion)
            ? new MatchReason(Name, $"同在{facts.CandidateRegion.Trim()}", Effect)
            : null;
}
