using Gaoxin.PilotBase.Scheduling;

namespace Gaoxin.PilotBase.Tests.Scheduling;

/// <summary>The CP-SAT model on small cases whose optimum is known by hand, and on infeasible ones whose cause must be named.</summary>
public sealed class ScheduleSolverTests
{
    // Monday 2 March 2026, 08:00 in the zone (00:00 UTC).
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Coater = Guid.CreateVersion7();
    private static readonly Guid Press = Guid.CreateVersion7();
    private static readonly Guid Mill = Guid.CreateVersion7();

    private static readonly SchedulableResource[] Resources =
    [
        new(Coater, "A-EQ-01 极片涂布机", true),
        new(Press, "A-EQ-02 极片辊压机", true),
        new(Mill, "A-EQ-12 行星球磨机", false, "维护中"),
    ];

    private static readonly ScheduleSolver Solver = new(TimeSpan.FromSeconds(10));

    private static RunRequest Run(string key, double hours, double dueHours, Guid[] on, double earliestHours = 0, params string[] after) =>
        new(key, "试验" + key, (int)(hours * 60), on, T0.AddHours(earliestHours), T0.AddHours(dueHours), after);

    private static SchedulingProblem Problem(RunRequest[] runs, BusyRange[]? busy = null, bool hard = false) =>
        new(T0, runs, Resources, busy ?? [], hard);

    [Fact]
    public void Three_runs_on_one_resource_with_two_due_early_have_the_known_optimum_of_two_hours_lateness()
    {
        var outcome = Solver.Solve(Problem([Run("A", 2, 2, [Coater]), Run("B", 2, 4, [Coater]), Run("C", 2, 4, [Coater])]));

        outcome.Feasible.ShouldBeTrue();
        outcome.Optimal.ShouldBeTrue();
        outcome.TotalLatenessMinutes.ShouldBe(120, "six hours of work on one resource against deadlines at 2 h, 4 h, 4 h: one run ends 2 h late at best");
        outcome.Placements.Single(p => p.Key == "A").StartsAt.ShouldBe(T0);
        outcome.Makespan.ShouldBe(T0.AddHours(6));
    }

    [Fact]
    public void A_run_takes_the_second_eligible_resource_when_that_makes_nothing_late()
    {
        var outcome = Solver.Solve(Problem([Run("A", 3, 3, [Coater]), Run("B", 3, 3, [Coater, Press])]));

        outcome.TotalLatenessMinutes.ShouldBe(0);
        outcome.Placements.Single(p => p.Key == "B").ResourceId.ShouldBe(Press);
        outcome.Placements.ShouldAllBe(p => p.StartsAt == T0);
    }

    [Fact]
    public void Runs_go_around_existing_bookings_and_maintenance_windows()
    {
        BusyRange[] busy =
        [
            new(Coater, T0, T0.AddHours(3), "预约「客户验证」"),
            new(Coater, T0.AddHours(5), T0.AddHours(6), "维护窗口"),
        ];
        var outcome = Solver.Solve(Problem([Run("A", 2, 24, [Coater]), Run("B", 3, 24, [Coater])], busy));

        outcome.Feasible.ShouldBeTrue();
        var a = outcome.Placements.Single(p => p.Key == "A");
        var b = outcome.Placements.Single(p => p.Key == "B");
        a.StartsAt.ShouldBe(T0.AddHours(3), "the two-hour gap between the booking and the maintenance window fits A");
        b.StartsAt.ShouldBe(T0.AddHours(6), "B needs three hours, so it waits for the end of maintenance");
        outcome.Placements.ShouldAllBe(p => !busy.Any(x => x.StartsAt < p.EndsAt && p.StartsAt < x.EndsAt));
    }

    [Fact]
    public void A_run_starts_only_after_the_run_it_follows_has_ended_even_on_another_resource()
    {
        var outcome = Solver.Solve(Problem([Run("B", 1, 24, [Press], 0, "A"), Run("A", 2, 24, [Coater])]));

        outcome.Placements.Single(p => p.Key == "B").StartsAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void Starts_are_rounded_up_to_the_half_hour_grid_and_durations_to_whole_slots()
    {
        var outcome = Solver.Solve(Problem([Run("A", 0.75, 24, [Coater], earliestHours: 10.0 / 60)]));

        var a = outcome.Placements.Single();
        a.StartsAt.ShouldBe(T0.AddMinutes(30));
        a.EndsAt.ShouldBe(T0.AddMinutes(90));
    }

    [Fact]
    public void A_hard_deadline_before_the_earliest_possible_end_is_named()
    {
        var outcome = Solver.Solve(Problem([Run("A", 4, 3, [Coater])], hard: true));

        outcome.Feasible.ShouldBeFalse();
        outcome.Reasons.Single().ShouldBe("「试验A」无法在硬性截止 3月2日 11:00 前完成：最早 3月2日 08:00 开始、需 4 小时，最早 3月2日 12:00 才能完成。");
    }

    [Fact]
    public void A_hard_deadline_that_only_fails_because_the_resource_is_held_names_the_resource_and_what_holds_it()
    {
        BusyRange[] busy = [new(Coater, T0.AddHours(1), T0.AddHours(8), "预约「兴储世纪 涂布验证」")];
        var outcome = Solver.Solve(Problem([Run("A", 2, 6, [Coater])], busy, hard: true));

        outcome.Feasible.ShouldBeFalse();
        var reason = outcome.Reasons.Single();
        reason.ShouldContain("A-EQ-01 极片涂布机");
        reason.ShouldContain("预约「兴储世纪 涂布验证」（3月2日 09:00–3月2日 16:00）");
        reason.ShouldContain("硬性截止 3月2日 14:00");
    }

    [Fact]
    public void Deadlines_that_hold_alone_but_not_together_are_named_by_the_solver_with_the_resource_they_contend_for()
    {
        // Each fits by itself before 12:00, but the two need six hours of the coater in the four hours before it.
        var outcome = Solver.Solve(Problem([Run("A", 3, 4, [Coater]), Run("B", 3, 4, [Coater]), Run("C", 1, 24, [Press])], hard: true));

        outcome.Feasible.ShouldBeFalse();
        var reason = outcome.Reasons.Single();
        reason.ShouldStartWith("以下硬性截止无法同时满足：");
        reason.ShouldContain("「试验A」（截止 3月2日 12:00");
        reason.ShouldContain("「试验B」（截止 3月2日 12:00");
        reason.ShouldNotContain("试验C");
        reason.ShouldContain("争用资源 A-EQ-01 极片涂布机");
    }

    [Fact]
    public void The_same_deadlines_when_soft_give_a_schedule_with_the_least_lateness()
    {
        var outcome = Solver.Solve(Problem([Run("A", 3, 4, [Coater]), Run("B", 3, 4, [Coater])]));

        outcome.Feasible.ShouldBeTrue();
        outcome.TotalLatenessMinutes.ShouldBe(120);
    }

    [Fact]
    public void A_precedence_cycle_is_named_in_order()
    {
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Coater], 0, "C"), Run("B", 1, 24, [Coater], 0, "A"), Run("C", 1, 24, [Coater], 0, "B")]));

        outcome.Feasible.ShouldBeFalse();
        outcome.Reasons.Single().ShouldBe("申请的先后关系成环，无法排程：「试验A」 → 「试验B」 → 「试验C」 → 「试验A」。");
    }

    [Fact]
    public void A_request_whose_only_resource_is_in_maintenance_is_named_with_the_resource()
    {
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Mill])]));

        outcome.Feasible.ShouldBeFalse();
        outcome.Reasons.Single().ShouldBe("「试验A」没有可用的资源：可选资源 A-EQ-12 行星球磨机（维护中） 均不可预约。");
    }
}
