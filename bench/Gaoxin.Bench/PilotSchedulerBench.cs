using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gaoxin.PilotBase.Scheduling;

namespace Gaoxin.Bench;

/// <summary>
/// `pilot-scheduler`: the scheduling helper (CP-SAT, <see cref="ScheduleSolver"/>) on generated instances (fixed seeds) of
/// 200 runs over 50 resources with existing bookings, maintenance windows and precedence chains, against a greedy
/// earliest-deadline-first baseline written here and sharing no code with the scheduler (it places each ready run, earliest
/// deadline first, on the eligible resource where it ends soonest, minute by minute, no grid, no solver). Both schedules are
/// checked by an independent validator (no overlap with each other or with busy ranges, earliest starts, precedence).
/// `--smoke`: 20 runs over 5 resources, 2 s limit (CI). Writes bench/results/pilot-scheduler[-smoke].md.
/// </summary>
public static class PilotSchedulerBench
{
    private const string Usage = "pilot-scheduler [--smoke] [--runs 200] [--resources 50] [--seeds 3] [--limit 5]";

    private sealed record Job(string Key, int Minutes, Guid[] Eligible, DateTimeOffset Earliest, DateTimeOffset Deadline, string[] After);

    private sealed record Busy(Guid Resource, DateTimeOffset From, DateTimeOffset To);

    private sealed record Placed(string Key, Guid Resource, DateTimeOffset From, DateTimeOffset To);

    public static Task<int> RunAsync(string[] args)
    {
        int runs = 200, resources = 50, seeds = 3;
        double limit = 5;
        var smoke = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smoke": smoke = true; runs = 20; resources = 5; seeds = 1; limit = 2; break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--resources": resources = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seeds": seeds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--limit": limit = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}\nusage: {Usage}");
                    return Task.FromResult(2);
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Pilot base scheduler: {runs} runs over {resources} resources, time limit {limit} s{(smoke ? " (smoke)" : string.Empty)}");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Lateness = total minutes past deadlines (soft deadlines); greedy = earliest-deadline-first list scheduling, same instance, same run.");
        report.AppendLine();
        report.AppendLine("| seed | solve (s) | status | CP-SAT lateness (min) | late runs | greedy EDF lateness (min) | late runs | CP-SAT / greedy | CP-SAT makespan (h) | greedy makespan (h) |");
        report.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        var times = new List<double>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var (now, jobs, ids, busy) = Generate(seed, runs, resources);
            var problem = new SchedulingProblem(now,
                [.. jobs.Select(j => new RunRequest(j.Key, j.Key, j.Minutes, j.Eligible, j.Earliest, j.Deadline, j.After))],
                [.. ids.Select(id => new SchedulableResource(id, id.ToString()[..8], true))],
                [.. busy.Select(b => new BusyRange(b.Resource, b.From, b.To, "busy"))], false);
            var watch = Stopwatch.StartNew();
            var outcome = new ScheduleSolver(TimeSpan.FromSeconds(limit)).Solve(problem);
            var seconds = watch.Elapsed.TotalSeconds;
            times.Add(seconds);
            if (!outcome.Feasible)
            {
                Console.Error.WriteLine($"seed {seed}: no schedule: {string.Join(" ", outcome.Reasons)}");
                failed = true;
                continue;
            }

            var solver = outcome.Placements.Select(p => new Placed(p.Key, p.ResourceId, p.StartsAt, p.EndsAt)).ToList();
            var greedy = Greedy(jobs, busy);
            foreach (var (name, schedule) in new[] { ("CP-SAT", solver), ("greedy", greedy) })
            {
                if (Invalid(jobs, busy, schedule) is { } why)
                {
                    Console.Error.WriteLine($"seed {seed}: {name} schedule invalid: {why}");
                    failed = true;
                }
            }

            var (sl, sn) = Lateness(jobs, solver);
            var (gl, gn) = Lateness(jobs, greedy);
            var ratio = gl == 0 ? (sl == 0 ? "1.00" : "∞") : ((double)sl / gl).ToString("0.00", CultureInfo.InvariantCulture);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {seed} | {seconds:0.00} | {(outcome.Optimal ? "optimal" : "feasible")} | {sl:#,0} | {sn} | {gl:#,0} | {gn} | {ratio} | {(solver.Max(p => p.To) - now).TotalHours:0.0} | {(greedy.Max(p => p.To) - now).TotalHours:0.0} |");
            report.AppendLine(line);
            Console.WriteLine(line);
            failed |= seconds > limit + 1 || sl > gl;
        }

        times.Sort();
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Solve time median {times[times.Count / 2]:0.00} s, max {times[^1]:0.00} s (goal: within 5 s for 200 runs over 50 resources).");
        var path = Path.Combine(Directory.GetCurrentDirectory(), "bench", "results", smoke ? "pilot-scheduler-smoke.md" : "pilot-scheduler.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report.ToString());
        Console.WriteLine($"written {path}");
        return Task.FromResult(failed ? 1 : 0);
    }

    /// <summary>A fortnight of work: runs of 1–24 h on 1–3 resources of one family of five, about a fifth following an earlier run,
    /// deadlines 1.2–3× the duration after the earliest start; every resource has 2–4 bookings and a maintenance window on some.</summary>
    private static (DateTimeOffset Now, List<Job> Jobs, Guid[] Resources, List<Busy> Busy) Generate(int seed, int runs, int resources)
    {
        var random = new Random(seed);
        var now = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, resources).Select(_ => Guid.CreateVersion7()).ToArray();
        DateTimeOffset Slot(int halfHours) => now.AddMinutes(30 * halfHours);
        var busy = new List<Busy>();
        foreach (var id in ids)
        {
            var cursor = random.Next(0, 48);
            for (var k = random.Next(2, 5); k > 0; k--)
            {
                var length = random.Next(4, 24);
                busy.Add(new Busy(id, Slot(cursor), Slot(cursor + length)));
                cursor += length + random.Next(24, 200);
            }

            if (random.NextDouble() < 0.3)
            {
                busy.Add(new Busy(id, Slot(cursor + 10), Slot(cursor + 26)));
            }
        }

        var jobs = new List<Job>();
        for (var i = 0; i < runs; i++)
        {
            var family = random.Next(0, Math.Max(1, resources / 5));
            var eligible = Enumerable.Range(0, random.Next(1, 4)).Select(_ => ids[Math.Min(resources - 1, (family * 5) + random.Next(0, 5))]).Distinct().ToArray();
            var halfHours = random.Next(2, 49);
            var earliest = random.Next(0, 14 * 48);
            var deadline = earliest + (int)(halfHours * (1.2 + (random.NextDouble() * 1.8))) + random.Next(0, 24);
            var after = i > 0 && random.NextDouble() < 0.2 ? new[] { $"R{random.Next(Math.Max(0, i - 10), i)}" } : [];
            jobs.Add(new Job($"R{i}", halfHours * 30, eligible, Slot(earliest), Slot(deadline), after));
        }

        return (now, jobs, ids, busy);
    }

    /// <summary>Earliest-deadline-first list scheduling: of the runs whose predecessors are placed, the one due first goes where it ends soonest.</summary>
    private static List<Placed> Greedy(List<Job> jobs, List<Busy> busy)
    {
        var timeline = busy.GroupBy(b => b.Resource).ToDictionary(g => g.Key, g => g.Select(b => (b.From, b.To)).ToList());
        var placed = new Dictionary<string, Placed>(StringComparer.Ordinal);
        var left = jobs.ToList();
        while (left.Count > 0)
        {
            var job = left.Where(j => j.After.All(placed.ContainsKey)).OrderBy(j => j.Deadline).ThenBy(j => j.Earliest).First();
            var ready = j(job);
            Placed? best = null;
            foreach (var resource in job.Eligible)
            {
                var taken = timeline.TryGetValue(resource, out var list) ? list.OrderBy(x => x.From).ToList() : [];
                var start = ready;
                foreach (var (from, to) in taken)
                {
                    if (start.AddMinutes(job.Minutes) <= from)
                    {
                        break;
                    }

                    if (to > start)
                    {
                        start = to;
                    }
                }

                if (best is null || start.AddMinutes(job.Minutes) < best.To)
                {
                    best = new Placed(job.Key, resource, start, start.AddMinutes(job.Minutes));
                }
            }

            placed[job.Key] = best!;
            (timeline.TryGetValue(best!.Resource, out var l) ? l : timeline[best.Resource] = []).Add((best.From, best.To));
            left.Remove(job);
        }

        return [.. jobs.Select(x => placed[x.Key])];

        DateTimeOffset j(Job job) => job.After.Select(a => placed[a].To).Append(job.Earliest).Max();
    }

    private static string? Invalid(List<Job> jobs, List<Busy> busy, List<Placed> schedule)
    {
        var byKey = schedule.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            var p = byKey[job.Key];
            if (p.From < job.Earliest || (p.To - p.From).TotalMinutes < job.Minutes || !job.Eligible.Contains(p.Resource))
            {
                return $"{job.Key} placed outside its window, too short or on a resource it may not use";
            }

            if (job.After.Any(a => byKey[a].To > p.From))
            {
                return $"{job.Key} starts before a predecessor ends";
            }
        }

        var holds = schedule.Select(p => (p.Resource, p.From, p.To)).Concat(busy.Select(b => (b.Resource, b.From, b.To))).GroupBy(x => x.Resource);
        foreach (var g in holds)
        {
            var sorted = g.OrderBy(x => x.From).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].From < sorted[i - 1].To)
                {
                    return $"overlap on {g.Key} at {sorted[i].From:O}";
                }
            }
        }

        return null;
    }

    private static (long Minutes, int Late) Lateness(List<Job> jobs, List<Placed> schedule)
    {
        var byKey = schedule.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var late = jobs.Select(j => Math.Max(0, (long)(byKey[j.Key].To - j.Deadline).TotalMinutes)).ToList();
        return (late.Sum(), late.Count(l => l > 0));
    }
}
