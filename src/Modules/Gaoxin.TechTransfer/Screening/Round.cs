using Gaoxin.Kernel.Zones;

namespace Gaoxin.TechTransfer.Screening;

public enum RoundStatus
{
    /// <summary>评审中</summary>
    Open = 1,
    /// <summary>已决定</summary>
    Decided = 2,
    /// <summary>已公布</summary>
    Published = 3,
}

/// <summary>
/// A forward-looking screening round (前瞻性项目筛选): criteria and weights, reviewers, a deadline, the grade
/// thresholds in force when it opened (from the funding policy), entries and their decisions.
/// </summary>
internal sealed class ScreeningRound : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset Deadline { get; set; }

    public RoundStatus Status { get; set; } = RoundStatus.Open;

    public decimal GradeA { get; set; }

    public decimal GradeB { get; set; }

    public decimal GradeC { get; set; }

    public int Version { get; set; }

    public List<RoundCriterion> Criteria { get; set; } = [];

    public List<RoundReviewer> Reviewers { get; set; } = [];

    public List<RoundEntry> Entries { get; set; } = [];
}

/// <summary>One scoring criterion and its weight (e.g. 技术先进性 25).</summary>
internal sealed class RoundCriterion : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid RoundId { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public decimal Weight { get; set; }

    public int Order { get; set; }
}

internal sealed class RoundReviewer : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid RoundId { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public Guid? OrganisationId { get; set; }
}

public enum EntryDecision
{
    /// <summary>入选</summary>
    Selected = 1,
    /// <summary>不予支持</summary>
    Rejected = 2,
}

/// <summary>A project entered in a round: aggregated score, rank, grade and the decision with its reasons.</summary>
internal sealed class RoundEntry : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid RoundId { get; set; }

    public Guid ProjectId { get; set; }

    public decimal? Score { get; set; }

    public int? Rank { get; set; }

    public string? Grade { get; set; }

    public EntryDecision? Decision { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A reviewer's conflict of interest with a project; automatic when the reviewer belongs to the applicant's organisation.</summary>
internal sealed class ConflictDeclaration : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid RoundId { get; set; }

    public Guid ProjectId { get; set; }

    public required string UserId { get; set; }

    public required string Reason { get; set; }

    public bool Automatic { get; set; }
}

/// <summary>One reviewer's submitted scores for one project (never visible to other reviewers).</summary>
internal sealed class Review : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid RoundId { get; set; }

    public Guid ProjectId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Weighted total 0–100 of the criterion scores.</summary>
    public decimal Total { get; set; }

    public string? Comment { get; set; }

    public List<ReviewScore> Scores { get; set; } = [];
}

internal sealed class ReviewScore : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ReviewId { get; set; }

    public required string CriterionKey { get; set; }

    public decimal Score { get; set; }
}
