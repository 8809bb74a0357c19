using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Relief;

/// <summary>
/// Relief cases (精准纾困) from report to closing: every step checks who acts, changes the case through its methods, adds a
/// line to the timeline and a notice, and saves once (the audit trail records it in the same transaction). Two people
/// changing one case at once: the case's <see cref="ReliefCase.Version"/> lets one win and the other gets 409.
/// </summary>
public sealed class ReliefDesk(GaoxinDbContext db, ZoneCalendar calendars, Noticeboard notices, TimeProvider time)
{
    private const string CaseWord = "诉求";

    private ZoneClock Clock => ZoneClock.Of(time);

    /// <summary>The input's annotations, checked here too so the pages refuse what the API refuses.</summary>
    private static void Check(object input)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(input, new System.ComponentModel.DataAnnotations.ValidationContext(input), results, validateAllProperties: true))
        {
            throw Refusal.Invalid(results.GroupBy(r => JsonName(r.MemberNames.FirstOrDefault() ?? string.Empty))
                .ToDictionary(g => g.Key, g => g.Select(r => r.ErrorMessage ?? string.Empty).ToArray()));
        }
    }

    private static string JsonName(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];

    /// <summary>Reports a difficulty: an enterprise for itself, a zone officer for an enterprise of the zone.</summary>
    public async Task<ReliefCaseView> ReportAsync(Actor actor, ReportInput input, CancellationToken ct)
    {
        Check(input);
        var zone = new ZoneId(actor.ZoneId);
        Guid enterpriseId;
        ReliefSource source;
        if (actor.IsOrganisationBound)
        {
            if (!ReliefAccess.Reporters.Any(actor.IsIn) || actor.OrganisationId is not { } own || (input.EnterpriseId is { } named && named != own))
            {
                throw Refusal.Forbidden("企业只能为本企业反映困难。");
            }

            enterpriseId = own;
            source = ReliefSource.Enterprise;
        }
        else
        {
            if (!ReliefAccess.IsTriage(actor))
            {
                throw Refusal.Forbidden();
            }

            enterpriseId = input.EnterpriseId ?? throw Refusal.Invalid("enterpriseId", "请选择企业。");
            source = ReliefSource.Officer;
        }

        var enterprise = await EnterpriseAsync(zone, enterpriseId, ct) ?? throw Refusal.Invalid("enterpriseId", "企业不存在于本园区。");
        var row = await NewCaseAsync(zone, enterprise, input.Category!.Value, input.Description.Trim(), source, actor, ct);
        await SaveAsync(ct);
        return (await ViewsAsync(zone, [row], ct))[0];
    }

    /// <summary>A case made from an early warning (or any source), with its first line and a notice to the enterprise; not saved.</summary>
    internal async Task<ReliefCase> NewCaseAsync(ZoneId zone, Organisation enterprise, DifficultyCategory category, string description, ReliefSource source, Actor actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var row = new ReliefCase(zone, await NextNumberAsync(zone, ct), enterprise.Id, category, description, source, actor.Name, now);
        db.Add(row);
        db.Add(new ReliefMeasure(zone, row.Id, $"{ReliefLabels.Of(source)}：{ReliefLabels.Of(category)}类困难", actor.Name, now) { Kind = ReliefStep.Reported });
        notices.ToOrganisation(zone, NoticeKind.Relief, enterprise.Id, $"困难诉求 {row.Number} 已登记", $"{ReliefLabels.Of(category)}类困难已登记，将分办至承办部门。", Link(row));
        return row;
    }

    /// <summary>Triage: assigns the case to a department of the zone with a deadline (by default the category's, in working days).</summary>
    public async Task<ReliefCaseView> AssignAsync(Actor actor, Guid id, AssignInput input, CancellationToken ct)
    {
        Check(input);
        var zone = new ZoneId(actor.ZoneId);
        var row = await FindAsync(actor, id, ct);
        if (!ReliefAccess.IsTriage(actor))
        {
            throw Refusal.Forbidden("只有管委会或创新中心可以分办诉求。");
        }

        CheckVersion(row, input.Version);
        var department = await db.Set<Department>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == input.DepartmentId && d.ZoneId == zone, ct)
            ?? throw Refusal.Invalid("departmentId", "承办部门不存在于本园区。");
        var today = Clock.Today;
        DateOnly deadline;
        if (input.Deadline is { } set)
        {
            Refusal.ThrowIfAnyFailed([new DeadlineNotInPastRule().Check(new DeadlineFacts(set, today))]);
            deadline = set;
        }
        else
        {
            deadline = ReliefDeadlineRule.DefaultFrom(today, row.Category, await calendars.ForZoneAsync(zone, ct));
        }

        row.Assign(department.Id, deadline);
        Step(row, ReliefStep.Assigned, $"分办至{department.Name}，办理期限 {deadline:yyyy-MM-dd}", actor);
        await ToDepartmentAsync(row, $"困难诉求 {row.Number} 已分办至本部门", $"请于 {deadline:yyyy-MM-dd} 前办理。", ct);
        notices.ToOrganisation(zone, NoticeKind.Relief, row.EnterpriseId, $"困难诉求 {row.Number} 已分办", $"承办部门：{department.Name}；办理期限：{deadline:yyyy-MM-dd}。", Link(row));
        await SaveAsync(ct);
        return (await ViewsAsync(zone, [row], ct))[0];
    }

    /// <summary>A measure taken (帮扶措施), by an officer of the case's department or the zone admin.</summary>
    public async Task<ReliefStepView> AddMeasureAsync(Actor actor, Guid id, MeasureInput input, CancellationToken ct)
    {
        Check(input);
        var row = await FindAsync(actor, id, ct);
        await RequireWorkerAsync(actor, row, ct);
        if (row.Status != ReliefStatus.Assigned)
        {
            throw Refusal.Conflict("只有办理中的诉求可以登记帮扶措施。");
        }

        var step = Step(row, ReliefStep.Measure, input.Text.Trim(), actor);
        notices.ToOrganisation(row.ZoneId, NoticeKind.Relief, row.EnterpriseId, $"困难诉求 {row.Number} 有新的帮扶措施", Shorten(input.Text.Trim()), Link(row));
        await SaveAsync(ct);
        return StepView(step);
    }

    /// <summary>The department proposes closing with a note; the enterprise is asked to rate.</summary>
    public async Task<ReliefCaseView> ProposeClosureAsync(Actor actor, Guid id, ProposeCloseInput input, CancellationToken ct)
    {
        Check(input);
        var row = await FindAsync(actor, id, ct);
        await RequireWorkerAsync(actor, row, ct);
        CheckVersion(row, input.Version);
        var note = input.Note.Trim();
        row.ProposeClosure(note, time.GetUtcNow());
        Step(row, ReliefStep.ClosureProposed, note, actor);
        notices.ToOrganisation(row.ZoneId, NoticeKind.Relief, row.EnterpriseId, $"困难诉求 {row.Number} 已提出办结，请评价", Shorten(note), Link(row));
        await SaveAsync(ct);
        return (await ViewsAsync(row.ZoneId, [row], ct))[0];
    }

    /// <summary>
    /// The enterprise's rating of the proposed closing (or an officer recording one given by phone, with a note): 3–5 closes
    /// the case, 1–2 reopens it with a new deadline (<see cref="ReopenWhenDissatisfiedRule"/>).
    /// </summary>
    public async Task<ReliefCaseView> RateAsync(Actor actor, Guid id, RateInput input, CancellationToken ct)
    {
        Check(input);
        var row = await FindAsync(actor, id, ct);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var byPhone = !actor.IsOrganisationBound;
        if (byPhone)
        {
            if (!await MayRateByPhoneAsync(actor, row, ct))
            {
                throw Refusal.Forbidden("只有企业本身、承办部门或管委会可以登记满意度。");
            }

            if (note is null)
            {
                throw Refusal.Invalid("note", "代企业登记电话回访的满意度，须填写回访说明。");
            }
        }
        else if (!ReliefAccess.Raters.Any(actor.IsIn))
        {
            throw Refusal.Forbidden();
        }

        CheckVersion(row, input.Version);
        var satisfaction = input.Satisfaction!.Value;
        var newDeadline = ReliefDeadlineRule.DefaultFrom(Clock.Today, row.Category, await calendars.ForZoneAsync(row.ZoneId, ct));
        var reopened = row.Rate(satisfaction, time.GetUtcNow(), newDeadline);
        var who = byPhone ? "（电话回访代录）" : string.Empty;
        Step(row, ReliefStep.Rated, $"满意度 {satisfaction} 分{who}{(note is null ? string.Empty : "：" + note)}", actor, satisfaction);
        if (reopened)
        {
            Step(row, ReliefStep.Reopened, $"企业不满意，退回重新办理，新期限 {newDeadline:yyyy-MM-dd}", actor, satisfaction);
            await ToDepartmentAsync(row, $"困难诉求 {row.Number} 企业不满意，重新办理", $"满意度 {satisfaction} 分；新期限 {newDeadline:yyyy-MM-dd}。", ct);
            notices.ToOrganisation(row.ZoneId, NoticeKind.Relief, row.EnterpriseId, $"困难诉求 {row.Number} 已重新办理", $"新期限 {newDeadline:yyyy-MM-dd}。", Link(row));
        }
        else
        {
            await ToDepartmentAsync(row, $"困难诉求 {row.Number} 已办结", $"企业满意度 {satisfaction} 分。", ct);
        }

        await SaveAsync(ct);
        return (await ViewsAsync(row.ZoneId, [row], ct))[0];
    }

    /// <summary>One case with its timeline and what the reader may do now; another enterprise's case is not found.</summary>
    public async Task<ReliefCaseDetail> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await FindAsync(actor, id, ct, tracked: false);
        // Steps saved by one request share a timestamp (rated, then reopened); the kinds follow a case's life, so they break the tie.
        var steps = await db.Set<ReliefMeasure>().AsNoTracking().Where(m => m.CaseId == row.Id).OrderBy(m => m.RecordedAt).ThenBy(m => m.Kind).ThenBy(m => m.Id).ToListAsync(ct);
        var mayWork = row.Status == ReliefStatus.Assigned && await IsWorkerAsync(actor, row, ct);
        var mayRate = row.Status == ReliefStatus.ClosureProposed
            && (actor.IsOrganisationBound ? ReliefAccess.Raters.Any(actor.IsIn) : await MayRateByPhoneAsync(actor, row, ct));
        var mayAssign = ReliefAccess.IsTriage(actor) && row.Status is ReliefStatus.Reported or ReliefStatus.Assigned;
        return new ReliefCaseDetail((await ViewsAsync(row.ZoneId, [row], ct))[0], [.. steps.Select(StepView)], mayAssign, mayWork, mayRate, mayRate && !actor.IsOrganisationBound);
    }

    /// <summary>One page of the board, overdue first then by deadline; an enterprise sees only its own cases.</summary>
    public async Task<Page<ReliefCaseView>> ListAsync(Actor actor, ReliefFilter filter, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var today = Clock.Today;
        var q = Visible(actor).AsNoTracking();
        if (filter.Category is { } category)
        {
            q = q.Where(c => c.Category == category);
        }

        if (filter.Status is { } status)
        {
            q = q.Where(c => c.Status == status);
        }

        if (filter.DepartmentId is { } department)
        {
            q = q.Where(c => c.DepartmentId == department);
        }

        if (filter.Overdue is { } overdue)
        {
            q = overdue
                ? q.Where(c => c.Status != ReliefStatus.Closed && c.Deadline != null && c.Deadline < today)
                : q.Where(c => !(c.Status != ReliefStatus.Closed && c.Deadline != null && c.Deadline < today));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            var matching = db.Organisations.Where(o => o.ZoneId == zone && o.Name.Contains(s)).Select(o => o.Id);
            q = q.Where(c => c.Number.Contains(s) || c.Description.Contains(s) || matching.Contains(c.EnterpriseId));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(c => c.Status == ReliefStatus.Closed)
            .ThenBy(c => c.Deadline == null)
            .ThenBy(c => c.Deadline)
            .ThenByDescending(c => c.ReportedAt)
            .ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ReliefCaseView>(await ViewsAsync(zone, rows, ct), page.Number, page.Size, total);
    }

    /// <summary>The zone's departments for the triage form and the board's filter.</summary>
    public Task<List<ReliefChoice>> DepartmentsAsync(Actor actor, CancellationToken ct) =>
        db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == new ZoneId(actor.ZoneId)).OrderBy(d => d.Code)
            .Select(d => new ReliefChoice(d.Id, d.Name)).ToListAsync(ct);

    /// <summary>The zone's enterprises an officer may report for (organisations of kind enterprise or vehicle operator).</summary>
    public Task<List<ReliefChoice>> EnterprisesAsync(Actor actor, CancellationToken ct) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.ZoneId == new ZoneId(actor.ZoneId) && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator))
            .OrderBy(o => o.Name).Select(o => new ReliefChoice(o.Id, o.Name)).ToListAsync(ct);

    /// <summary>The open case (not closed) of each of these enterprises (organisations), if any.</summary>
    internal async Task<Dictionary<Guid, (Guid Id, string Number)>> OpenCasesAsync(ZoneId zone, IReadOnlyCollection<Guid> organisations, CancellationToken ct)
    {
        var ids = organisations.Distinct().ToList();
        var open = await db.Set<ReliefCase>().AsNoTracking()
            .Where(c => c.ZoneId == zone && c.Status != ReliefStatus.Closed && ids.Contains(c.EnterpriseId))
            .Select(c => new { c.EnterpriseId, c.Id, c.Number, c.ReportedAt }).ToListAsync(ct);
        return open.GroupBy(c => c.EnterpriseId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.ReportedAt).Select(c => (c.Id, c.Number)).First());
    }

    internal Task SaveAsync(CancellationToken ct) => SaveCheckedAsync(ct);

    internal static string Link(ReliefCase row) => $"/services/relief/{row.Id}";

    private async Task SaveCheckedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict("该诉求已被他人处理，请刷新后重试。");
        }
    }

    private IQueryable<ReliefCase> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<ReliefCase>().Where(c => c.ZoneId == zone);
        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            q = q.Where(c => c.EnterpriseId == own);
        }
        else if (!ReliefAccess.Readers.Any(actor.IsIn))
        {
            q = q.Where(c => false);
        }

        return q;
    }

    private async Task<ReliefCase> FindAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = true)
    {
        var q = Visible(actor);
        if (!tracked)
        {
            q = q.AsNoTracking();
        }

        return await q.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw Refusal.NotFound(CaseWord);
    }

    private async Task<Organisation?> EnterpriseAsync(ZoneId zone, Guid id, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.ZoneId == zone
            && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator), ct);

    private async Task<bool> IsWorkerAsync(Actor actor, ReliefCase row, CancellationToken ct)
    {
        if (actor.IsIn(Roles.ZoneAdmin))
        {
            return true;
        }

        if (!actor.IsIn(Roles.DepartmentOfficer) || row.DepartmentId is not { } department)
        {
            return false;
        }

        return await db.Set<DepartmentMember>().AnyAsync(m => m.ZoneId == row.ZoneId && m.DepartmentId == department && m.UserId == actor.UserId, ct);
    }

    private async Task RequireWorkerAsync(Actor actor, ReliefCase row, CancellationToken ct)
    {
        if (!await IsWorkerAsync(actor, row, ct))
        {
            throw Refusal.Forbidden(row.DepartmentId is null ? "诉求尚未分办。" : "只有承办部门的人员或管委会可以办理该诉求。");
        }
    }

    private async Task<bool> MayRateByPhoneAsync(Actor actor, ReliefCase row, CancellationToken ct) =>
        ReliefAccess.IsTriage(actor) || await IsWorkerAsync(actor, row, ct);

    private static void CheckVersion(ReliefCase row, int? expected)
    {
        if (expected is { } v && v != row.Version)
        {
            throw Refusal.Conflict("该诉求已被他人处理，请刷新后重试。");
        }
    }

    private ReliefMeasure Step(ReliefCase row, ReliefStep kind, string text, Actor actor, int? satisfaction = null)
    {
        var step = new ReliefMeasure(row.ZoneId, row.Id, text, actor.Name, time.GetUtcNow()) { Kind = kind, Satisfaction = satisfaction };
        db.Add(step);
        return step;
    }

    private async Task ToDepartmentAsync(ReliefCase row, string title, string body, CancellationToken ct)
    {
        if (row.DepartmentId is not { } department)
        {
            return;
        }

        var members = await db.Set<DepartmentMember>().AsNoTracking().Where(m => m.DepartmentId == department).Select(m => m.UserId).ToListAsync(ct);
        foreach (var user in members)
        {
            notices.ToUser(row.ZoneId, NoticeKind.Relief, user, title, body, Link(row));
        }
    }

    private async Task<string> NextNumberAsync(ZoneId zone, CancellationToken ct)
    {
        // 诉求编号 KN{year}-{serial}: the serial continues the zone's highest of the year (the unique index settles a race with a 409).
        var prefix = $"KN{Clock.Today.Year}-";
        var last = await db.Set<ReliefCase>().Where(c => c.ZoneId == zone && c.Number.StartsWith(prefix)).OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return prefix + next.ToString("D4", CultureInfo.InvariantCulture);
    }

    private async Task<List<ReliefCaseView>> ViewsAsync(ZoneId zone, IReadOnlyList<ReliefCase> rows, CancellationToken ct)
    {
        var enterpriseIds = rows.Select(r => r.EnterpriseId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && enterpriseIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var departmentIds = rows.Where(r => r.DepartmentId != null).Select(r => r.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Set<Department>().AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var today = Clock.Today;
        return rows.Select(r => new ReliefCaseView(r.Id, r.Number, r.EnterpriseId, names.GetValueOrDefault(r.EnterpriseId) ?? string.Empty, r.Category, ReliefLabels.Of(r.Category),
            r.Description, r.Source, r.Status, ReliefLabels.Of(r.Status), r.DepartmentId, r.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, r.Deadline,
            r.IsOverdueOn(today), r.ReportedAt, r.ReportedBy, r.ClosedAt, r.Satisfaction, r.ClosingNote, r.Reopened, r.Version)).ToList();
    }

    private static ReliefStepView StepView(ReliefMeasure m) => new(m.Id, m.Kind, ReliefLabels.Of(m.Kind), m.Text, m.RecordedBy, m.RecordedAt, m.Satisfaction);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
