using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>The support a project asks for (中试+孵化+基金+场景+人才).</summary>
public enum SupportKind
{
    /// <summary>中试</summary>
    Pilot = 1,
    /// <summary>孵化</summary>
    Incubation = 2,
    /// <summary>基金</summary>
    Fund = 3,
    /// <summary>场景</summary>
    Scene = 4,
    /// <summary>人才</summary>
    Talent = 5,
}

/// <summary>
/// A conversion project (转化项目): takes one or more achievements through the relay. Its stage only moves through
/// <see cref="MoveTo"/> (and a round's <see cref="DecideByRound"/>), which check the named stage rules
/// (<see cref="StageTransitions"/>) and write the move to the timeline; the derived dates follow the moves and the sales
/// reports. Every change bumps <see cref="Version"/>, a concurrency token: of two simultaneous changes one wins.
/// </summary>
internal sealed class Project : IZoneScoped
{
    // For EF Core, which sets the properties itself.
    private Project()
    {
        Code = null!;
        Title = null!;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>Human reference, e.g. ZG-2025-007.</summary>
    public string Code { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>Team members and roles, free text (团队).</summary>
    public string? Team { get; private set; }

    /// <summary>The organisation leading the project (usually the university or institute); its users see and edit it.</summary>
    public Guid LeadOrganisationId { get; private set; }

    /// <summary>The producing company when it is an enterprise in the registry.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>The company's platform organisation (its users also see the project).</summary>
    public Guid? CompanyOrganisationId { get; private set; }

    /// <summary>The company's name; for a company still to be registered, the intended name.</summary>
    public string? CompanyName { get; private set; }

    public bool CompanyRegistered { get; private set; }

    public ZoneIndustry Industry { get; private set; }

    public AchievementOrigin Origin { get; private set; }

    /// <summary>The year the project entered the relay (its cohort).</summary>
    public int EntryYear { get; private set; }

    public RelayStage Stage { get; private set; } = RelayStage.Proposed;

    public DateOnly StageSince { get; private set; }

    /// <summary>The stage reached before termination or rejection, for the funnel.</summary>
    public RelayStage FurthestStage { get; private set; } = RelayStage.Proposed;

    public string? TerminationReason { get; private set; }

    /// <summary>Set when pilot incubation began (the stage's date; the "with pilot" cohort is no longer read from it, see <see cref="BaseRunsAccepted"/>).</summary>
    public DateOnly? PilotStartedOn { get; private set; }

    /// <summary>Runs at the pilot base accepted for this project: the project is in the "with pilot" cohort when it has one.</summary>
    public int BaseRunsAccepted { get; private set; }

    /// <summary>The start of its first accepted run at the base.</summary>
    public DateOnly? FirstBaseRunOn { get; private set; }

    /// <summary>Set when industrial incubation began (after the pilot, or directly): success is judged from here.</summary>
    public DateOnly? IndustrialStartedOn { get; private set; }

    /// <summary>Derived: the date the success definition was first met (see <see cref="SuccessJudge"/>).</summary>
    public DateOnly? SucceededOn { get; private set; }

    public decimal? ScreeningScore { get; private set; }

    /// <summary>A/B/C, or N (not supported), from the last decided screening round.</summary>
    public string? Grade { get; private set; }

    /// <summary>Incremented by every change; a stale version loses (two operators cannot both move a project).</summary>
    public int Version { get; private set; }

    public List<ProjectAchievement> Achievements { get; private set; } = [];

    public List<SupportRequest> Support { get; private set; } = [];

    /// <summary>A new project in stage Proposed, entered in the relay on <paramref name="today"/> (its cohort is that year).</summary>
    public static Project Propose(ZoneId zone, string code, string title, string? summary, string? team, Guid leadOrganisationId, Guid? enterpriseId, string? companyName,
        ZoneIndustry industry, AchievementOrigin origin, DateOnly today, IEnumerable<Guid> achievementIds, IEnumerable<(SupportKind Kind, string Details, decimal? AmountAsked)> support)
    {
        var p = new Project
        {
            ZoneId = zone,
            Code = code,
            Title = title,
            Summary = summary,
            Team = team,
            LeadOrganisationId = leadOrganisationId,
            EnterpriseId = enterpriseId,
            CompanyName = companyName,
            CompanyRegistered = enterpriseId is not null,
            Industry = industry,
            Origin = origin,
            EntryYear = today.Year,
            StageSince = today,
        };
        p.Achievements.AddRange(achievementIds.Select(a => new ProjectAchievement { ZoneId = zone, ProjectId = p.Id, AchievementId = a }));
        p.Support.AddRange(support.Select(s => new SupportRequest { ZoneId = zone, ProjectId = p.Id, Kind = s.Kind, Details = s.Details, AmountAsked = s.AmountAsked }));
        return p;
    }

    /// <summary>
    /// Moves the project to <paramref name="to"/> by a person's decision (never to Selected or Rejected, which are a round's):
    /// the stage rules decide, a refusal throws naming the rule and changes nothing. The achievements must be loaded.
    /// </summary>
    public ProjectEvent MoveTo(RelayStage to, string? reason, PlanProgress plans, string? actorName, DateTimeOffset at, DateOnly today) =>
        Transition(to, reason, plans, byRound: false, actorName, at, today);

    /// <summary>The proposer withdraws the proposal before screening (<see cref="WithdrawalBeforeScreeningRule"/>): the project ends, saying why.</summary>
    public ProjectEvent Withdraw(string? reason, string? actorName, DateTimeOffset at, DateOnly today)
    {
        Refusal.ThrowIfAnyFailed([Withdrawal.Check(new WithdrawalFacts(Stage, reason))]);
        return Apply(RelayStage.Terminated, $"申报单位撤回：{reason!.Trim()}", today, at, actorName);
    }

    private static readonly WithdrawalBeforeScreeningRule Withdrawal = new();

    private static readonly RevisionBeforeScreeningRule Revision = new();

    /// <summary>The proposer corrects the proposal before screening (<see cref="RevisionBeforeScreeningRule"/>); a registered company stays as the center set it.</summary>
    public ProjectEvent Revise(ProposalRevisionInput input, string? actorName, DateTimeOffset at)
    {
        Refusal.ThrowIfAnyFailed([Revision.Check(Stage)]);
        Title = input.Title.Trim();
        Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        Team = string.IsNullOrWhiteSpace(input.Team) ? null : input.Team.Trim();
        Industry = input.Industry;
        if (!CompanyRegistered && !string.IsNullOrWhiteSpace(input.CompanyName))
        {
            CompanyName = input.CompanyName.Trim();
        }

        return Changed(ProjectEventKind.Note, $"申报内容已修改：{Title}", actorName, at);
    }

    /// <summary>A screening round's decision: the project is selected or rejected with the round's score and grade.</summary>
    public ProjectEvent DecideByRound(bool selected, decimal? score, string? grade, string reason, PlanProgress plans, string? actorName, DateTimeOffset at, DateOnly today)
    {
        var e = Transition(selected ? RelayStage.Selected : RelayStage.Rejected, reason, plans, byRound: true, actorName, at, today);
        ScreeningScore = score;
        Grade = grade;
        return e;
    }

    private ProjectEvent Transition(RelayStage to, string? reason, PlanProgress plans, bool byRound, string? actorName, DateTimeOffset at, DateOnly today)
    {
        var facts = new TransitionFacts(Stage, to, reason, Achievements.Count, byRound, plans.HasPilotPlan, plans.PilotMilestones, plans.PilotMilestonesAccepted,
            plans.HasIndustrializationPlan, plans.IndustrializationMilestones, CompanyRegistered);
        Refusal.ThrowIfAnyFailed(StageTransitions.Check(facts));
        return Apply(to, reason?.Trim(), today, at, actorName);
    }

    /// <summary>Applies a move the rules allowed: stage, derived dates, version, and the timeline event with the days spent in the stage left.</summary>
    private ProjectEvent Apply(RelayStage to, string? reason, DateOnly day, DateTimeOffset at, string? actorName)
    {
        var from = Stage;
        var days = Math.Max(0, day.DayNumber - StageSince.DayNumber);
        Stage = to;
        StageSince = day;
        Version++;
        if (to == RelayStage.PilotIncubation)
        {
            PilotStartedOn = day;
        }

        if (to == RelayStage.IndustrialIncubation)
        {
            IndustrialStartedOn = day;
        }

        if (to is RelayStage.Terminated or RelayStage.Rejected)
        {
            TerminationReason = reason;
        }
        else if (to > FurthestStage)
        {
            FurthestStage = to;
        }

        var e = Log(ProjectEventKind.StageChanged, $"{StageNames.Of(from)} → {StageNames.Of(to)}" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $"：{reason}"), actorName, at);
        e.FromStage = from;
        e.ToStage = to;
        e.DaysInFromStage = days;
        return e;
    }

    /// <summary>Names the company once it is registered as an enterprise (or renames the intended one).</summary>
    public ProjectEvent SetCompany(Guid? enterpriseId, Guid? companyOrganisationId, string? companyName, string? actorName, DateTimeOffset at)
    {
        if (enterpriseId is null && string.IsNullOrWhiteSpace(companyName))
        {
            throw Refusal.Invalid("companyName", "请选择承接企业，或填写拟注册企业名称。");
        }

        EnterpriseId = enterpriseId;
        CompanyOrganisationId = companyOrganisationId;
        CompanyName = companyName?.Trim() ?? CompanyName;
        CompanyRegistered = enterpriseId is not null;
        return Changed(ProjectEventKind.Note, $"承接企业：{CompanyName}{(CompanyRegistered ? "（已注册）" : "（拟注册）")}", actorName, at);
    }

    /// <summary>
    /// A sales report: only once industrial incubation began. Success is judged again from every report (this one included)
    /// under the definition in force; the timeline notes the report and, the first time, the success.
    /// </summary>
    public IReadOnlyList<ProjectEvent> ReportSales(OutcomeReport report, IEnumerable<(DateOnly On, decimal RevenueToDate)> earlier, SuccessDefinition definition, string? actorName, DateTimeOffset at)
    {
        if (IndustrialStartedOn is null)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("OutcomeAfterIncubationRule", "项目尚未进入产业孵化，不能登记产品销售。"));
        }

        var events = new List<ProjectEvent>();
        var before = SucceededOn;
        SucceededOn = SuccessJudge.SucceededOn(IndustrialStartedOn, earlier.Append((report.ReportedOn, report.RevenueToDate)), definition.RevenueThreshold, definition.WithinMonths);
        if (before is null && SucceededOn is not null)
        {
            events.Add(Log(ProjectEventKind.Succeeded, $"达到产业化成功标准：累计销售 {report.RevenueToDate:N0} 元 ≥ {definition.RevenueThreshold:N0} 元", actorName, at));
        }

        events.Add(Changed(ProjectEventKind.OutcomeReported, $"产品销售报告（{report.ReportedOn:yyyy-MM-dd}）：累计销售 {report.RevenueToDate:N0} 元，新增产值 {report.AnnualOutput:N0} 元", actorName, at));
        return events;
    }

    /// <summary>Judges success again under a new definition; the timeline notes a changed verdict (null when nothing changed).</summary>
    public ProjectEvent? Rejudge(IEnumerable<(DateOnly On, decimal RevenueToDate)> reports, decimal threshold, int withinMonths, string? actorName, DateTimeOffset at)
    {
        var succeeded = SuccessJudge.SucceededOn(IndustrialStartedOn, reports, threshold, withinMonths);
        if (succeeded == SucceededOn)
        {
            return null;
        }

        SucceededOn = succeeded;
        return Changed(ProjectEventKind.Note, succeeded is null ? "按新的成功标准重新判定：尚未达标" : $"按新的成功标准重新判定：{succeeded:yyyy-MM-dd} 达标", actorName, at);
    }

    /// <summary>A change by the owner or the operator (a plan, a milestone): a new version and its timeline entry.</summary>
    public ProjectEvent Changed(ProjectEventKind kind, string text, string? actorName, DateTimeOffset at)
    {
        Version++;
        return Log(kind, text, actorName, at);
    }

    /// <summary>A timeline entry that changes nothing on the project (its proposal, a round's publication).</summary>
    public ProjectEvent Log(ProjectEventKind kind, string text, string? actorName, DateTimeOffset at) =>
        new() { ZoneId = ZoneId, ProjectId = Id, At = at, Kind = kind, Text = text, ActorName = actorName };

    /// <summary>An accepted run at the pilot base (through <c>IRelayPilotRuns</c>): counted, the first one's date kept, noted on the timeline.</summary>
    public ProjectEvent RecordBaseRun(string batchCode, DateOnly startedOn, DateOnly endedOn, bool passed, string? actorName, DateTimeOffset at)
    {
        BaseRunsAccepted++;
        FirstBaseRunOn = FirstBaseRunOn is { } first && first <= startedOn ? first : startedOn;
        return Changed(ProjectEventKind.BaseRunAccepted,
            $"中试基地运行记录已确认：批次 {batchCode}（{startedOn:yyyy-MM-dd} 至 {endedOn:yyyy-MM-dd}），{(passed ? "通过" : "未通过")}", actorName, at);
    }

    // The demo's history, written as it happened: the rules are not checked again (used only by the demo seeder).
    internal ProjectEvent ReplayMove(RelayStage to, string? reason, DateOnly day, DateTimeOffset at, string? actorName) => Apply(to, reason, day, at, actorName);

    internal void ReplayScreening(decimal score, string grade)
    {
        ScreeningScore = score;
        Grade = grade;
    }

    internal void ReplayCompany(Guid? enterpriseId, Guid? companyOrganisationId, string? companyName)
    {
        EnterpriseId = enterpriseId ?? EnterpriseId;
        CompanyOrganisationId = companyOrganisationId ?? CompanyOrganisationId;
        CompanyName = companyName ?? CompanyName;
        CompanyRegistered = true;
    }

    internal void ReplaySuccess(DateOnly on) => SucceededOn = on;
}

/// <summary>What the stage rules read about a project's plans: each plan's presence and its milestones (accepted ones for the pilot).</summary>
internal sealed record PlanProgress(bool HasPilotPlan, int PilotMilestones, int PilotMilestonesAccepted, bool HasIndustrializationPlan, int IndustrializationMilestones)
{
    public static readonly PlanProgress None = new(false, 0, 0, false, 0);
}

internal sealed class ProjectAchievement : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public Guid AchievementId { get; set; }
}

/// <summary>One kind of support asked for, with details; Granted is filled in by the operator (or the fund).</summary>
internal sealed class SupportRequest : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public SupportKind Kind { get; set; }

    public required string Details { get; set; }

    public decimal? AmountAsked { get; set; }

    public string? Granted { get; set; }
}

/// <summary>What happened on a project's timeline.</summary>
public enum ProjectEventKind
{
    Created = 1,
    StageChanged = 2,
    PlanSaved = 3,
    MilestoneSubmitted = 4,
    MilestoneAccepted = 5,
    MilestoneSentBack = 6,
    Screened = 7,
    OutcomeReported = 8,
    Succeeded = 9,
    Note = 10,
    BaseRunAccepted = 11,
}

/// <summary>One entry on a project's timeline (项目时间线); stage changes carry the days spent in the stage left.</summary>
internal sealed class ProjectEvent : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public ProjectEventKind Kind { get; set; }

    public RelayStage? FromStage { get; set; }

    public RelayStage? ToStage { get; set; }

    public int? DaysInFromStage { get; set; }

    public required string Text { get; set; }

    public string? ActorName { get; set; }
}

/// <summary>
/// A sales report of the converted product (产品销售): revenue to date and the annual output it adds, as reported on a
/// date. Success and new output are judged from these.
/// </summary>
internal sealed class OutcomeReport : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly ReportedOn { get; set; }

    /// <summary>Cumulative revenue from the converted product up to ReportedOn (CNY).</summary>
    public decimal RevenueToDate { get; set; }

    /// <summary>New annual output value the project adds in ReportedOn's year (新增产值, CNY).</summary>
    public decimal AnnualOutput { get; set; }
}

/// <summary>
/// What counts as success (产业化成功), per zone and versioned by date: revenue to date ≥ threshold reported within
/// N months of the start of industrial incubation (i.e. after the pilot ends, or after selection without a pilot).
/// </summary>
internal sealed class SuccessDefinition : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal RevenueThreshold { get; set; } = 5_000_000m;

    public int WithinMonths { get; set; } = 24;

    public int AnnualConversionTarget { get; set; } = 10;

    public decimal AnnualOutputTarget { get; set; } = 500_000_000m;
}
