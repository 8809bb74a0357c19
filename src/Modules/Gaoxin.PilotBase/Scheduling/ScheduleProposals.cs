using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.PilotBase.Scheduling;

/// <summary>One requested run as the operator enters it.</summary>
public sealed record RunRequestInput(
    [property: Required(ErrorMessage = "请填写申请编号。"), StringLength(40, ErrorMessage = "申请编号不超过 40 个字符。")] string Key,
    [property: Required(ErrorMessage = "请填写申请名称。"), StringLength(200, ErrorMessage = "申请名称不超过 200 个字符。")] string Title,
    [property: Range(30, 60 * 24 * 60, ErrorMessage = "时长须在 30 分钟至 60 天之间。")] int DurationMinutes,
    [property: Required(ErrorMessage = "请指定可选资源。"), MinLength(1, ErrorMessage = "请至少指定一个可选资源。"), MaxLength(50, ErrorMessage = "可选资源不超过 50 个。")] List<Guid> EligibleResourceIds,
    DateTimeOffset EarliestStart,
    DateTimeOffset Deadline,
    [property: MaxLength(50, ErrorMessage = "前置申请不超过 50 个。")] List<string>? After = null,
    CustomerKind Customer = CustomerKind.Enterprise,
    Guid? OrganisationId = null,
    Guid? ProjectId = null,
    Guid? ServiceId = null,
    [property: StringLength(200, ErrorMessage = "客户名称不超过 200 个字符。")] string? CustomerName = null,
    [property: Range(0, 100_000_000, ErrorMessage = "报价须在 0 至 1 亿元之间。")] decimal Price = 0m);

/// <summary>The runs to schedule; with <see cref="HardDeadlines"/> a deadline that cannot be met refuses the whole request, with the reason.</summary>
public sealed record ScheduleInput(
    [property: Required(ErrorMessage = "请填写待排程的申请。"), MinLength(1, ErrorMessage = "请至少填写一项申请。"), MaxLength(500, ErrorMessage = "一次最多排程 500 项申请。")] List<RunRequestInput> Requests,
    bool HardDeadlines = false);

public sealed record ProposalItemView(int Order, string Key, string Title, Guid ResourceId, string ResourceCode, string ResourceName, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, DateTimeOffset Deadline, int LatenessMinutes);

public sealed record ProposalView(Guid Id, ProposalStatus Status, bool HardDeadlines, bool Optimal, long TotalLatenessMinutes, int LateRuns,
    DateTimeOffset? Makespan, double SolveSeconds, string Objective, IReadOnlyList<ProposalItemView> Items, IReadOnlyList<Guid> BookingIds);

/// <summary>
/// Proposals and their acceptance. Proposing reads the zone's resources and the holding rows (bookings and maintenance) of the
/// eligible resources from now on, solves (<see cref="ScheduleSolver"/>, time limit <c>PilotBase:Scheduling:TimeLimitSeconds</c>,
/// 5 s by default) and keeps the result. Accepting writes every run as an approved booking in one save (one transaction): the
/// database's no-overlap guarantee refuses the lot if anything was booked meanwhile, and the refusal names what is in the way.
/// </summary>
internal sealed class ScheduleProposals(GaoxinDbContext db, TimeProvider clock, IConfiguration configuration)
{
    public const string Objective = "目标：先使总延误时长（超出截止时间的分钟数之和，按 30 分钟时间格计）最小，再使各项完成时间之和最小。";

    private TimeSpan TimeLimit => TimeSpan.FromSeconds(configuration.GetValue("PilotBase:Scheduling:TimeLimitSeconds", 5.0));

    public async Task<ProposalView> ProposeAsync(Actor actor, ScheduleInput input, CancellationToken ct)
    {
        Guard(actor);
        var zone = new ZoneId(actor.ZoneId);
        var now = clock.GetUtcNow();
        var ids = input.Requests.SelectMany(r => r.EligibleResourceIds).Distinct().ToList();
        var resources = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zone && ids.Contains(r.Id))
            .Join(db.Set<BaseArea>(), r => r.AreaId, a => a.Id, (r, a) => new { r.Id, r.Code, r.Name, r.Status, AreaStatus = a.Status })
            .ToListAsync(ct);
        var busy = await db.Set<Booking>().AsNoTracking().Where(b => b.ZoneId == zone && b.HoldsSlot && ids.Contains(b.ResourceId) && b.EndsAt > now)
            .Select(b => new { b.ResourceId, b.StartsAt, b.EndsAt, b.Kind, b.Purpose }).ToListAsync(ct);

        var problem = new SchedulingProblem(now,
            [.. input.Requests.Select(r => new RunRequest(r.Key, r.Title, r.DurationMinutes, r.EligibleResourceIds, r.EarliestStart, r.Deadline, r.After ?? []))],
            [.. resources.Select(r => new SchedulableResource(r.Id, $"{r.Code} {r.Name}", r.Status == ResourceStatus.Available && r.AreaStatus == AreaStatus.Operating,
                r.AreaStatus != AreaStatus.Operating ? "片区未投用" : r.Status == ResourceStatus.Maintenance ? "维护中" : r.Status == ResourceStatus.Retired ? "已停用" : null))],
            [.. busy.Select(b => new BusyRange(b.ResourceId, b.StartsAt, b.EndsAt, b.Kind == BookingKind.Maintenance ? "维护窗口" : $"预约「{b.Purpose}」"))],
            input.HardDeadlines);
        var outcome = new ScheduleSolver(TimeLimit).Solve(problem);
        if (!outcome.Feasible)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("ScheduleFeasibility", "无法排程：" + string.Join(" ", outcome.Reasons),
                new Dictionary<string, string> { ["reasons"] = outcome.Reasons.Count.ToString(CultureInfo.InvariantCulture) }));
        }

        var proposal = new ScheduleProposal(zone, actor.Name, now, input.HardDeadlines, outcome.Optimal, outcome.TotalLatenessMinutes, Math.Round(outcome.Seconds, 3));
        db.Add(proposal);
        var byKey = input.Requests.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var order = 0;
        foreach (var placed in outcome.Placements.OrderBy(p => p.StartsAt).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var request = byKey[placed.Key];
            db.Add(new ProposalItem(zone, proposal.Id, ++order, placed.Key, request.Title, placed.ResourceId, placed.StartsAt, placed.EndsAt, request.Deadline,
                placed.LatenessMinutes, request.Customer)
            {
                OrganisationId = request.OrganisationId,
                ProjectId = request.ProjectId,
                ServiceId = request.ServiceId,
                CustomerName = request.CustomerName,
                Price = request.Price,
            });
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, proposal.Id, ct);
    }

    public async Task<ProposalView> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        Guard(actor);
        var zone = new ZoneId(actor.ZoneId);
        var proposal = await db.Set<ScheduleProposal>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("排程方案");
        var items = await db.Set<ProposalItem>().AsNoTracking().Where(i => i.ProposalId == id).OrderBy(i => i.Order)
            .Join(db.Set<Resource>(), i => i.ResourceId, r => r.Id, (i, r) => new ProposalItemView(i.Order, i.Key, i.Title, i.ResourceId, r.Code, r.Name, i.StartsAt,
                i.EndsAt, i.Deadline, i.LatenessMinutes))
            .ToListAsync(ct);
        var bookings = await db.Set<Booking>().AsNoTracking().Where(b => b.ProposalId == id).OrderBy(b => b.StartsAt).Select(b => b.Id).ToListAsync(ct);
        return new ProposalView(proposal.Id, proposal.Status, proposal.HardDeadlines, proposal.Optimal, proposal.TotalLatenessMinutes,
            items.Count(i => i.LatenessMinutes > 0), items.Count == 0 ? null : items.Max(i => i.EndsAt), proposal.SolveSeconds, Objective, items, bookings);
    }

    /// <summary>Every run of the proposal becomes an approved booking in one save, or none does.</summary>
    public async Task<ProposalView> AcceptAsync(Actor actor, Guid id, CancellationToken ct)
    {
        Guard(actor);
        var zone = new ZoneId(actor.ZoneId);
        var proposal = await db.Set<ScheduleProposal>().SingleOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct) ?? throw Refusal.NotFound("排程方案");
        var now = clock.GetUtcNow();
        proposal.Accept(actor.Name, now);
        var items = await db.Set<ProposalItem>().AsNoTracking().Where(i => i.ProposalId == id).OrderBy(i => i.Order).ToListAsync(ct);
        foreach (var item in items)
        {
            var booking = new Booking(zone, item.ResourceId, BookingKind.Booking, item.StartsAt, item.EndsAt, item.Customer, item.Title, proposal.CreatedBy, now)
            {
                OrganisationId = item.OrganisationId,
                ProjectId = item.ProjectId,
                ServiceId = item.ServiceId,
                CustomerName = item.CustomerName,
                Price = item.Price,
                ProposalId = proposal.Id,
            };
            booking.Decide(BookingStatus.Approved, actor.Name, now, "排程方案采纳");
            db.Add(booking);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsOverlap(ex))
        {
            throw Refusal.Conflict(await ConflictMessageAsync(zone, items, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict("该排程方案已被他人采纳，不能重复采纳。");
        }

        return await GetAsync(actor, id, ct);
    }

    /// <summary>What now holds the proposal's ranges (read after the database refused the lot), in the words the operator reads.</summary>
    private async Task<string> ConflictMessageAsync(ZoneId zone, List<ProposalItem> items, CancellationToken ct)
    {
        var resourceIds = items.Select(i => i.ResourceId).Distinct().ToList();
        var from = items.Min(i => i.StartsAt);
        var to = items.Max(i => i.EndsAt);
        var holding = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.ZoneId == zone && b.HoldsSlot && resourceIds.Contains(b.ResourceId) && b.StartsAt < to && b.EndsAt > from)
            .Join(db.Set<Resource>(), b => b.ResourceId, r => r.Id, (b, r) => new { b.Id, b.ResourceId, b.StartsAt, b.EndsAt, b.Kind, b.Purpose, r.Code, r.Name })
            .ToListAsync(ct);
        var clashes = items.SelectMany(i => holding.Where(h => h.ResourceId == i.ResourceId && h.StartsAt < i.EndsAt && i.StartsAt < h.EndsAt)
                .Select(h => $"「{i.Title}」（{h.Code} {h.Name}，{ScheduleSolver.Show(i.StartsAt)}–{ScheduleSolver.Show(i.EndsAt)}）与"
                    + (h.Kind == BookingKind.Maintenance ? "维护窗口" : $"预约「{h.Purpose}」") + $"（{ScheduleSolver.Show(h.StartsAt)}–{ScheduleSolver.Show(h.EndsAt)}，编号 {h.Id}）冲突"))
            .ToList();
        var detail = clashes.Count == 0 ? "方案中的时段已被占用" : string.Join("；", clashes.Take(5)) + (clashes.Count > 5 ? $"等 {clashes.Count} 处" : string.Empty);
        return $"方案生成后资源已被占用，整个方案未写入任何预约：{detail}。请重新生成方案。";
    }

    private static bool IsOverlap(DbUpdateException ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains("pilot_base_bookings_no_overlap", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Guard(Actor actor)
    {
        if (!PilotBaseAccess.Operators.Any(actor.Roles.Contains))
        {
            throw Refusal.Forbidden();
        }
    }
}
