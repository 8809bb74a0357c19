using Gaoxin.Contracts;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Scenes.Demands;

/// <summary>Where a technical demand stands: awaiting moderation, public, refused by the moderator, closed, or solved.</summary>
public enum DemandStatus
{
    /// <summary>待审核</summary>
    Pending = 1,
    /// <summary>已发布</summary>
    Published = 2,
    /// <summary>未通过审核</summary>
    Rejected = 3,
    /// <summary>已关闭</summary>
    Closed = 4,
    /// <summary>已解决（签订技术合同）</summary>
    Solved = 5,
}

/// <summary>
/// A technical demand (技术需求): an enterprise's technical problem with the budget it would spend and the date it needs an
/// answer by. The operator moderates it before it is public; the poster may stay anonymous to the public (the operator
/// and the matched suppliers introduced to it still see who it is).
/// </summary>
internal sealed class Demand : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    /// <summary>XQ-2025-001: unique in the zone.</summary>
    public required string Code { get; set; }

    public Guid PosterOrganisationId { get; set; }

    public required string Title { get; set; }

    /// <summary>The problem: what is needed, the current state, the indicators a solution must reach.</summary>
    public required string Problem { get; set; }

    public ZoneIndustry Industry { get; set; }

    /// <summary>The chain link the demand concerns (free text, e.g. "正极材料").</summary>
    public string? ChainLink { get; set; }

    /// <summary>Budget range in yuan; both null means "to be negotiated" (面议).</summary>
    public decimal? BudgetMin { get; set; }

    public decimal? BudgetMax { get; set; }

    /// <summary>The last day the poster needs an answer by; a demand past it no longer takes matches.</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>Hide the poster's name from the public pages and the open data.</summary>
    public bool Anonymous { get; set; }

    public DateOnly PostedOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DemandStatus Status { get; private set; } = DemandStatus.Pending;

    /// <summary>The moderator's reason for a refusal (required), or a note on publication.</summary>
    public string? ModerationNote { get; set; }

    /// <summary>When the demand was merged into an earlier posting that says the same thing.</summary>
    public Guid? MergedIntoId { get; set; }

    public int Version { get; set; }

    /// <summary>The moderator publishes a pending demand.</summary>
    public void Publish(DateOnly on, string? note)
    {
        Expect(DemandStatus.Pending, "只有待审核的需求可以发布。");
        Status = DemandStatus.Published;
        PublishedOn = on;
        ModerationNote = note;
        Version++;
    }

    /// <summary>The moderator refuses a pending demand, saying why.</summary>
    public void Reject(string reason)
    {
        Expect(DemandStatus.Pending, "只有待审核的需求可以退回。");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Gaoxin.Kernel.Rules.Refusal.Invalid("reason", "不予发布须说明理由。");
        }

        Status = DemandStatus.Rejected;
        ModerationNote = reason;
        Version++;
    }

    /// <summary>The poster or the operator closes a demand that no longer takes matches (merged, withdrawn, expired).</summary>
    public void Close(Guid? mergedInto)
    {
        if (Status is DemandStatus.Closed or DemandStatus.Solved)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("该需求已关闭。");
        }

        Status = DemandStatus.Closed;
        MergedIntoId = mergedInto;
        Version++;
    }

    /// <summary>A registered technology contract solved the demand.</summary>
    public void MarkSolved()
    {
        Expect(DemandStatus.Published, "只有已发布的需求可以标记为已解决。");
        Status = DemandStatus.Solved;
        Version++;
    }

    private void Expect(DemandStatus status, string message)
    {
        if (Status != status)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict(message);
        }
    }

    /// <summary>
    /// The poster edits a pending or published demand (the caller has set the new texts); an edit of a published demand
    /// sends it back to moderation, so nothing reaches the public pages unmoderated.
    /// </summary>
    public void Revise()
    {
        if (Status is not (DemandStatus.Pending or DemandStatus.Published))
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("只有待审核或已发布的需求可以修改。");
        }

        Status = DemandStatus.Pending;
        PublishedOn = null;
        ModerationNote = null;
        Version++;
    }

    /// <summary>Published and past its deadline: shown as expired (已过期) and no longer matched.</summary>
    public bool IsExpiredOn(DateOnly today) => Status == DemandStatus.Published && Deadline < today;

    /// <summary>
    /// Title and problem as the duplicate check reads them (<see cref="DuplicatePostingRule.Normalise"/>: letters and digits, lower
    /// case), stored so the check narrows its candidates in SQL. Always derived from <see cref="Title"/> and <see cref="Problem"/>:
    /// EF reads it on every save; the setter is only for EF's materialisation and keeps nothing.
    /// </summary>
    public string DuplicateText
    {
        get => DuplicatePostingRule.Normalise(Title + "\n" + Problem);
        private set { }
    }
}
