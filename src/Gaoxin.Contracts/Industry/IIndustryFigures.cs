namespace Gaoxin.Contracts.Industry;

/// <summary>A chain node's local strength: no local presence (缺口), weak (薄弱) or strong (较强).</summary>
public enum NodeStrength
{
    Gap = 0,
    Weak = 1,
    Strong = 2,
}

/// <summary>Upstream, midstream or downstream (上游/中游/下游).</summary>
public enum ChainSegment
{
    Upstream = 1,
    Midstream = 2,
    Downstream = 3,
}

/// <summary>One industry of the 3+2+1 system with its placed enterprises' output in a year (CNY).</summary>
public sealed record IndustryShare(Guid Id, string Name, ZoneIndustry Category, string Tier, int Enterprises, decimal Output);

/// <summary>A node of a chain map with its strength; Depth 0 is a top-level node of its segment.</summary>
public sealed record ChainNodeFigure(Guid Id, Guid? ParentId, string Name, ChainSegment Segment, int Depth, int Enterprises, decimal Output, int KeyFirms,
    NodeStrength Strength, int OpenLeads);

public sealed record ChainMapFigure(Guid Id, string Name, string Industry, IReadOnlyList<ChainNodeFigure> Nodes)
{
    public int Gaps => Nodes.Count(n => n.Strength == NodeStrength.Gap);
}

/// <summary>A major project's headline: investment (CNY), progress (0–1) from its milestones.</summary>
public sealed record MajorProjectFigure(Guid Id, string Name, decimal Investment, decimal? Area, decimal Progress, string Status);

/// <summary>The industry system as the cockpit shows it, for one output year.</summary>
public sealed record IndustryOverview(int Year, IReadOnlyList<IndustryShare> Industries, IReadOnlyList<ChainMapFigure> Chains, int OpenLeads, int StaleLeads,
    IReadOnlyList<MajorProjectFigure> Projects);

/// <summary>The industry module's door for the cockpit (Industry implements it; absent when the module is not installed).</summary>
public interface IIndustryFigures
{
    /// <summary>The overview for an output year; null takes the latest year with recorded output.</summary>
    Task<IndustryOverview> OverviewAsync(Guid zoneId, int? year, CancellationToken ct);

    /// <summary>One major project's headline (its progress from its milestones), or null when the zone has no such project.</summary>
    Task<MajorProjectFigure?> MajorProjectAsync(Guid zoneId, Guid projectId, CancellationToken ct);
}
