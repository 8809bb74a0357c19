using System.Globalization;
using Gaoxin.Kernel.Zones;
using Google.OrTools.Sat;

namespace Gaoxin.PilotBase.Scheduling;

/// <summary>A run to be placed: it takes <see cref="DurationMinutes"/> on ONE of its eligible resources, starts no earlier than
/// <see cref="EarliestStart"/>, should end by <see cref="Deadline"/>, and starts only after every request named in <see cref="After"/> has ended.</summary>
public sealed record RunRequest(string Key, string Title, int DurationMinutes, IReadOnlyList<Guid> EligibleResources, DateTimeOffset EarliestStart,
    DateTimeOffset Deadline, IReadOnlyList<string> After);

/// <summary>A resource as the scheduler sees it: its label for explanations and whether it may be booked at all.</summary>
public sealed record SchedulableResource(Guid Id, string Label, bool Available, string? Why = null);

/// <summary>A range a resource is already held (a holding booking or a maintenance window), with what holds it for explanations.</summary>
public sealed record BusyRange(Guid ResourceId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string What);

/// <summary>
/// The whole problem. <paramref name="HardDeadlines"/>: deadlines must be met (the problem may then be infeasible, and why is said);
/// otherwise deadlines are soft and only lateness is minimised (always solvable once every request has an available resource and
/// precedence has no cycle).
/// </summary>
public sealed record SchedulingProblem(DateTimeOffset Now, IReadOnlyList<RunRequest> Requests, IReadOnlyList<SchedulableResource> Resources,
    IReadOnlyList<BusyRange> Busy, bool HardDeadlines);

public sealed record Placement(string Key, Guid ResourceId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int LatenessMinutes);

/// <summary>
/// The answer: placements (feasible), or the reasons it is not (each names the binding deadline, resource or cycle, in Chinese).
/// <see cref="Optimal"/> is false when the time limit stopped the search with a solution not proven best.
/// </summary>
public sealed record ScheduleOutcome(bool Feasible, bool Optimal, IReadOnlyList<Placement> Placements, long TotalLatenessMinutes, DateTimeOffset? Makespan,
    IReadOnlyList<string> Reasons, double Seconds)
{
    public static ScheduleOutcome Infeasible(IReadOnlyList<string> reasons, double seconds = 0) => new(false, false, [], 0, null, reasons, seconds);
}

/// <summary>
/// The scheduling helper's model (CP-SAT), pure: no database. Time is a grid of <see cref="SlotMinutes"/> (30 by default: the base
/// books by the half-hour and its services last hours to days, so half-hour slots lose little while keeping a month of 50
/// resources at a few thousand slots; starts are rounded up to the grid and durations up to whole slots).
/// Each request gets one start variable and, per eligible available resource, an optional interval sharing it; exactly one is
/// present. Per resource the present intervals and the fixed busy ranges do not overlap. Runs are continuous once started (a
/// 168-hour chamber test does not stop at night), so opening hours do not cut them.
/// Objective, lexicographic: first the total lateness (grid slots past each deadline, reported in minutes), then the sum of
/// completion times (every run as early as it can go, which also keeps the makespan short).
/// </summary>
public sealed class ScheduleSolver(TimeSpan timeLimit, int slotMinutes = 30, int workers = 2)
{
    public int SlotMinutes { get; } = slotMinutes;

    public ScheduleOutcome Solve(SchedulingProblem p)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var reasons = Precheck(p);
        if (reasons.Count > 0)
        {
            return ScheduleOutcome.Infeasible(reasons, watch.Elapsed.TotalSeconds);
        }

        var resources = p.Resources.ToDictionary(r => r.Id);
        // The grid starts at the first moment anything may start, so runs requested far ahead do not widen the model.
        var origin = Floor(Max(p.Now, p.Requests.Min(r => r.EarliestStart)));
        var requests = p.Requests;
        var index = requests.Select((r, i) => (r.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        // Nothing starts before now: the grid's start is floored, so a run whose earliest start has passed starts at now, rounded up.
        var est = requests.Select(r => SlotCeil(Max(r.EarliestStart, p.Now), origin)).ToArray();
        var dur = requests.Select(r => (int)Math.Ceiling(r.DurationMinutes / (double)SlotMinutes)).ToArray();
        // A deadline already past counts from the grid's start: every end is then late by the same extra slots, which moves
        // no choice, and lateness stays within the horizon (a negative due made the model infeasible).
        var due = requests.Select(r => Math.Max(0, SlotFloor(r.Deadline, origin))).ToArray();
        var busy = Merged(p.Busy.Select(b => (b.ResourceId, From: Math.Max(0, SlotFloor(b.StartsAt, origin)), To: SlotCeil(b.EndsAt, origin))));
        // Every run fits after the last earliest start and the last hold, one after another: no end needs to lie beyond.
        long horizon = Math.Max(est.Max(), busy.Count == 0 ? 0 : busy.Max(b => b.To)) + dur.Sum();

        var model = new CpModel();
        var starts = new IntVar[requests.Count];
        var ends = new IntVar[requests.Count];
        var late = new IntVar[requests.Count];
        var choices = new List<(Guid Resource, BoolVar Present)>[requests.Count];
        var onResource = new Dictionary<Guid, List<IntervalVar>>();
        var deadlineHolds = new BoolVar[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            starts[i] = model.NewIntVar(est[i], horizon, $"s{i}");
            ends[i] = model.NewIntVar(0, horizon, $"e{i}");
            model.Add(ends[i] == starts[i] + dur[i]);
            choices[i] = [];
            foreach (var r in requests[i].EligibleResources.Distinct().Where(id => resources.TryGetValue(id, out var res) && res.Available))
            {
                var present = model.NewBoolVar($"x{i}_{r}");
                var interval = model.NewOptionalFixedSizeIntervalVar(starts[i], dur[i], present, $"i{i}_{r}");
                choices[i].Add((r, present));
                (onResource.TryGetValue(r, out var list) ? list : onResource[r] = []).Add(interval);
            }

            model.AddExactlyOne(choices[i].Select(c => (ILiteral)c.Present));
            late[i] = model.NewIntVar(0, horizon, $"l{i}");
            model.Add(late[i] >= ends[i] - due[i]);
            if (p.HardDeadlines)
            {
                // Each hard deadline is an assumption, so an infeasible answer can name the deadlines that cannot all hold.
                deadlineHolds[i] = model.NewBoolVar($"d{i}");
                model.Add(ends[i] <= due[i]).OnlyEnforceIf(deadlineHolds[i]);
            }
        }

        foreach (var (resource, from, to) in busy)
        {
            if (onResource.TryGetValue(resource, out var list))
            {
                list.Add(model.NewFixedSizeIntervalVar(from, to - from, "busy"));
            }
        }

        foreach (var list in onResource.Values)
        {
            model.AddNoOverlap(list);
        }

        for (var j = 0; j < requests.Count; j++)
        {
            foreach (var before in requests[j].After)
            {
                model.Add(starts[j] >= ends[index[before]]);
            }
        }

        // Lexicographic by weight: one slot of lateness outweighs any possible sum of completion times.
        var weight = (requests.Count * (horizon + 1)) + 1;
        model.Minimize((LinearExpr.Sum(late) * weight) + LinearExpr.Sum(ends));
        if (p.HardDeadlines)
        {
            model.AddAssumptions(deadlineHolds);
        }

        using var solver = new CpSolver();
        var seconds = Budget(timeLimit, watch.Elapsed);
        solver.StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds:0.###} num_workers:{workers} random_seed:1");
        var status = solver.Solve(model);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var placements = new List<Placement>(requests.Count);
            for (var i = 0; i < requests.Count; i++)
            {
                var resource = choices[i].First(c => solver.BooleanValue(c.Present)).Resource;
                var s = origin.AddMinutes(solver.Value(starts[i]) * (double)SlotMinutes);
                var e = s.AddMinutes(dur[i] * SlotMinutes);
                var lateness = (int)Math.Max(0, Math.Ceiling((e - requests[i].Deadline).TotalMinutes));
                placements.Add(new Placement(requests[i].Key, resource, s, e, lateness));
            }

            return new ScheduleOutcome(true, status == CpSolverStatus.Optimal, placements, placements.Sum(x => (long)x.LatenessMinutes),
                placements.Max(x => x.EndsAt), [], watch.Elapsed.TotalSeconds);
        }

        // Soft deadlines always leave a schedule (the horizon holds every run), so only hard deadlines make the model infeasible.
        if (status == CpSolverStatus.Infeasible)
        {
            // The core CP-SAT gives may hold deadlines that are not to blame; drop each one whose removal keeps the rest
            // infeasible (deletion filter, single-worker feasibility checks on the same model), within what is left of the limit.
            // Without its deadlines the model is always feasible, so the core names at least one of them.
            var core = solver.Response!.SufficientAssumptionsForInfeasibility.ToHashSet();
            var binding = Enumerable.Range(0, requests.Count).Where(i => core.Contains(deadlineHolds[i].GetIndex())).ToList();
            foreach (var i in binding.ToList())
            {
                if (binding.Count == 1 || OutOfTime(timeLimit, watch.Elapsed))
                {
                    break;
                }

                var left = Budget(timeLimit, watch.Elapsed);

                var trial = binding.Where(x => x != i).ToList();
                model.ClearAssumptions();
                model.AddAssumptions(trial.Select(x => (ILiteral)deadlineHolds[x]));
                using var check = new CpSolver();
                check.StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{left:0.###} num_workers:1 random_seed:1 stop_after_first_solution:true");
                if (check.Solve(model) == CpSolverStatus.Infeasible)
                {
                    binding = trial;
                }
            }

            return ScheduleOutcome.Infeasible([JointDeadlines(binding.Select(i => requests[i]).ToList(), resources)], watch.Elapsed.TotalSeconds);
        }

        return ScheduleOutcome.Infeasible(
            [string.Create(CultureInfo.InvariantCulture, $"求解在 {timeLimit.TotalSeconds:0.#} 秒的时限内未找到可行方案，请减少申请数量或放宽截止时间后重试。")],
            watch.Elapsed.TotalSeconds);
    }

    /// <summary>What can be said without the solver: unknown or cyclic precedence, requests with no available resource, and hard
    /// deadlines that no placement can meet (too early given the earliest start and predecessors, or every eligible resource busy).</summary>
    private List<string> Precheck(SchedulingProblem p)
    {
        var reasons = new List<string>();
        if (p.Requests.Count == 0)
        {
            reasons.Add("没有待排程的申请。");
            return reasons;
        }

        var byKey = new Dictionary<string, RunRequest>(StringComparer.Ordinal);
        foreach (var r in p.Requests)
        {
            if (!byKey.TryAdd(r.Key, r))
            {
                reasons.Add($"申请编号「{r.Key}」重复。");
            }
        }

        var resources = p.Resources.ToDictionary(r => r.Id);
        foreach (var r in p.Requests)
        {
            foreach (var before in r.After.Where(a => !byKey.ContainsKey(a)))
            {
                reasons.Add($"「{r.Title}」须在「{before}」之后进行，但本次没有编号为「{before}」的申请。");
            }

            var eligible = r.EligibleResources.Distinct().ToList();
            if (eligible.Count == 0)
            {
                reasons.Add($"「{r.Title}」没有指定可选资源。");
            }
            else if (!eligible.Any(id => resources.TryGetValue(id, out var res) && res.Available))
            {
                var named = eligible.Select(id => resources.TryGetValue(id, out var res) ? $"{res.Label}（{res.Why ?? "不可预约"}）" : "（资源不存在）");
                reasons.Add($"「{r.Title}」没有可用的资源：可选资源 {string.Join("、", named)} 均不可预约。");
            }

            if (r.DurationMinutes <= 0)
            {
                reasons.Add($"「{r.Title}」的时长必须大于零。");
            }
        }

        if (reasons.Count > 0)
        {
            return reasons;
        }

        if (Cycle(p.Requests, byKey) is { } cycle)
        {
            reasons.Add($"申请的先后关系成环，无法排程：{string.Join(" → ", cycle.Select(k => $"「{byKey[k].Title}」"))}。");
            return reasons;
        }

        if (!p.HardDeadlines)
        {
            return reasons;
        }

        // The earliest each request can end, through its predecessors, ignoring other requests (a lower bound).
        var earliestEnd = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset EarliestEnd(RunRequest r)
        {
            if (earliestEnd.TryGetValue(r.Key, out var known))
            {
                return known;
            }

            var start = Ceil(Max(r.EarliestStart, p.Now));
            foreach (var before in r.After)
            {
                start = Max(start, EarliestEnd(byKey[before]));
            }

            return earliestEnd[r.Key] = start.AddMinutes(Slots(r.DurationMinutes) * SlotMinutes);
        }

        foreach (var r in p.Requests)
        {
            var end = EarliestEnd(r);
            if (end > r.Deadline)
            {
                var after = r.After.Count == 0 ? string.Empty : $"，且须在{string.Join("、", r.After.Select(k => $"「{byKey[k].Title}」"))}之后";
                reasons.Add($"「{r.Title}」无法在硬性截止 {Show(r.Deadline)} 前完成：最早 {Show(Ceil(Max(r.EarliestStart, p.Now)))} 开始、需 {Hours(r.DurationMinutes)}{after}，最早 {Show(end)} 才能完成。");
                continue;
            }

            // Some eligible resource must have a long enough free stretch between the earliest start and the deadline.
            var from = end.AddMinutes(-Slots(r.DurationMinutes) * SlotMinutes);
            var usable = r.EligibleResources.Distinct().Where(id => resources[id].Available).ToList();
            var blocked = usable.Where(id => !HasGap(p.Busy.Where(b => b.ResourceId == id), from, Floor(r.Deadline), Slots(r.DurationMinutes) * SlotMinutes)).ToList();
            if (blocked.Count == usable.Count)
            {
                var holders = blocked.Select(id =>
                {
                    var inWindow = p.Busy.Where(b => b.ResourceId == id && b.EndsAt > from && b.StartsAt < r.Deadline).OrderBy(b => b.StartsAt).Take(3)
                        .Select(b => $"{b.What}（{Show(b.StartsAt)}–{Show(b.EndsAt)}）");
                    return $"{resources[id].Label} 已被 {string.Join("、", inWindow)} 占用";
                });
                reasons.Add($"「{r.Title}」须在 {Show(from)} 至硬性截止 {Show(r.Deadline)} 之间连续占用 {Hours(r.DurationMinutes)}，但可选资源在此期间均无足够空闲：{string.Join("；", holders)}。");
            }
        }

        return reasons;
    }

    private static string JointDeadlines(List<RunRequest> binding, Dictionary<Guid, SchedulableResource> resources)
    {
        var sets = binding.Select(r => r.EligibleResources.Where(id => resources.TryGetValue(id, out var x) && x.Available).ToHashSet()).ToList();
        var shared = sets.Skip(1).Aggregate(new HashSet<Guid>(sets[0]), (acc, s) => { acc.IntersectWith(s); return acc; });
        var contested = (shared.Count > 0 ? shared : sets.SelectMany(s => s).ToHashSet()).Select(id => resources[id].Label).Order(StringComparer.Ordinal);
        var deadlines = binding.Select(r => $"「{r.Title}」（截止 {Show(r.Deadline)}，需 {Hours(r.DurationMinutes)}）").ToList();
        return binding.Count == 1
            ? $"{deadlines[0]}的硬性截止无法满足：资源 {string.Join("、", contested)} 在截止前的空闲时间不足。"
            : $"以下硬性截止无法同时满足：{string.Join("、", deadlines)}；它们争用资源 {string.Join("、", contested)}，截止前的空闲时间不足以容纳全部。";
    }

    /// <summary>
    /// Per resource, holds that overlap become one (a maintenance window over a booking: NoOverlap would find two fixed ranges
    /// that overlap infeasible); empty ones, such as a hold that ended before the grid starts, are left out.
    /// </summary>
    private static List<(Guid ResourceId, int From, int To)> Merged(IEnumerable<(Guid ResourceId, int From, int To)> holds)
    {
        var merged = new List<(Guid ResourceId, int From, int To)>();
        foreach (var resource in holds.Where(h => h.To > h.From).GroupBy(h => h.ResourceId))
        {
            var first = merged.Count;
            foreach (var h in resource.OrderBy(h => h.From))
            {
                if (merged.Count > first && h.From < merged[^1].To)
                {
                    merged[^1] = (h.ResourceId, merged[^1].From, Math.Max(merged[^1].To, h.To));
                }
                else
                {
                    merged.Add(h);
                }
            }
        }

        return merged;
    }

    private static List<string>? Cycle(IReadOnlyList<RunRequest> requests, Dictionary<string, RunRequest> byKey)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        List<string>? Visit(string key)
        {
            state[key] = 1;
            path.Add(key);
            foreach (var before in byKey[key].After)
            {
                if (state.GetValueOrDefault(before) == 1)
                {
                    return [.. path.Skip(path.IndexOf(before)), before];
                }

                if (state.GetValueOrDefault(before) == 0 && Visit(before) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[key] = 2;
            return null;
        }

        foreach (var r in requests)
        {
            if (state.GetValueOrDefault(r.Key) == 0 && Visit(r.Key) is { } cycle)
            {
                cycle.Reverse(); // "A → B" reads as "A before B"
                return cycle;
            }
        }

        return null;
    }

    private static bool HasGap(IEnumerable<BusyRange> busy, DateTimeOffset from, DateTimeOffset to, int minutes)
    {
        // Free stretches between the holds in start order; a hold starting after the window ends it at the window's end.
        var cursor = from;
        foreach (var b in busy.OrderBy(b => b.StartsAt))
        {
            if ((Min(b.StartsAt, to) - cursor).TotalMinutes >= minutes)
            {
                return true;
            }

            cursor = Max(cursor, b.EndsAt);
        }

        return (to - cursor).TotalMinutes >= minutes;
    }

    private int Slots(int minutes) => (int)Math.Ceiling(minutes / (double)SlotMinutes);

    private DateTimeOffset Floor(DateTimeOffset t)
    {
        var ticks = TimeSpan.FromMinutes(SlotMinutes).Ticks;
        var utc = t.UtcTicks;
        return new DateTimeOffset(utc - (utc % ticks), TimeSpan.Zero);
    }

    private DateTimeOffset Ceil(DateTimeOffset t)
    {
        var f = Floor(t);
        return f == t ? f : f.AddMinutes(SlotMinutes);
    }

    private int SlotFloor(DateTimeOffset t, DateTimeOffset origin) => (int)Math.Floor((t - origin).TotalMinutes / SlotMinutes);

    private int SlotCeil(DateTimeOffset t, DateTimeOffset origin) => (int)Math.Ceiling((t - origin).TotalMinutes / SlotMinutes);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The least a solve is given, even when the limit is (nearly) spent: enough for CP-SAT to answer a small model.</summary>
    internal const double LeastSeconds = 0.05;

    /// <summary>Seconds a solve may take: what is left of the limit after <paramref name="elapsed"/>, at least <see cref="LeastSeconds"/>.</summary>
    internal static double Budget(TimeSpan limit, TimeSpan elapsed) => Math.Max(LeastSeconds, (limit - elapsed).TotalSeconds);

    /// <summary>Whether the limit is spent (no more than <see cref="LeastSeconds"/> left): the deadline filter then stops.</summary>
    internal static bool OutOfTime(TimeSpan limit, TimeSpan elapsed) => (limit - elapsed).TotalSeconds <= LeastSeconds;

    internal static string Show(DateTimeOffset t) => t.ToOffset(ZoneClock.Offset).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    internal static string Hours(int minutes) => (minutes / 60m).ToString("0.#", CultureInfo.InvariantCulture) + " 小时";
}
