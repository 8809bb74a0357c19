using System.Globalization;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Data.Documents;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Approvals;

/// <summary>
/// 极简审批: applying (one form for several items, acceptance starting each item's clock), the departments' decisions
/// (approve, return for correction, refuse), the applicant's correction and withdrawal, 容缺 materials received, the
/// result documents, and the reads. Everything is read and changed within the actor's zone; another zone's or another
/// enterprise's record is "not found". Changes are audited on save and each step posts a notice to the applicant.
/// </summary>
public sealed class ApprovalDesk(GaoxinDbContext db, ZoneCalendar calendars, Noticeboard notices, DepartmentBook departments, ApprovalSettings settings, TimeProvider time)
{
    /// <summary>Arbitrary 64-bit key for the numbering's advisory lock on PostgreSQL: "GXSVAPNO".</summary>
    internal const long NumberingLockKey = 0x4758_5356_4150_4E4F;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ZoneClock Clock => ZoneClock.Of(time);

    private static bool IsApplicant(Actor a) => ServicesAccess.Applicants.Any(a.IsIn);

    private static bool IsAdmin(Actor a) => a.IsIn(Roles.ZoneAdmin);

    private static bool IsOfficer(Actor a) => a.IsIn(Roles.DepartmentOfficer) && !IsAdmin(a);

    public static string Link(Guid applicationId) => $"/services/applications/{applicationId}";

    public static string ResultUrl(Guid applicationId, Guid itemId) => $"/api/v1/services/applications/{applicationId}/items/{itemId}/result.pdf";

    // ---------------------------------------------------------------- applying

    /// <summary>The zone's published items with their materials and fields, for the application form.</summary>
    public async Task<List<OfferedItem>> OfferAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var items = await db.Set<ServiceItem>().AsNoTracking().Where(i => i.ZoneId == zone && i.Published).OrderBy(i => i.Code).ToListAsync(ct);
        return await OfferedAsync(zone, items, ct);
    }

    private async Task<List<OfferedItem>> OfferedAsync(ZoneId zone, List<ServiceItem> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToList();
        var materials = await db.Set<ItemMaterial>().AsNoTracking().Where(m => m.ZoneId == zone && ids.Contains(m.ItemId)).OrderBy(m => m.Order).ToListAsync(ct);
        var fields = await db.Set<FormField>().AsNoTracking().Where(f => f.ZoneId == zone && ids.Contains(f.ItemId)).OrderBy(f => f.Order).ToListAsync(ct);
        var names = await db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. items.Select(i => new OfferedItem(i.Id, i.Code, i.Name, names.GetValueOrDefault(i.DepartmentId, string.Empty), i.ClockLimitDays, i.Fee, i.ResultName,
            [.. materials.Where(m => m.ItemId == i.Id).Select(m => new OfferedMaterial(m.Id, m.Name, m.Essential))],
            [.. fields.Where(f => f.ItemId == i.Id).Select(FieldDefinition.Of)]))];
    }

    /// <summary>
    /// Accepts an application: every field checked against its definition, essential materials present, each missing
    /// non-essential one promised within the limit (容缺); then one save numbers it and starts each item's clock. A refusal
    /// changes nothing.
    /// </summary>
    public async Task<ApplicationDetail> ApplyAsync(Actor actor, ApplyInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var applicant = await ApplicantAsync(actor, zone, input.OrganisationId, ct);

        if (input.ItemIds.Distinct().Count() != input.ItemIds.Count)
        {
            throw Refusal.Invalid("itemIds", "同一事项不能重复申请。");
        }

        var items = await db.Set<ServiceItem>().AsNoTracking().Where(i => i.ZoneId == zone && i.Published && input.ItemIds.Contains(i.Id)).ToListAsync(ct);
        if (items.Count != input.ItemIds.Count)
        {
            throw Refusal.NotFound("事项");
        }

        items = [.. input.ItemIds.Select(id => items.Single(i => i.Id == id))];
        var offered = await OfferedAsync(zone, items, ct);
        var values = Clean(input.Fields);
        var definitions = FieldDefinition.Merge(offered.SelectMany(o => o.Fields));
        var errors = FormFieldRule.Errors(definitions, values);
        var materialInputs = input.Materials ?? [];
        foreach (var m in materialInputs.Where(m => !input.ItemIds.Contains(m.ItemId)))
        {
            errors[$"materials.{m.ItemId}"] = ["材料所属事项不在本次申请中。"];
        }

        var today = Clock.Today;
        var outcomes = new List<RuleOutcome>();
        var deferrals = new Dictionary<Guid, (string Names, DateOnly PromisedOn)>();
        foreach (var item in offered)
        {
            var given = materialInputs.Where(m => m.ItemId == item.Id).ToList();
            var provided = given.SelectMany(m => m.Provided ?? []).ToHashSet();
            var deferred = given.SelectMany(m => m.Deferred ?? []).ToList();
            var known = item.Materials.Select(m => m.Id).ToHashSet();
            if (provided.Concat(deferred.Select(d => d.MaterialId)).Any(id => !known.Contains(id)))
            {
                errors[$"materials.{item.Id}"] = [$"“{item.Name}”的材料清单中没有所列材料。"];
                continue;
            }

            var missing = item.Materials.Where(m => !provided.Contains(m.Id)).ToList();
            outcomes.Add(new EssentialMaterialsRule().Check(new MaterialFacts(item.Name, [.. missing.Where(m => m.Essential).Select(m => m.Name)])));
            var promises = new List<(string Name, DateOnly On)>();
            foreach (var m in missing.Where(m => !m.Essential))
            {
                if (deferred.FirstOrDefault(d => d.MaterialId == m.Id) is not { } promise)
                {
                    errors[$"materials.{item.Id}"] = [$"“{item.Name}”缺少材料“{m.Name}”：请提交，或承诺补齐日期（容缺受理）。"];
                    continue;
                }

                outcomes.Add(new DeferPromiseRule().Check(new DeferFacts(m.Name, today, promise.PromisedOn, settings.DeferMaxDays)));
                promises.Add((m.Name, promise.PromisedOn));
            }

            if (promises.Count > 0)
            {
                deferrals[item.Id] = (string.Join("、", promises.Select(p => p.Name)), promises.Min(p => p.On));
            }
        }

        RequestValidation.ThrowIfAny(errors);
        Refusal.ThrowIfAnyFailed(outcomes);

        var calendar = await calendars.ForZoneAsync(zone, ct);
        var title = string.IsNullOrWhiteSpace(input.Title) ? Shorten(string.Join("、", items.Select(i => i.Name)), 200) : input.Title.Trim();
        var now = time.GetUtcNow();
        var json = JsonSerializer.Serialize(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value), Json);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Numbers are unique per zone: taken under a lock (SQLite: the IMMEDIATE transaction; PostgreSQL: an advisory lock),
        // with the unique index behind it.
        if (db.IsPostgres)
        {
            await AdvisoryLock.LockThenReadAsync(db, NumberingLockKey, "SELECT 1", _ => 0, ct);
        }

        var number = await NextNumberAsync(zone, today.Year, ct);
        var application = new ServiceApplication(zone, number, applicant.Id, title, json, actor.Name, now);
        db.Add(application);
        foreach (var item in items)
        {
            var row = new ApplicationItem(zone, application.Id, item.Id, item.DepartmentId, item.ClockLimitDays, today, calendar);
            if (deferrals.TryGetValue(item.Id, out var d))
            {
                row.Defer(d.Names, d.PromisedOn);
            }

            db.Add(row);
        }

        notices.ToOrganisation(zone, NoticeKind.Application, applicant.Id, $"办件 {number} 已受理",
            $"您申请的“{title}”已受理，共 {items.Count} 个事项，各部门将在承诺时限内并联办理。", Link(application.Id));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(actor, application.Id, ct);
    }

    private async Task<string> NextNumberAsync(ZoneId zone, int year, CancellationToken ct)
    {
        var prefix = $"SQ{year}-";
        var last = await db.Set<ServiceApplication>().Where(a => a.ZoneId == zone && a.Number.StartsWith(prefix)).MaxAsync(a => (string?)a.Number, ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return prefix + next.ToString("D6", CultureInfo.InvariantCulture);
    }

    private async Task<(Guid Id, string Name)> ApplicantAsync(Actor actor, ZoneId zone, Guid? named, CancellationToken ct)
    {
        Guid id;
        if (IsAdmin(actor))
        {
            id = named ?? throw Refusal.Invalid("organisationId", "请选择申请企业。");
        }
        else if (IsApplicant(actor))
        {
            id = actor.OrganisationId ?? throw Refusal.Forbidden();
            if (named is { } other && other != id)
            {
                throw Refusal.Forbidden("企业用户只能为本企业申请。");
            }
        }
        else
        {
            throw Refusal.Forbidden();
        }

        var org = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == id && o.ZoneId == zone && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator))
            .Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct) ?? throw Refusal.NotFound("企业");
        return (org.Id, org.Name);
    }

    private static Dictionary<string, string?> Clean(Dictionary<string, string?>? fields) =>
        (fields ?? []).ToDictionary(f => f.Key.Trim(), f => string.IsNullOrWhiteSpace(f.Value) ? null : f.Value.Trim(), StringComparer.Ordinal);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    // ---------------------------------------------------------------- the departments' decisions

    /// <summary>
    /// A department's decision on one item. Of two officers deciding at once, one wins: the item's Version is a
    /// concurrency token, so the second save finds it changed and is answered 409, with nothing of it saved.
    /// </summary>
    public async Task<ItemView> DecideAsync(Actor actor, Guid applicationId, Guid itemId, ReviewAction action, ReviewInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var (application, item) = await ItemAsync(actor, zone, applicationId, itemId, ct);
        if (!await MayDecideAsync(actor, zone, item.DepartmentId, ct))
        {
            throw Refusal.Forbidden("该事项不属于您所在的部门。");
        }

        if (input.Version is { } seen && seen != item.Version)
        {
            throw Refusal.Conflict("该事项已被他人处理，请刷新后重试。");
        }

        if (item.Status == ItemStatus.Correction)
        {
            throw Refusal.Conflict("该事项正在补正中，待申请人重新提交后再审查。");
        }

        if (!item.IsOpen)
        {
            throw Refusal.Conflict("该事项已办结，不能再作决定。");
        }

        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (action != ReviewAction.Approve && reason is null)
        {
            throw Refusal.Invalid("reason", action == ReviewAction.Return ? "请填写补正原因。" : "请填写不予办理的理由。");
        }

        var service = await db.Set<ServiceItem>().AsNoTracking().SingleAsync(s => s.Id == item.ServiceItemId, ct);
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var today = Clock.Today;
        var now = time.GetUtcNow();
        switch (action)
        {
            case ReviewAction.Approve:
                item.Decide(true, today, calendar, reason, actor.Name, now);
                if (ChineseFont.Available)
                {
                    db.Add(await ResultAsync(application, item, service, ct));
                }

                notices.ToOrganisation(zone, NoticeKind.Application, application.ApplicantId, $"“{service.Name}”准予办理",
                    $"办件 {application.Number} 的事项“{service.Name}”已准予办理，可下载《{service.ResultName}》。", Link(application.Id));
                break;
            case ReviewAction.Return:
                item.PauseForCorrection(today, calendar, reason!, actor.Name, now);
                notices.ToOrganisation(zone, NoticeKind.Application, application.ApplicantId, $"“{service.Name}”需要补正",
                    $"办件 {application.Number} 的事项“{service.Name}”退回补正：{reason}。补正期间办理时限暂停。", Link(application.Id));
                break;
            default:
                item.Decide(false, today, calendar, reason, actor.Name, now);
                notices.ToOrganisation(zone, NoticeKind.Application, application.ApplicantId, $"“{service.Name}”不予办理",
                    $"办件 {application.Number} 的事项“{service.Name}”不予办理：{reason}。", Link(application.Id));
                break;
        }

        await db.SaveChangesAsync(ct);
        await CloseIfDoneAsync(application, ct);
        return (await GetAsync(actor, applicationId, ct)).Items.Single(i => i.Id == itemId);
    }

    /// <summary>
    /// Closes the application once no item is open. Run after the decision's own commit, so of two departments deciding the
    /// last two items at once the later one sees both decided; if both close it, the second save finds it closed already.
    /// </summary>
    private async Task CloseIfDoneAsync(ServiceApplication application, CancellationToken ct)
    {
        if (application.Status != ApplicationStatus.Open
            || await db.Set<ApplicationItem>().AnyAsync(i => i.ApplicationId == application.Id && (i.Status == ItemStatus.InReview || i.Status == ItemStatus.Correction), ct))
        {
            return;
        }

        application.Close(time.GetUtcNow());
        var approved = await db.Set<ApplicationItem>().CountAsync(i => i.ApplicationId == application.Id && i.Status == ItemStatus.Approved, ct);
        notices.ToOrganisation(application.ZoneId, NoticeKind.Application, application.ApplicantId, $"办件 {application.Number} 已办结",
            $"“{application.Title}”已全部办结，准予办理 {approved} 项。", Link(application.Id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another decision closed it first: nothing left to do.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The applicant's correction (补正): the changed fields are checked against the form, and the clock resumes with the days it had left.</summary>
    public async Task<ItemView> ResubmitAsync(Actor actor, Guid applicationId, Guid itemId, ResubmitInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var (application, item) = await ItemAsync(actor, zone, applicationId, itemId, ct);
        RequireApplicant(actor);
        if (item.Status != ItemStatus.Correction)
        {
            throw Refusal.Conflict("该事项不在补正中，无需重新提交。");
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(application.FieldValues, Json) ?? [];
        foreach (var (key, value) in Clean(input.Fields))
        {
            values[key] = value;
        }

        var serviceIds = await db.Set<ApplicationItem>().Where(i => i.ApplicationId == application.Id).Select(i => i.ServiceItemId).ToListAsync(ct);
        var fields = await db.Set<FormField>().AsNoTracking().Where(f => f.ZoneId == zone && serviceIds.Contains(f.ItemId)).OrderBy(f => f.Order).ToListAsync(ct);
        var definitions = FieldDefinition.Merge(fields.OrderBy(f => serviceIds.IndexOf(f.ItemId)).ThenBy(f => f.Order).Select(FieldDefinition.Of));
        RequestValidation.ThrowIfAny(FormFieldRule.Errors(definitions, values));
        var known = await db.Set<ItemMaterial>().Where(m => m.ItemId == item.ServiceItemId).Select(m => m.Id).ToListAsync(ct);
        if ((input.Provided ?? []).Any(id => !known.Contains(id)))
        {
            throw Refusal.Invalid("provided", "该事项的材料清单中没有所列材料。");
        }

        application.FieldValues = JsonSerializer.Serialize(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value), Json);
        var calendar = await calendars.ForZoneAsync(zone, ct);
        item.Resume(Clock.Today, calendar);
        var name = await ServiceNameAsync(item, ct);
        notices.ToOrganisation(zone, NoticeKind.Application, application.ApplicantId, $"“{name}”补正材料已提交",
            $"办件 {application.Number} 的事项“{name}”已重新提交，办理时限恢复计算，剩余 {item.RemainingOn(Clock.Today, calendar)} 个工作日。", Link(application.Id));
        await db.SaveChangesAsync(ct);
        return (await GetAsync(actor, applicationId, ct)).Items.Single(i => i.Id == itemId);
    }

    /// <summary>容缺补齐: the department records that the promised material arrived.</summary>
    public async Task<ItemView> ReceiveDeferredAsync(Actor actor, Guid applicationId, Guid itemId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var (application, item) = await ItemAsync(actor, zone, applicationId, itemId, ct);
        if (!await MayDecideAsync(actor, zone, item.DepartmentId, ct))
        {
            throw Refusal.Forbidden("该事项不属于您所在的部门。");
        }

        if (item.DeferredMaterial is null || item.DeferredReceivedAt is not null)
        {
            throw Refusal.Conflict(item.DeferredMaterial is null ? "该事项没有容缺材料。" : "容缺材料已补齐。");
        }

        item.ReceiveDeferred(time.GetUtcNow());
        var name = await ServiceNameAsync(item, ct);
        notices.ToOrganisation(zone, NoticeKind.Application, application.ApplicantId, $"“{name}”容缺材料已补齐",
            $"办件 {application.Number} 的事项“{name}”已收到容缺材料：{item.DeferredMaterial}。", Link(application.Id));
        await db.SaveChangesAsync(ct);
        return (await GetAsync(actor, applicationId, ct)).Items.Single(i => i.Id == itemId);
    }

    /// <summary>The applicant withdraws an open application: every open item stops; decided ones stay as they are.</summary>
    public async Task<ApplicationDetail> WithdrawAsync(Actor actor, Guid applicationId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var application = await db.Set<ServiceApplication>().SingleOrDefaultAsync(a => a.Id == applicationId && a.ZoneId == zone, ct);
        if (application is null || !await MaySeeAsync(actor, zone, application, ct))
        {
            throw Refusal.NotFound("办件");
        }

        RequireApplicant(actor);
        if (application.Status != ApplicationStatus.Open)
        {
            throw Refusal.Conflict("办件已办结或已撤回，不能撤回。");
        }

        var now = time.GetUtcNow();
        foreach (var item in await db.Set<ApplicationItem>().Where(i => i.ApplicationId == application.Id).ToListAsync(ct))
        {
            if (item.IsOpen)
            {
                item.Withdraw(now);
            }
        }

        application.Withdraw(now);
        notices.ToOrganisation(zone, NoticeKind.Application, application.ApplicantId, $"办件 {application.Number} 已撤回",
            $"“{application.Title}”已由 {actor.Name} 撤回。", Link(application.Id));
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, applicationId, ct);
    }

    private static void RequireApplicant(Actor actor)
    {
        if (!IsApplicant(actor) && !IsAdmin(actor))
        {
            throw Refusal.Forbidden("只有申请企业可以补正或撤回。");
        }
    }

    private async Task<(ServiceApplication Application, ApplicationItem Item)> ItemAsync(Actor actor, ZoneId zone, Guid applicationId, Guid itemId, CancellationToken ct)
    {
        var application = await db.Set<ServiceApplication>().SingleOrDefaultAsync(a => a.Id == applicationId && a.ZoneId == zone, ct);
        var item = application is null ? null : await db.Set<ApplicationItem>().SingleOrDefaultAsync(i => i.Id == itemId && i.ApplicationId == applicationId, ct);
        if (application is null || item is null || !await MaySeeAsync(actor, zone, application, ct))
        {
            throw Refusal.NotFound("办件事项");
        }

        return (application, item);
    }

    private async Task<bool> MayDecideAsync(Actor actor, ZoneId zone, Guid departmentId, CancellationToken ct) =>
        IsAdmin(actor) || (actor.IsIn(Roles.DepartmentOfficer) && (await departments.OfUserAsync(zone, actor.UserId, ct)).Contains(departmentId));

    private async Task<string> ServiceNameAsync(ApplicationItem item, CancellationToken ct) =>
        await db.Set<ServiceItem>().Where(s => s.Id == item.ServiceItemId).Select(s => s.Name).SingleAsync(ct);

    // ---------------------------------------------------------------- result documents

    private async Task<ResultDocument> ResultAsync(ServiceApplication application, ApplicationItem item, ServiceItem service, CancellationToken ct)
    {
        var enterprise = await db.Organisations.Where(o => o.Id == application.ApplicantId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var department = await db.Set<Department>().Where(d => d.Id == item.DepartmentId).Select(d => d.Name).SingleAsync(ct);
        var number = $"{application.Number}-{service.Code}";
        using var pdf = new PdfReport(service.ResultName);
        pdf.Figures([
            ("文号", number),
            ("申请单位", enterprise),
            ("办理事项", service.Name),
            ("办理部门", department),
            ("准予办理日期", item.DecidedOn!.Value.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
            ("办理用时", $"{item.WorkingDaysUsed} 个工作日（时限 {item.LimitDays} 个工作日）"),
        ]);
        pdf.Paragraph($"经审查，{enterprise}申请的“{service.Name}”符合规定，准予办理，特发此《{service.ResultName}》。");
        if (item.DecisionReason is { } opinion)
        {
            pdf.Paragraph($"审查意见：{opinion}");
        }

        pdf.Note($"{department}　{item.DecidedOn.Value.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}。本文件由自贡高新区企业服务平台生成，办件编号 {application.Number}。");
        return new ResultDocument(application.ZoneId, application.Id, item.Id, number, $"{number}.pdf", pdf.ToBytes(), time.GetUtcNow());
    }

    /// <summary>
    /// An approved item's result document, for the applicant and the staff who may see the application. Made at approval;
    /// an approval saved while the server had no Chinese font gets it now (503 while there still is none).
    /// </summary>
    public async Task<(string FileName, byte[] Content)> ResultPdfAsync(Actor actor, Guid applicationId, Guid itemId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var (application, item) = await ItemAsync(actor, zone, applicationId, itemId, ct);
        if (item.Status != ItemStatus.Approved)
        {
            throw Refusal.NotFound("办理结果");
        }

        var stored = await db.Set<ResultDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.ApplicationItemId == item.Id, ct);
        if (stored is null)
        {
            var service = await db.Set<ServiceItem>().AsNoTracking().SingleAsync(s => s.Id == item.ServiceItemId, ct);
            stored = await ResultAsync(application, item, service, ct);
            db.Add(stored);
            await db.SaveChangesAsync(ct);
        }

        return (stored.FileName, stored.Content);
    }

    // ---------------------------------------------------------------- reads

    private async Task<IQueryable<ServiceApplication>> VisibleAsync(Actor actor, ZoneId zone, CancellationToken ct)
    {
        var q = db.Set<ServiceApplication>().AsNoTracking().Where(a => a.ZoneId == zone);
        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            return q.Where(a => a.ApplicantId == own);
        }

        if (IsOfficer(actor))
        {
            var mine = await departments.OfUserAsync(zone, actor.UserId, ct);
            return q.Where(a => db.Set<ApplicationItem>().Any(i => i.ApplicationId == a.Id && mine.Contains(i.DepartmentId)));
        }

        return ServicesAccess.Overseers.Any(actor.IsIn) ? q : q.Where(_ => false);
    }

    private async Task<bool> MaySeeAsync(Actor actor, ZoneId zone, ServiceApplication application, CancellationToken ct) =>
        await (await VisibleAsync(actor, zone, ct)).AnyAsync(a => a.Id == application.Id, ct);

    /// <summary>One page of applications, newest first, searchable by number, title or enterprise name.</summary>
    public async Task<Page<ApplicationRow>> ListAsync(Actor actor, ApplicationFilter filter, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var zone = new ZoneId(actor.ZoneId);
        var q = await VisibleAsync(actor, zone, ct);
        if (filter.Status is { } status)
        {
            q = q.Where(a => a.Status == status);
        }

        if (filter.ItemStatus is { } itemStatus)
        {
            q = q.Where(a => db.Set<ApplicationItem>().Any(i => i.ApplicationId == a.Id && i.Status == itemStatus));
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim();
            var orgs = db.Organisations.Where(o => o.ZoneId == zone && o.Name.Contains(text)).Select(o => o.Id);
            q = q.Where(a => a.Number.Contains(text) || a.Title.Contains(text) || orgs.Contains(a.ApplicantId));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Number).Skip(page.Skip).Take(page.Size)
            .Select(a => new
            {
                a.Id, a.Number, a.Title, a.ApplicantId, a.Status, a.SubmittedAt, a.ClosedAt,
                Name = db.Organisations.Where(o => o.Id == a.ApplicantId).Select(o => o.Name).FirstOrDefault(),
                Items = db.Set<ApplicationItem>().Count(i => i.ApplicationId == a.Id),
                Open = db.Set<ApplicationItem>().Count(i => i.ApplicationId == a.Id && (i.Status == ItemStatus.InReview || i.Status == ItemStatus.Correction)),
            }).ToListAsync(ct);
        return new Page<ApplicationRow>([.. rows.Select(r => new ApplicationRow(r.Id, r.Number, r.Title, r.ApplicantId, r.Name ?? string.Empty, r.Status, r.SubmittedAt, r.Items, r.Open, r.ClosedAt))],
            page.Number, page.Size, total);
    }

    /// <summary>One application with its fields and every item's clock.</summary>
    public async Task<ApplicationDetail> GetAsync(Actor actor, Guid applicationId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var application = await (await VisibleAsync(actor, zone, ct)).SingleOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw Refusal.NotFound("办件");
        var items = await db.Set<ApplicationItem>().AsNoTracking().Where(i => i.ApplicationId == applicationId).ToListAsync(ct);
        var serviceIds = items.Select(i => i.ServiceItemId).ToList();
        var services = await db.Set<ServiceItem>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var names = await db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var fields = await db.Set<FormField>().AsNoTracking().Where(f => serviceIds.Contains(f.ItemId)).ToListAsync(ct);
        var applicant = await db.Organisations.Where(o => o.Id == application.ApplicantId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? string.Empty;
        var mine = IsAdmin(actor) ? null : actor.IsIn(Roles.DepartmentOfficer) ? await departments.OfUserAsync(zone, actor.UserId, ct) : [];
        var applicantSide = IsApplicant(actor) || IsAdmin(actor);
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var today = Clock.Today;

        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(application.FieldValues, Json) ?? [];
        var definitions = FieldDefinition.Merge(items.SelectMany(i => fields.Where(f => f.ItemId == i.ServiceItemId).OrderBy(f => f.Order)).Select(FieldDefinition.Of));
        var views = items.OrderBy(i => services[i.ServiceItemId].Code).Select(i =>
        {
            var s = services[i.ServiceItemId];
            int? remaining = i.IsOpen ? i.RemainingOn(today, calendar) : null;
            var overdue = i.IsOpen ? remaining < 0 : i.DecidedOn is { } on && on > i.DueOn && i.Status != ItemStatus.Withdrawn;
            return new ItemView(i.Id, s.Id, s.Code, s.Name, i.DepartmentId, names.GetValueOrDefault(i.DepartmentId, string.Empty), i.Status, i.LimitDays,
                i.AcceptedOn, i.DueOn, remaining, overdue, i.Corrections, i.DeferredMaterial, i.DeferredPromisedOn, i.DeferredReceivedAt, i.DecisionReason,
                i.DecidedBy, i.DecidedOn, i.WorkingDaysUsed, i.Version, s.Result, s.ResultName,
                i.Status == ItemStatus.Approved ? ResultUrl(application.Id, i.Id) : null,
                i.Status == ItemStatus.InReview && (mine is null || mine.Contains(i.DepartmentId)),
                i.Status == ItemStatus.Correction && applicantSide);
        }).ToList();
        return new ApplicationDetail(application.Id, application.Number, application.Title, application.ApplicantId, applicant, application.Status,
            application.SubmittedAt, application.SubmittedBy, application.ClosedAt, application.Version,
            [.. definitions.Select(d => new FieldValueView(d.Key, d.Label, values.GetValueOrDefault(d.Key)))], views,
            application.Status == ApplicationStatus.Open && applicantSide);
    }
}
