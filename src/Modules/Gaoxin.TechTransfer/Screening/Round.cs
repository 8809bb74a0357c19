using System.Globalization;
using Gaoxin.Kernel.Rules;
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
/// thresholds in force when it opened (from the funding policy), entries and their decisions. Its life is
/// Open → Decided (every entry decided, <see cref="Decide"/>) → Published (<see cref="Publish"/>); decisions are final.
/// </summary>
internal sealed class ScreeningRound : IZoneScoped
{
    // For EF Core, which sets the properties itself.
    private ScreeningRound()
    {
        Title = null!;
    }

    public ScreeningRound(ZoneId zoneId, string title, DateTimeOffset deadline, decimal gradeA, decimal gradeB, decimal gradeC)
    {
        ZoneId = zoneId;
        Title = title;
        Deadline = deadline;
        GradeA = gradeA;
        GradeB = gradeB;
        GradeC = gradeC;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    public RoundStatus Status { get; private set; } = RoundStatus.Open;

    public decimal GradeA { get; private set; }

    public decimal GradeB { get; private set; }

    public decimal GradeC { get; private set; }

    public int Version { get; private set; }

    public List<RoundCriterion> Criteria { get; private set; } = [];

    public List<RoundReviewer> Reviewers { get; private set; } = [];

    public List<RoundEntry> Entries { get; private set; } = [];

    /// <summary>
    /// The operator's decision on one entry. The ranking is (re)computed from every submitted review first; deciding needs
    /// the deadline passed or every eligible review in, and going against the grade (or rejecting) needs a reason.
    /// The round is Decided once every entry is.
    /// </summary>
    public RoundEntry Decide(Guid projectId, EntryDecision decision, string? reason, IReadOnlyList<(Guid ProjectId, string UserId, decimal Total)> reviews,
        IReadOnlyCollection<(Guid ProjectId, string UserId)> conflicts, DateTimeOffset now)
    {
        var entry = Entries.FirstOrDefault(e => e.ProjectId == projectId) ?? throw Refusal.NotFound("筛选轮次或项目");
        if (Status == RoundStatus.Published || entry.Decision is not null)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("DecisionIsFinalRule", "该项目已有决定，结果不能更改。"));
        }

        var expected = Reviewers.Count(v => !conflicts.Contains((projectId, v.UserId)));
        var got = reviews.Count(r => r.ProjectId == projectId);
        if (now <= Deadline && got < expected)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("DecideAfterReviewsRule", $"评审尚未结束：已收到 {got} / {expected} 份评分，截止时间未到。",
                new Dictionary<string, string> { ["received"] = got.ToString(CultureInfo.InvariantCulture), ["expected"] = expected.ToString(CultureInfo.InvariantCulture) }));
        }

        if (got == 0)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("DecideAfterReviewsRule", "该项目没有任何有效评分，不能作出决定。"));
        }

        Rank(reviews);
        var natural = entry.Grade is "A" or "B" or "C" ? EntryDecision.Selected : EntryDecision.Rejected;
        if ((decision != natural || decision == EntryDecision.Rejected) && string.IsNullOrWhiteSpace(reason))
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("DecisionReasonRule",
                decision == EntryDecision.Rejected ? "不予支持须说明理由。" : $"该项目评分等级为 {entry.Grade}，入选须说明理由。"));
        }

        entry.Record(decision, string.IsNullOrWhiteSpace(reason) ? $"综合得分 {entry.Score:0.00}，排名第 {entry.Rank}，等级 {entry.Grade}。" : reason.Trim());
        if (Entries.All(e => e.Decision is not null))
        {
            Status = RoundStatus.Decided;
        }

        Version++;
        return entry;
    }

    /// <summary>Ranks every entry that has reviews by its aggregated score (ties share a rank) and grades it.</summary>
    private void Rank(IReadOnlyList<(Guid ProjectId, string UserId, decimal Total)> reviews)
    {
        foreach (var e in Entries)
        {
            var score = ScoreAggregation.Aggregate(reviews.Where(r => r.ProjectId == e.ProjectId).Select(r => r.Total).ToList());
            e.Rate(score, score is { } s ? ScoreAggregation.GradeOf(s, GradeA, GradeB, GradeC) : null);
        }

        var scored = Entries.Where(e => e.Score is not null).OrderByDescending(e => e.Score).ToList();
        for (var i = 0; i < scored.Count; i++)
        {
            scored[i].RankAs(i > 0 && scored[i].Score == scored[i - 1].Score ? scored[i - 1].Rank : i + 1);
        }
    }

    /// <summary>Publishes a fully decided round: applicants now see their score, rank, grade, decision and reasons.</summary>
    public void Publish()
    {
        if (Status != RoundStatus.Decided)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("PublishWhenDecidedRule", $"还有 {Entries.Count(e => e.Decision is null)} 个项目未作决定，不能公布。"));
        }

        Status = RoundStatus.Published;
        Version++;
    }

    // The demo's past rounds, written as they ended (used only by the demo seeder).
    internal void ReplayPublished() => Status = RoundStatus.Published;
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

/// <summary>A project entered in a round: aggregated score, rank, grade and the decision with its reasons (set by the round).</summary>
internal sealed class RoundEntry : IZoneScoped
{
    // For EF Core, which sets the properties itself.
    private RoundEntry()
    {
    }

    public RoundEntry(ZoneId zoneId, Guid roundId, Guid projectId)
    {
        ZoneId = zoneId;
        RoundId = roundId;
        ProjectId = projectId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid RoundId { get; private set; }

    public Guid ProjectId { get; private set; }

    public decimal? Score { get; private set; }

    public int? Rank { get; private set; }

    public string? Grade { get; private set; }

    public EntryDecision? Decision { get; private set; }

    public string? Reason { get; private set; }

    internal void Rate(decimal? score, string? grade)
    {
        Score = score;
        Grade = grade;
    }

    internal void RankAs(int? rank) => Rank = rank;

    internal void Record(EntryDecision decision, string reason)
    {
        Decision = decision;
        Reason = reason;
    }
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
