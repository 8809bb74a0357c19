using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Services.ServicePage;

/// <summary>Where a thing stands against its date.</summary>
public enum DueStanding
{
    /// <summary>未到提醒期</summary>
    NotYet = 1,
    /// <summary>待办（提醒期内，含到期当日）</summary>
    Due = 2,
    /// <summary>已逾期</summary>
    Overdue = 3,
}

/// <summary>A rule's verdict on one thing: its date, the days left (negative when late) and where it stands.</summary>
public sealed record DueAssessment(DueStanding Standing, DateOnly DueOn, int DaysLeft)
{
    public static DueAssessment On(DateOnly dueOn, DateOnly today, DateOnly remindFrom) =>
        new(today > dueOn ? DueStanding.Overdue : today >= remindFrom ? DueStanding.Due : DueStanding.NotYet, dueOn, dueOn.DayNumber - today.DayNumber);
}

/// <summary>
/// The shape of every due rule: <see cref="Assess"/> says where a thing stands (null: nothing to follow), and the rule
/// passes while nothing is due, so a refusal's message and figures are the reminder.
/// </summary>
public abstract class DueRule<TFacts> : IBusinessRule<TFacts>
{
    public string Name => GetType().Name;

    public abstract DueAssessment? Assess(TFacts facts);

    protected abstract string Describe(TFacts facts, DueAssessment due);

    public RuleOutcome Check(TFacts facts) => Assess(facts) is { Standing: not DueStanding.NotYet } due
        ? RuleOutcome.Refuse(Name, Describe(facts, due), new Dictionary<string, string>
        {
            ["dueOn"] = due.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["daysLeft"] = due.DaysLeft.ToString(CultureInfo.InvariantCulture),
        })
        : RuleOutcome.Pass(Name);

    protected static string Days(DueAssessment due) => due.DaysLeft switch
    {
        > 0 => string.Create(CultureInfo.InvariantCulture, $"还有 {due.DaysLeft} 天"),
        0 => "今日到期",
        _ => string.Create(CultureInfo.InvariantCulture, $"已逾期 {-due.DaysLeft} 天"),
    };
}

public sealed record ExpiryFacts(string What, DateOnly ValidTo, DateOnly Today);

/// <summary>
/// A certificate or honour holds through its ValidTo day (e.g. 高新技术企业: three years). Reminded from
/// <see cref="WindowDays"/> days before (ValidTo − 90 is due, ValidTo − 91 not yet); the day after ValidTo it has expired,
/// and it is followed for another <see cref="WindowDays"/> days, after which it is history.
/// </summary>
public sealed class CertificateExpiryRule : DueRule<ExpiryFacts>
{
    public const int WindowDays = 90;

    public override DueAssessment? Assess(ExpiryFacts facts) =>
        facts.Today > facts.ValidTo.AddDays(WindowDays) ? null : DueAssessment.On(facts.ValidTo, facts.Today, facts.ValidTo.AddDays(-WindowDays));

    protected override string Describe(ExpiryFacts facts, DueAssessment due) =>
        due.Standing == DueStanding.Overdue
            ? string.Create(CultureInfo.InvariantCulture, $"{facts.What}已于 {facts.ValidTo:yyyy-MM-dd} 到期，请及时重新申报。")
            : string.Create(CultureInfo.InvariantCulture, $"{facts.What}有效期至 {facts.ValidTo:yyyy-MM-dd}（{Days(due)}），请做好复审或重新认定准备。");
}

/// <param name="LastRegisteredYear">The latest year for which the enterprise was registered as 科技型中小企业 (null: never).</param>
public sealed record TechSmeFacts(DateOnly Today, int? LastRegisteredYear);

/// <summary>
/// 科技型中小企业 registration lasts its calendar year; to stay registered the enterprise is evaluated again by 31 March
/// of the next year. An enterprise registered for last year and not yet for this one is reminded from 1 January
/// (31 March itself still due, 1 April overdue); registered for this year, its next evaluation is not yet due;
/// registered only before last year, it has left the scheme and is not followed.
/// </summary>
public sealed class TechSmeEvaluationDueRule : DueRule<TechSmeFacts>
{
    public override DueAssessment? Assess(TechSmeFacts facts)
    {
        if (facts.LastRegisteredYear is not { } year || year < facts.Today.Year - 1)
        {
            return null;
        }

        var dueYear = year + 1;
        return DueAssessment.On(new DateOnly(dueYear, 3, 31), facts.Today, new DateOnly(dueYear, 1, 1));
    }

    protected override string Describe(TechSmeFacts facts, DueAssessment due) =>
        due.Standing == DueStanding.Overdue
            ? string.Create(CultureInfo.InvariantCulture, $"{due.DueOn.Year} 年度科技型中小企业评价已于 {due.DueOn:M月d日} 截止，入库登记已失效。")
            : string.Create(CultureInfo.InvariantCulture, $"请于 {due.DueOn:yyyy-MM-dd} 前完成 {due.DueOn.Year} 年度科技型中小企业评价（{Days(due)}）。");
}

public sealed record AnnualDataFacts(DateOnly Today, bool FiledLastYear);

/// <summary>
/// Last year's annual data (年度数据：营收、研发、人员…) is filed by 30 June (<see cref="DueMonth"/>/<see cref="DueDay"/>),
/// reminded from 1 January; 30 June still due, 1 July overdue; filed, nothing is due.
/// </summary>
public sealed class AnnualDataDueRule : DueRule<AnnualDataFacts>
{
    public const int DueMonth = 6;
    public const int DueDay = 30;

    public override DueAssessment? Assess(AnnualDataFacts facts) => facts.FiledLastYear
        ? null
        : DueAssessment.On(new DateOnly(facts.Today.Year, DueMonth, DueDay), facts.Today, new DateOnly(facts.Today.Year, 1, 1));

    protected override string Describe(AnnualDataFacts facts, DueAssessment due) =>
        string.Create(CultureInfo.InvariantCulture, $"{facts.Today.Year - 1} 年度数据尚未填报，请于 {due.DueOn:yyyy-MM-dd} 前报送（{Days(due)}）。");
}

public sealed record MilestoneFacts(string Project, string Milestone, DateOnly Due, bool Open, DateOnly Today);

/// <summary>
/// An open milestone of the enterprise's relay project (whose acceptance releases fund tranches) is reminded from
/// <see cref="WindowDays"/> days before its date; the day after it is overdue. Accepted milestones are done.
/// </summary>
public sealed class MilestoneDueRule : DueRule<MilestoneFacts>
{
    public const int WindowDays = 30;

    public override DueAssessment? Assess(MilestoneFacts facts) =>
        facts.Open ? DueAssessment.On(facts.Due, facts.Today, facts.Due.AddDays(-WindowDays)) : null;

    protected override string Describe(MilestoneFacts facts, DueAssessment due) =>
        string.Create(CultureInfo.InvariantCulture, $"项目“{facts.Project}”的节点“{facts.Milestone}”计划于 {facts.Due:yyyy-MM-dd} 完成（{Days(due)}），请按期提交验收材料。");
}

/// <param name="StagesSent">The reminder stages already posted for this thing.</param>
public sealed record ReminderFacts(int DaysLeft, IReadOnlyCollection<int> StagesSent);

/// <summary>
/// A thing coming due is reminded once at <see cref="Stages"/> days before (30, then 7): the stage reached is the
/// smallest with days left ≤ it (late counts as the last). A stage is posted unless it or a later one already was, so
/// a sweep that first sees a thing at 5 days left posts one reminder, not two.
/// </summary>
public sealed class DueReminderRule : IBusinessRule<ReminderFacts>
{
    public static readonly int[] Stages = [30, 7];

    public string Name => nameof(DueReminderRule);

    /// <summary>The stage to post now, or null.</summary>
    public static int? StageToPost(ReminderFacts facts)
    {
        int? reached = null;
        foreach (var stage in Stages)
        {
            if (facts.DaysLeft <= stage)
            {
                reached = stage;
            }
        }

        return reached is { } r && !facts.StagesSent.Any(s => s <= r) ? r : null;
    }

    public RuleOutcome Check(ReminderFacts facts) => StageToPost(facts) is { } stage
        ? RuleOutcome.Refuse(Name, string.Create(CultureInfo.InvariantCulture, $"到期前 {stage} 天提醒。"), new Dictionary<string, string> { ["stage"] = stage.ToString(CultureInfo.InvariantCulture) })
        : RuleOutcome.Pass(Name);
}
