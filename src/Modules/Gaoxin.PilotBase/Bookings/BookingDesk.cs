using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gaoxin.PilotBase.Bookings;

/// <summary>
/// Bookings and maintenance windows: creating them (rules first, then the database's no-overlap guarantee, whose
/// violation is translated into a 409 naming what holds the slot), the operator's queue transitions, lists and calendars.
/// </summary>
public sealed class BookingDesk(GaoxinDbContext db, IServiceProvider services, TimeProvider time)
{
    private const string OverlapConstraint = "pilot_base_bookings_no_overlap";
    private const string Occupied = "已占用";

    private ZoneClock Clock => ZoneClock.Of(time);

    private static bool IsOperator(Actor a) => PilotBaseAccess.Operators.Any(a.IsIn);

    private static bool MayBook(Actor a) => PilotBaseAccess.Bookers.Any(a.IsIn);

    /// <summary>Creates the booking (one row per resource, in one transaction): all rows are saved, or none.</summary>
    public async Task<IReadOnlyList<BookingView>> CreateAsync(Actor actor, BookingInput input, CancellationToken ct)
    {
        if (!MayBook(actor))
        {
            throw Refusal.Forbidden();
        }

        var zone = new ZoneId(actor.ZoneId);
        var (resources, service) = await TargetsAsync(zone, input.ResourceId, input.ServiceId, ct);
        var (customer, organisationId, customerName) = await CustomerAsync(actor, zone, input, ct);

        var now = Clock.Now;
        foreach (var r in resources)
        {
            Refusal.ThrowIfAnyFailed(BookingRules.Check(new BookingFacts(now, input.StartsAt, input.EndsAt, r.Code, r.Status, r.MaxBatchSize, r.BatchUnit, input.BatchSize)));
        }

        var rows = resources.Select((r, i) =>
        {
            var (price, unit) = service is null ? BookingPrice.OfResource(r) : (service.Price, service.PriceUnit);
            return new Booking(zone, r.Id, BookingKind.Booking, input.StartsAt, input.EndsAt, customer, input.Purpose.Trim(), actor.Name, time.GetUtcNow())
            {
                OrganisationId = organisationId,
                ProjectId = input.ProjectId,
                ServiceId = service?.Id,
                CustomerName = customerName,
                BatchSize = input.BatchSize,
                // A service is priced once: its whole price sits on the first resource's row, so revenue sums stay right.
                Price = i == 0 ? BookingPrice.Of(price, unit, input.StartsAt, input.EndsAt) : 0m,
            };
        }).ToList();

        await SaveHoldingAsync(rows, ct);
        var names = resources.ToDictionary(r => r.Id);
        return rows.Select(b => View(b, names[b.ResourceId], customerName)).ToList();
    }

    /// <summary>An operator's maintenance window (维护窗口) on a resource: the same table, so the same guarantee refuses overlaps.</summary>
    public async Task<BookingView> CreateMaintenanceAsync(Actor actor, MaintenanceInput input, CancellationToken ct)
    {
        RequireOperator(actor);
        var zone = new ZoneId(actor.ZoneId);
        var resource = await db.Set<Resource>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == input.ResourceId && r.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("资源");
        // A window may be planned on a resource in any status but retired; the range rules still hold.
        var facts = new BookingFacts(Clock.Now, input.StartsAt, input.EndsAt, resource.Code, resource.Status, null, null, null);
        Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(facts, new PositiveRangeRule(), new NotInPastRule()));
        if (resource.Status == ResourceStatus.Retired)
        {
            throw Refusal.ByRule(new ResourceBookableRule().Check(facts));
        }

        var row = new Booking(zone, resource.Id, BookingKind.Maintenance, input.StartsAt, input.EndsAt, CustomerKind.Base, input.Purpose.Trim(), actor.Name, time.GetUtcNow());
        await SaveHoldingAsync([row], ct);
        return View(row, resource, null);
    }

    /// <summary>Removes a maintenance window that has not ended yet (a past window is history and stays).</summary>
    public async Task RemoveMaintenanceAsync(Actor actor, Guid id, CancellationToken ct)
    {
        RequireOperator(actor);
        var zone = new ZoneId(actor.ZoneId);
        var row = await db.Set<Booking>().SingleOrDefaultAsync(b => b.Id == id && b.ZoneId == zone && b.Kind == BookingKind.Maintenance, ct)
            ?? throw Refusal.NotFound("维护窗口");
        if (row.EndsAt <= time.GetUtcNow())
        {
            throw Refusal.Conflict("维护窗口已结束，作为历史记录保留，不能删除。");
        }

        db.Remove(row);
        await db.SaveChangesAsync(ct);
    }

    public Task<BookingView> ApproveAsync(Actor actor, Guid id, CancellationToken ct) =>
        TransitionAsync(actor, id, true, (b, by, at) => b.Approve(by, at), ct);

    public Task<BookingView> RejectAsync(Actor actor, Guid id, string reason, CancellationToken ct) =>
        TransitionAsync(actor, id, true, (b, by, at) => b.Reject(by, at, reason), ct);

    public Task<BookingView> NoShowAsync(Actor actor, Guid id, string? note, CancellationToken ct) =>
        TransitionAsync(actor, id, true, (b, by, at) => b.MarkNoShow(by, at, note), ct);

    public Task<BookingView> CompleteAsync(Actor actor, Guid id, string? note, CancellationToken ct) =>
        TransitionAsync(actor, id, true, (b, by, at) => b.Complete(by, at, note), ct);

    /// <summary>The booker (their organisation's booking) or an operator cancels.</summary>
    public Task<BookingView> CancelAsync(Actor actor, Guid id, string? reason, CancellationToken ct) =>
        TransitionAsync(actor, id, false, (b, by, at) => b.Cancel(by, at, reason), ct);

    private async Task<BookingView> TransitionAsync(Actor actor, Guid id, bool operatorOnly, Action<Booking, string, DateTimeOffset> change, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var row = await db.Set<Booking>().SingleOrDefaultAsync(b => b.Id == id && b.ZoneId == zone && b.Kind == BookingKind.Booking, ct);
        if (row is null || !MaySee(actor, row))
        {
            throw Refusal.NotFound("预约");
        }

        if (operatorOnly ? !IsOperator(actor) : !(IsOperator(actor) || MayBook(actor)))
        {
            throw Refusal.Forbidden();
        }

        change(row, actor.Name, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var resource = await db.Set<Resource>().AsNoTracking().SingleAsync(r => r.Id == row.ResourceId, ct);
        return View(row, resource, await CustomerNameAsync(row, ct));
    }

    public async Task<BookingView> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var row = await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.ZoneId == zone, ct);
        if (row is null || !MaySee(actor, row))
        {
            throw Refusal.NotFound("预约");
        }

        var resource = await db.Set<Resource>().AsNoTracking().SingleAsync(r => r.Id == row.ResourceId, ct);
        return View(row, resource, await CustomerNameAsync(row, ct));
    }

    /// <summary>One page of bookings, newest start first; organisation-bound users see their own organisation's only.</summary>
    public async Task<Page<BookingView>> ListAsync(Actor actor, BookingFilter filter, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<Booking>().AsNoTracking().Where(b => b.ZoneId == zone);
        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            q = q.Where(b => b.Kind == BookingKind.Booking && b.OrganisationId == own);
        }
        else
        {
            var kind = filter.Kind ?? BookingKind.Booking;
            q = q.Where(b => b.Kind == kind);
        }

        if (filter.Mine)
        {
            var me = actor.Name;
            q = q.Where(b => b.RequestedBy == me);
        }

        if (filter.Status is { } status)
        {
            q = q.Where(b => b.Status == status);
        }

        if (filter.ResourceId is { } resourceId)
        {
            q = q.Where(b => b.ResourceId == resourceId);
        }

        if (filter.Customer is { } customer)
        {
            q = q.Where(b => b.Customer == customer);
        }

        if (filter.From is { } from)
        {
            var f = from.ToUniversalTime();
            q = q.Where(b => b.EndsAt > f);
        }

        if (filter.To is { } to)
        {
            var t = to.ToUniversalTime();
            q = q.Where(b => b.StartsAt < t);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(b => b.StartsAt).ThenBy(b => b.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var views = await ViewsAsync(rows, ct);
        return new Page<BookingView>(views, page.Number, page.Size, total);
    }

    /// <summary>One resource's holding rows over a week (from the Monday of <paramref name="day"/>) or a month, in the zone's calendar.</summary>
    public async Task<CalendarView> CalendarAsync(Actor actor, Guid resourceId, DateOnly day, bool month, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var resource = await db.Set<Resource>().AsNoTracking().Where(r => r.Id == resourceId && r.ZoneId == zone)
            .Select(r => new { r.Id, r.Code, r.Name, r.Status }).SingleOrDefaultAsync(ct) ?? throw Refusal.NotFound("资源");
        var first = month ? new DateOnly(day.Year, day.Month, 1) : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var from = ZoneClock.At(first, TimeOnly.MinValue);
        var to = ZoneClock.At(month ? first.AddMonths(1) : first.AddDays(7), TimeOnly.MinValue);
        var slots = await SlotsAsync(actor, [resourceId], from, to, ct);
        return new CalendarView(resource.Id, resource.Code, resource.Name, resource.Status, from, to, slots);
    }

    /// <summary>The form's live check: what holds [start, end) on the resource or the service's resources, the rules it fails, the price.</summary>
    public async Task<ConflictCheck> CheckAsync(Actor actor, Guid? resourceId, Guid? serviceId, DateTimeOffset startsAt, DateTimeOffset endsAt, decimal? batchSize, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var (resources, service) = await TargetsAsync(zone, resourceId, serviceId, ct);
        var now = Clock.Now;
        var problems = resources
            .SelectMany(r => BookingRules.Check(new BookingFacts(now, startsAt, endsAt, r.Code, r.Status, r.MaxBatchSize, r.BatchUnit, batchSize)))
            .Where(o => !o.Passed).Select(o => o.Message).Distinct().ToList();
        var conflicts = endsAt > startsAt ? await SlotsAsync(actor, resources.Select(r => r.Id).ToList(), startsAt, endsAt, ct) : [];
        decimal? price = null;
        if (endsAt > startsAt && resources.Count > 0)
        {
            var (unitPrice, unit) = service is null ? BookingPrice.OfResource(resources[0]) : (service.Price, service.PriceUnit);
            price = BookingPrice.Of(unitPrice, unit, startsAt, endsAt);
        }

        return new ConflictCheck(conflicts.Count == 0 && problems.Count == 0, conflicts, problems, price);
    }

    /// <summary>What the booking form offers.</summary>
    public async Task<(IReadOnlyList<BookableResource> Resources, IReadOnlyList<BookableService> Services)> BookableAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var resources = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zone && r.Status != ResourceStatus.Retired).OrderBy(r => r.Code)
            .Select(r => new BookableResource(r.Id, r.Code, r.Name, r.Kind, r.Status, r.MaxBatchSize, r.BatchUnit)).ToListAsync(ct);
        var links = await db.Set<ServiceResource>().AsNoTracking().Where(s => s.ZoneId == zone).ToListAsync(ct);
        var services = await db.Set<PilotService>().AsNoTracking().Where(s => s.ZoneId == zone && s.Published).OrderBy(s => s.Code).ToListAsync(ct);
        return (resources, services.Select(s => new BookableService(s.Id, s.Code, s.Name, links.Where(l => l.ServiceId == s.Id).Select(l => l.ResourceId).ToList())).ToList());
    }

    private async Task<List<CalendarSlot>> SlotsAsync(Actor actor, IReadOnlyList<Guid> resourceIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var f = from.ToUniversalTime();
        var t = to.ToUniversalTime();
        var rows = await db.Set<Booking>().AsNoTracking()
            .Where(b => resourceIds.Contains(b.ResourceId) && b.HoldsSlot && b.StartsAt < t && f < b.EndsAt)
            .OrderBy(b => b.StartsAt).ToListAsync(ct);
        var names = IsOperator(actor) ? await CustomerNamesAsync(rows, ct) : [];
        return rows.Select(b => Slot(actor, b, names.GetValueOrDefault(b.Id))).ToList();
    }

    private static CalendarSlot Slot(Actor actor, Booking b, string? customerName)
    {
        if (b.Kind == BookingKind.Maintenance)
        {
            return new CalendarSlot(b.Id, b.Kind, b.Status, b.StartsAt, b.EndsAt, "维护窗口：" + b.Purpose, true);
        }

        if (IsOperator(actor))
        {
            return new CalendarSlot(b.Id, b.Kind, b.Status, b.StartsAt, b.EndsAt, $"{customerName ?? "—"}：{b.Purpose}", true);
        }

        var own = actor.OrganisationId is { } org && b.OrganisationId == org;
        return own
            ? new CalendarSlot(b.Id, b.Kind, b.Status, b.StartsAt, b.EndsAt, b.Purpose, true)
            : new CalendarSlot(null, b.Kind, b.Status, b.StartsAt, b.EndsAt, Occupied, false);
    }

    /// <summary>
    /// Saves holding rows in one transaction. The database refuses an overlap (PostgreSQL 23P01 from the exclusion constraint,
    /// SQLite the trigger's abort); that refusal is read back as the row now holding the range and answered as a 409 naming it.
    /// </summary>
    private async Task SaveHoldingAsync(IReadOnlyList<Booking> rows, CancellationToken ct)
    {
        db.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsOverlap(ex))
        {
            db.ChangeTracker.Clear();
            throw await OverlapRefusalAsync(rows, ct);
        }
    }

    public static bool IsOverlap(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ExclusionViolation,
        SqliteException sqlite => sqlite.Message.Contains(OverlapConstraint, StringComparison.Ordinal),
        _ => false,
    };

    private async Task<Refusal> OverlapRefusalAsync(IReadOnlyList<Booking> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ResourceId).ToList();
        var f = rows[0].StartsAt;
        var t = rows[0].EndsAt;
        var holder = await db.Set<Booking>().AsNoTracking()
            .Where(b => ids.Contains(b.ResourceId) && b.HoldsSlot && b.StartsAt < t && f < b.EndsAt)
            .OrderBy(b => b.StartsAt).FirstOrDefaultAsync(ct);
        if (holder is null)
        {
            // The holder was released between the refusal and this read; the person can simply try again.
            return Refusal.Conflict("所选时段刚被占用后又已释放，请重试。");
        }

        var code = await db.Set<Resource>().Where(r => r.Id == holder.ResourceId).Select(r => r.Code).SingleAsync(ct);
        var what = holder.Kind == BookingKind.Maintenance ? "维护窗口" : "预约";
        return Refusal.Conflict(
            $"时段冲突（NoOverlapRule）：资源 {code} 在 {Shown.At(holder.StartsAt)} 至 {Shown.At(holder.EndsAt)} 已被{what} {holder.Id} 占用（{Booking.StatusText(holder.Status)}），所选时段与其重叠。");
    }

    private async Task<(List<Resource> Resources, PilotService? Service)> TargetsAsync(ZoneId zone, Guid? resourceId, Guid? serviceId, CancellationToken ct)
    {
        if ((resourceId is null) == (serviceId is null))
        {
            throw Refusal.Invalid("resourceId", "请选择一个资源或一项服务（二选一）。");
        }

        if (resourceId is { } rid)
        {
            var resource = await db.Set<Resource>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == rid && r.ZoneId == zone, ct) ?? throw Refusal.NotFound("资源");
            return ([resource], null);
        }

        var service = await db.Set<PilotService>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.ZoneId == zone, ct) ?? throw Refusal.NotFound("服务");
        var resources = await db.Set<Resource>().AsNoTracking()
            .Where(r => db.Set<ServiceResource>().Any(l => l.ServiceId == service.Id && l.ResourceId == r.Id))
            .OrderBy(r => r.Code).ToListAsync(ct);
        if (resources.Count == 0)
        {
            throw Refusal.Conflict($"服务“{service.Name}”未配置所需资源，请联系运营方。");
        }

        return (resources, service);
    }

    /// <summary>Who the booking is for. Organisation-bound users book for their own organisation; operators name the customer.</summary>
    private async Task<(CustomerKind Kind, Guid? OrganisationId, string? Name)> CustomerAsync(Actor actor, ZoneId zone, BookingInput input, CancellationToken ct)
    {
        RelayProject? project = null;
        if (input.ProjectId is { } projectId)
        {
            // The relay is another module: a build without it books without naming a relay project.
            var relay = services.GetService<IRelayProjects>() ?? throw Refusal.Unavailable("接力项目（科技成果转化）模块未启用，无法按接力项目预约。");
            project = await relay.FindAsync(zone.Value, projectId, ct) ?? throw Refusal.NotFound("接力项目");
        }

        if (!IsOperator(actor))
        {
            var own = actor.OrganisationId ?? throw Refusal.Forbidden("您的账号未关联单位，不能预约。");
            if ((input.OrganisationId is { } asked && asked != own) || !string.IsNullOrWhiteSpace(input.CustomerName))
            {
                throw Refusal.Forbidden("企业和院所用户只能为本单位预约。");
            }

            if (project is not null && project.LeadOrganisationId != own && project.CompanyOrganisationId != own)
            {
                throw Refusal.Forbidden("该接力项目不属于您的单位。");
            }

            var kind = project is not null ? CustomerKind.RelayProject : actor.IsIn(Roles.InstituteUser) ? CustomerKind.Institute : CustomerKind.Enterprise;
            return (kind, own, null);
        }

        if (input.OrganisationId is { } organisationId)
        {
            var org = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId && o.ZoneId == zone).Select(o => new { o.Kind }).SingleOrDefaultAsync(ct)
                ?? throw Refusal.NotFound("单位");
            var kind = project is not null ? CustomerKind.RelayProject : org.Kind == OrganisationKind.Institute ? CustomerKind.Institute : CustomerKind.Enterprise;
            return (kind, organisationId, null);
        }

        if (project is not null)
        {
            return (CustomerKind.RelayProject, project.CompanyOrganisationId ?? project.LeadOrganisationId, null);
        }

        if (!string.IsNullOrWhiteSpace(input.CustomerName))
        {
            return (CustomerKind.External, null, input.CustomerName.Trim());
        }

        throw Refusal.Invalid("customerName", "请选择客户单位、接力项目，或填写区外单位名称。");
    }

    private static void RequireOperator(Actor actor)
    {
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }
    }

    private static bool MaySee(Actor actor, Booking b) =>
        !actor.IsOrganisationBound || (b.Kind == BookingKind.Booking && actor.OrganisationId is { } org && b.OrganisationId == org);

    private async Task<string?> CustomerNameAsync(Booking b, CancellationToken ct) =>
        (await CustomerNamesAsync([b], ct)).GetValueOrDefault(b.Id);

    private async Task<Dictionary<Guid, string>> CustomerNamesAsync(IReadOnlyList<Booking> rows, CancellationToken ct)
    {
        var orgIds = rows.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        var orgs = orgIds.Count == 0 ? [] : await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var names = new Dictionary<Guid, string>();
        foreach (var r in rows)
        {
            var name = r.CustomerName ?? (r.OrganisationId is { } o ? orgs.GetValueOrDefault(o) : null) ?? (r.Kind == BookingKind.Maintenance ? "基地维护" : null);
            if (name is not null)
            {
                names[r.Id] = name;
            }
        }

        return names;
    }

    private async Task<List<BookingView>> ViewsAsync(IReadOnlyList<Booking> rows, CancellationToken ct)
    {
        var resourceIds = rows.Select(r => r.ResourceId).Distinct().ToList();
        var resources = await db.Set<Resource>().AsNoTracking().Where(r => resourceIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var names = await CustomerNamesAsync(rows, ct);
        return rows.Select(b => View(b, resources[b.ResourceId], names.GetValueOrDefault(b.Id))).ToList();
    }

    private static BookingView View(Booking b, Resource r, string? customerName) => new(
        b.Id, b.ResourceId, r.Code, r.Name, b.Kind, b.Status, b.StartsAt, b.EndsAt, b.Customer, b.OrganisationId, customerName ?? b.CustomerName, b.ProjectId, b.ServiceId,
        b.Purpose, b.BatchSize, b.Price, b.RequestedBy, b.CreatedAt, b.DecidedBy, b.DecidedAt, b.DecisionNote, b.CancelledLate);
}
