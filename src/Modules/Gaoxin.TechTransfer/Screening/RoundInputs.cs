using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;

namespace Gaoxin.TechTransfer.Screening;

public sealed record CriterionInput([property: Required, StringLength(40)] string Key, [property: Required, StringLength(100)] string Name,
    [property: Precision(6, 2), Range(1, 100, ErrorMessage = "权重应在 1 到 100 之间。")] decimal Weight);

public sealed class RoundInput
{
    [Required(ErrorMessage = "请填写轮次名称。"), StringLength(200)]
    public string Title { get; set; } = string.Empty;

    public DateTimeOffset Deadline { get; set; }

    /// <summary>Empty: the default six criteria (技术先进性 25, 市场需求 20, 团队 15, 产业链契合 15, 中试可行性 15, 知识产权 10).</summary>
    public List<CriterionInput> Criteria { get; set; } = [];

    /// <summary>Reviewer user ids.</summary>
    public List<string> ReviewerIds { get; set; } = [];

    public List<Guid> ProjectIds { get; set; } = [];
}

public sealed record ConflictInput([property: Required(ErrorMessage = "请说明回避原因。"), StringLength(500)] string Reason);

public sealed record ReviewInput([property: Precision(6, 2)] Dictionary<string, decimal> Scores, [property: StringLength(2000)] string? Comment);

public sealed record DecisionInput(EntryDecision Decision, [property: StringLength(1000)] string? Reason);

public sealed record CriterionView(string Key, string Name, decimal Weight);

public sealed record ReviewerView(string UserId, string Name, int Submitted, int Conflicts);

public sealed record EntryView(Guid ProjectId, string Code, string Title, string Lead, int Reviews, int Eligible, decimal? Score, int? Rank, string? Grade,
    EntryDecision? Decision, string? Reason);

public sealed record RoundView(Guid Id, string Title, DateTimeOffset Deadline, RoundStatus Status, decimal GradeA, decimal GradeB, decimal GradeC,
    IReadOnlyList<CriterionView> Criteria, IReadOnlyList<ReviewerView> Reviewers, IReadOnlyList<EntryView> Entries, bool DeadlinePassed);

public sealed record RoundListItem(Guid Id, string Title, DateTimeOffset Deadline, RoundStatus Status, int Entries, int Reviewers);

/// <summary>What a reviewer sees of one project in a round: their own scores only, and whether they are excluded.</summary>
public sealed record ReviewSheet(Guid ProjectId, string Code, string Title, string? Summary, string Lead, bool Conflict, string? ConflictReason,
    IReadOnlyDictionary<string, decimal>? MyScores, decimal? MyTotal, string? MyComment, DateTimeOffset? SubmittedAt);

public sealed record ReviewerRoundView(Guid Id, string Title, DateTimeOffset Deadline, RoundStatus Status, IReadOnlyList<CriterionView> Criteria, IReadOnlyList<ReviewSheet> Sheets);

public sealed record ReviewerOption(string UserId, string Name, string Email, Guid? OrganisationId, string? Organisation);
