using System.Linq.Expressions;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Queues;

/// <summary>The queue's filters: one department (of the caller's), the item's status, the clock's state, a catalogue item, a number or enterprise name.</summary>
public sealed record QueueFilter(Guid? Department = null, ItemStatus? Status = null, ClockState? State = null, Guid? Item = null, string? Search = null);

/// <summary>One open item in a department's queue, with its clock as of today.</summary>
public sealed record QueueRow(Guid Id, Guid ApplicationId, string Number, Guid ApplicantId, string Enterprise, Guid ServiceItemId, string ItemCode,
    string ItemName, Guid DepartmentId, string Department, DateOnly AcceptedOn, DateOnly DueOn, int Remaining, int LimitDays, decimal UsedShare,
    ItemStatus Status, ClockState State, int Corrections, string? DeferredMaterial, DateOnly? DeferredPromisedOn, bool DeferredReceived);

/// <summary>How many open items the filter (without its state) finds in each state, for the filter bar.</summary>
public sealed record QueueCounts(int All, int Normal, int Warning, int Overdue, int Paused);

public sealed record QueueDepartment(Guid Id, string Code, string Name);

/// <summary>
/// A page of the queue, the counts by state, today's date and whether today's year has a published calendar
/// (otherwise only weekends are known and the clocks are provisional), and the departments the caller may choose.
/// </summary>
public sealed record QueueView(Page<QueueRow> Page, QueueCounts Counts, DateOnly Today, bool CalendarCovers, IReadOnlyList<QueueDepartment> Departments);

/// <summary>
/// The departments' work queues (部门工作台): open items (审查中、补正中) by due day. An officer sees the departments they are a
/// member of, the zone admin every department of the zone. It stays fast on a large queue: rows come in stored due-day
/// order from the (zone, department, status, due) index, remaining working days are counted only for the page's rows,
/// and the counts by state compare the stored due day with dates computed once from the calendar (the last working
/// day up to today for 超期; per limit, the first day whose items have more than a fifth of their limit left for 预警).
/// </summary>
public sealed class QueueBook(GaoxinDbContext db, ZoneCalendar calendars, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<QueueView> ListAsync(Actor actor, QueueFilter filter, PageRequest page, CancellationToken ct)
    {
        page = new PageRequest(page.Number, Math.Min(page.Size, MaxPageSize));
        var zone = new ZoneId(actor.ZoneId);
        var (departments, choices) = await ScopeAsync(actor, filter.Department, ct);
        var today = ZoneClock.Of(time).Today;
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var bounds = new Bounds(calendar, today);
        var open = Filtered(zone, departments, filter);
        var (counts, limits) = await CountAsync(open, bounds, ct);
        var rows = await RowsAsync(ByState(open, filter.State, bounds, limits), page.Skip, page.Size, today, calendar, ct);
        var total = filter.State switch
        {
            ClockState.Normal => counts.Normal,
            ClockState.Warning => counts.Warning,
            ClockState.Overdue => counts.Overdue,
            ClockState.Paused => counts.Paused,
            _ => counts.All,
        };
        return new QueueView(new Page<QueueRow>(rows, page.Number, page.Size, total), counts, today, calendar.Covers(today.Year), choices);
    }

    /// <summary>Every row the filter finds (the export), in queue order.</summary>
    public async Task<List<QueueExportRow>> ExportRowsAsync(Actor actor, QueueFilter filter, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var (departments, _) = await ScopeAsync(actor, filter.Department, ct);
        var today = ZoneClock.Of(time).Today;
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var bounds = new Bounds(calendar, today);
        var open = Filtered(zone, departments, filter);
        var (_, limits) = await CountAsync(open, bounds, ct);
        var rows = await RowsAsync(ByState(open, filter.State, bounds, limits), 0, int.MaxValue, today, calendar, ct);
        return rows.Select((r, i) => new QueueExportRow(i + 1, r.Number, r.Enterprise, r.ItemName, r.Department, Day(r.AcceptedOn), Day(r.DueOn),
            r.Remaining, r.LimitDays, Math.Round(r.UsedShare * 100, 1), ServicesText.Get("ClockState." + r.State), ServicesText.Get("Queue.ItemStatus." + r.Status),
            r.DeferredMaterial is null ? string.Empty : $"{r.DeferredMaterial}（{Day(r.DeferredPromisedOn)}）")).ToList();
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// The departments whose items the caller may see (null: the whole zone, for the zone admin without a choice) and
    /// those they may choose from. An officer naming another department, or anyone else, is refused.
    /// </summary>
    internal async Task<(List<Guid>? Ids, List<QueueDepartment> Choices)> ScopeAsync(Actor actor, Guid? department, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var all = db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone);
        if (actor.IsIn(Roles.ZoneAdmin))
        {
            var choices = await all.OrderBy(d => d.Code).Select(d => new QueueDepartment(d.Id, d.Code, d.Name)).ToListAsync(ct);
            if (department is { } chosen)
            {
                return choices.Any(c => c.Id == chosen) ? ([chosen], choices) : throw Refusal.NotFound("部门");
            }

            return (null, choices);
        }

        if (!actor.IsIn(Roles.DepartmentOfficer))
        {
            throw Refusal.Forbidden();
        }

        var userId = actor.UserId;
        var mine = await all.Where(d => db.Set<DepartmentMember>().Any(m => m.DepartmentId == d.Id && m.UserId == userId))
            .OrderBy(d => d.Code).Select(d => new QueueDepartment(d.Id, d.Code, d.Name)).ToListAsync(ct);
        if (department is { } one)
        {
            return mine.Any(c => c.Id == one) ? ([one], mine) : throw Refusal.Forbidden();
        }

        return ([.. mine.Select(d => d.Id)], mine);
    }

    private IQueryable<ApplicationItem> Filtered(ZoneId zone, List<Guid>? departments, QueueFilter f)
    {
        var q = db.Set<ApplicationItem>().AsNoTracking().Where(i => i.ZoneId == zone && (i.Status == ItemStatus.InReview || i.Status == ItemStatus.Correction));
        if (departments is [var single])
        {
            q = q.Where(i => i.DepartmentId == single);
        }
        else if (departments is not null)
        {
            q = q.Where(i => departments.Contains(i.DepartmentId));
        }

        if (f.Status is ItemStatus.InReview or ItemStatus.Correction)
        {
            var status = f.Status.Value;
            q = q.Where(i => i.Status == status);
        }
        else if (f.Status is not null)
        {
            q = q.Where(i => false);
        }

        if (f.Item is { } item)
        {
            q = q.Where(i => i.ServiceItemId == item);
        }

        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(i => db.Set<ServiceApplication>().Any(a => a.Id == i.ApplicationId
                && (a.Number.Contains(s) || db.Organisations.Any(o => o.Id == a.ApplicantId && o.Name.Contains(s)))));
        }

        return q;
    }

    /// <summary>
    /// Counts by state in two grouped queries: by (status, due before the last working day) for 补正中 and 超期, and the
    /// running items not yet late by (limit, due day) — a few hundred groups at most, each judged once by the rules.
    /// Returns the limits among the running items, from which the 预警 filter is built.
    /// </summary>
    private static async Task<(QueueCounts Counts, List<int> Limits)> CountAsync(IQueryable<ApplicationItem> open, Bounds bounds, CancellationToken ct)
    {
        var late = bounds.LastWorkingDay;
        var byStatus = await open.GroupBy(i => new { i.Status, Late = i.DueOn < late }).Select(g => new { g.Key.Status, g.Key.Late, Count = g.Count() }).ToListAsync(ct);
        var paused = byStatus.Where(g => g.Status == ItemStatus.Correction).Sum(g => g.Count);
        var overdue = byStatus.Where(g => g.Status == ItemStatus.InReview && g.Late).Sum(g => g.Count);
        var running = await open.Where(i => i.Status == ItemStatus.InReview && i.DueOn >= late)
            .GroupBy(i => new { i.LimitDays, i.DueOn }).Select(g => new { g.Key.LimitDays, g.Key.DueOn, Count = g.Count() }).ToListAsync(ct);
        int warning = 0, normal = 0;
        foreach (var g in running)
        {
            var state = ClockStates.Of(ItemStatus.InReview, g.LimitDays, bounds.Remaining(g.DueOn));
            if (state == ClockState.Warning)
            {
                warning += g.Count;
            }
            else if (state == ClockState.Normal)
            {
                normal += g.Count;
            }
            else
            {
                overdue += g.Count; // cannot happen: due on or after the last working day is never late
            }
        }

        return (new QueueCounts(paused + overdue + warning + normal, normal, warning, overdue, paused), [.. running.Select(g => g.LimitDays).Distinct().Order()]);
    }

    private static IQueryable<ApplicationItem> ByState(IQueryable<ApplicationItem> q, ClockState? state, Bounds bounds, List<int> limits)
    {
        var late = bounds.LastWorkingDay;
        return state switch
        {
            ClockState.Paused => q.Where(i => i.Status == ItemStatus.Correction),
            ClockState.Overdue => q.Where(i => i.Status == ItemStatus.InReview && i.DueOn < late),
            ClockState.Warning => q.Where(i => i.Status == ItemStatus.InReview && i.DueOn >= late).Where(Warned(bounds, limits, true)),
            ClockState.Normal => q.Where(i => i.Status == ItemStatus.InReview && i.DueOn >= late).Where(Warned(bounds, limits, false)),
            _ => q,
        };
    }

    /// <summary>
    /// (limit in L₀ and due before W₀) or (limit in L₁ and due before W₁) …: per group of limits warned at the same number of
    /// days left k, W is the (k+1)-th working day after today (an item due before it has at most k days left).
    /// </summary>
    private static Expression<Func<ApplicationItem, bool>> Warned(Bounds bounds, List<int> limits, bool warned)
    {
        var i = Expression.Parameter(typeof(ApplicationItem), "i");
        Expression body = Expression.Constant(false);
        foreach (var group in limits.GroupBy(ClockWarningRule.WarnAtRemaining))
        {
            var limit = Expression.Property(i, nameof(ApplicationItem.LimitDays));
            var inGroup = group.Select(l => (Expression)Expression.Equal(limit, Expression.Constant(l))).Aggregate(Expression.OrElse);
            var before = Expression.LessThan(Expression.Property(i, nameof(ApplicationItem.DueOn)), Expression.Constant(bounds.WarnBefore(group.Key)));
            body = Expression.OrElse(body, Expression.AndAlso(inGroup, before));
        }

        return Expression.Lambda<Func<ApplicationItem, bool>>(warned ? body : Expression.Not(body), i);
    }

    private async Task<List<QueueRow>> RowsAsync(IQueryable<ApplicationItem> q, int skip, int take, DateOnly today, WorkingCalendar calendar, CancellationToken ct)
    {
        var ordered = q.OrderBy(i => i.DueOn).ThenBy(i => i.Id).Skip(skip);
        if (take != int.MaxValue)
        {
            ordered = ordered.Take(take);
        }

        var page = await (from i in ordered
                          join a in db.Set<ServiceApplication>() on i.ApplicationId equals a.Id
                          join s in db.Set<ServiceItem>() on i.ServiceItemId equals s.Id
                          join d in db.Set<Department>() on i.DepartmentId equals d.Id
                          orderby i.DueOn, i.Id
                          select new { Item = i, a.Number, a.ApplicantId, s.Code, s.Name, Department = d.Name }).AsNoTracking().ToListAsync(ct);
        var applicants = page.Select(r => r.ApplicantId).Distinct().ToList();
        var names = applicants.Count == 0 ? [] : await db.Organisations.AsNoTracking().Where(o => applicants.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. page.Select(r =>
        {
            var i = r.Item;
            var remaining = i.RemainingOn(today, calendar);
            var used = i.LimitDays <= 0 ? 1m : Math.Round((decimal)(i.LimitDays - remaining) / i.LimitDays, 4);
            return new QueueRow(i.Id, i.ApplicationId, r.Number, r.ApplicantId, names.GetValueOrDefault(r.ApplicantId, string.Empty), i.ServiceItemId, r.Code, r.Name,
                i.DepartmentId, r.Department, i.AcceptedOn, i.DueOn, remaining, i.LimitDays, used, i.Status, ClockStates.Of(i.Status, i.LimitDays, remaining),
                i.Corrections, i.DeferredMaterial, i.DeferredPromisedOn, i.DeferredReceivedAt is not null);
        })];
    }

    /// <summary>The dates a state is decided by, computed once per request from the zone's calendar.</summary>
    private sealed class Bounds(WorkingCalendar calendar, DateOnly today)
    {
        private readonly Dictionary<int, DateOnly> warnBefore = [];
        private readonly Dictionary<DateOnly, int> remaining = [];

        /// <summary>The last working day on or before today: an item due before it has a working day past its due day (超期).</summary>
        public DateOnly LastWorkingDay { get; } = calendar.AddWorkingDays(today.AddDays(1), -1);

        /// <summary>The (k+1)-th working day after today: items due before it have at most k working days left.</summary>
        public DateOnly WarnBefore(int k)
        {
            if (!warnBefore.TryGetValue(k, out var day))
            {
                warnBefore[k] = day = calendar.AddWorkingDays(today, k + 1);
            }

            return day;
        }

        public int Remaining(DateOnly due)
        {
            if (!remaining.TryGetValue(due, out var left))
            {
                remaining[due] = left = calendar.WorkingDaysBetween(today, due);
            }

            return left;
        }
    }
}

public sealed record QueueExportRow(
    [property: MiniExcelLibs.Attributes.ExcelColumnName("序号")] int Index,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("办件编号")] string Number,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("企业")] string Enterprise,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("事项")] string Item,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("部门")] string Department,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("受理日")] string AcceptedOn,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("到期日")] string DueOn,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("剩余工作日")] int Remaining,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("法定时限（工作日）")] int LimitDays,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("已用比例（%）")] decimal UsedPercent,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("时限状态")] string State,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("办理状态")] string Status,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("容缺承诺")] string Deferred);
