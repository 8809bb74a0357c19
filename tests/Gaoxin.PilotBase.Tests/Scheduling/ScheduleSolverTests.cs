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

    // ---- What the scheduler must do at its edges (issue #23: each states a meaning, each found a mutant no test killed).

    private static SchedulingProblem At(DateTimeOffset now, RunRequest[] runs, BusyRange[]? busy = null, bool hard = false) =>
        new(now, runs, Resources, busy ?? [], hard);

    private static void ShouldRefuse(ScheduleOutcome outcome, string reason)
    {
        outcome.Feasible.ShouldBeFalse();
        outcome.Optimal.ShouldBeFalse("a refusal is not an optimum");
        outcome.Placements.ShouldBeEmpty();
        outcome.Makespan.ShouldBeNull();
        outcome.Reasons.ShouldBe([reason]);
    }

    [Fact]
    public void Requests_that_cannot_be_read_are_refused_before_solving_each_with_its_reason()
    {
        ShouldRefuse(Solver.Solve(Problem([])), "没有待排程的申请。");
        ShouldRefuse(Solver.Solve(Problem([Run("A", 1, 24, [Coater]), Run("A", 2, 24, [Press])])), "申请编号「A」重复。");
        ShouldRefuse(Solver.Solve(Problem([Run("B", 1, 24, [Coater], 0, "X")])), "「试验B」须在「X」之后进行，但本次没有编号为「X」的申请。");
        ShouldRefuse(Solver.Solve(Problem([Run("A", 1, 24, [])])), "「试验A」没有指定可选资源。");
        ShouldRefuse(Solver.Solve(Problem([Run("A", 1, 24, [Guid.CreateVersion7()])])), "「试验A」没有可用的资源：可选资源 （资源不存在） 均不可预约。");
        ShouldRefuse(Solver.Solve(Problem([new RunRequest("A", "试验A", 0, [Coater], T0, T0.AddHours(24), [])])), "「试验A」的时长必须大于零。");
    }

    [Fact]
    public void One_available_resource_among_the_eligible_is_enough()
    {
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Mill, Coater])]));

        outcome.Feasible.ShouldBeTrue();
        outcome.Placements.Single().ResourceId.ShouldBe(Coater);
    }

    [Fact]
    public void Nothing_starts_before_now_a_run_whose_earliest_start_has_passed_starts_at_now_rounded_up_to_the_grid()
    {
        // Found by mutation: the grid's start is now floored (08:00), and such a run was placed at 08:00, before now (08:10).
        var outcome = Solver.Solve(At(T0.AddMinutes(10), [Run("A", 1, 24, [Coater])]));

        outcome.Placements.Single().StartsAt.ShouldBe(T0.AddMinutes(30));
    }

    [Fact]
    public void A_run_due_soon_goes_before_a_shorter_run_due_later()
    {
        var outcome = Solver.Solve(Problem([Run("B", 1, 24, [Coater]), Run("A", 2, 2, [Coater])]));

        outcome.TotalLatenessMinutes.ShouldBe(0);
        outcome.Placements.Single(p => p.Key == "A").StartsAt.ShouldBe(T0);
        outcome.Placements.Single(p => p.Key == "B").StartsAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void Ending_exactly_at_the_deadline_is_on_time_so_the_shorter_run_may_go_first()
    {
        var outcome = Solver.Solve(Problem([Run("X", 2, 3, [Coater]), Run("Y", 1, 24, [Coater])]));

        outcome.TotalLatenessMinutes.ShouldBe(0);
        outcome.Placements.Single(p => p.Key == "Y").StartsAt.ShouldBe(T0, "the short run first keeps the completions earliest");
        outcome.Placements.Single(p => p.Key == "X").EndsAt.ShouldBe(T0.AddHours(3));
    }

    [Fact]
    public void A_hard_deadline_met_exactly_at_its_last_minute_is_feasible()
    {
        var outcome = Solver.Solve(Problem([Run("A", 2, 2, [Coater])], hard: true));

        outcome.Feasible.ShouldBeTrue();
        outcome.Placements.Single().EndsAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void Total_lateness_adds_up_every_late_run()
    {
        var outcome = Solver.Solve(Problem([Run("A", 2, 1, [Coater]), Run("B", 2, 1, [Coater]), Run("C", 2, 1, [Coater])]));

        outcome.Placements.Select(p => p.LatenessMinutes).Order().ShouldBe([60, 180, 300]);
        outcome.TotalLatenessMinutes.ShouldBe(540);
    }

    [Fact]
    public void A_soft_deadline_already_past_still_gets_a_schedule_late_from_that_deadline()
    {
        // Found by mutation: a deadline before the grid's start made the model infeasible ("no solution within the time limit").
        var outcome = Solver.Solve(Problem([Run("A", 1, -10, [Coater])]));

        outcome.Feasible.ShouldBeTrue();
        outcome.Placements.Single().StartsAt.ShouldBe(T0);
        outcome.TotalLatenessMinutes.ShouldBe(11 * 60);
    }

    [Fact]
    public void A_soft_deadline_no_placement_can_meet_is_only_late_not_refused()
    {
        var outcome = Solver.Solve(Problem([Run("A", 4, 3, [Coater])]));

        outcome.Feasible.ShouldBeTrue();
        outcome.TotalLatenessMinutes.ShouldBe(60);
    }

    [Fact]
    public void Runs_held_up_by_a_long_booking_are_placed_one_after_another_once_it_ends()
    {
        BusyRange[] busy =
        [
            new(Coater, T0, T0.AddHours(10), "预约「长时耐久」"),
            new(Press, T0, T0.AddHours(1), "维护窗口"),
            new(Mill, T0, T0.AddHours(30), "维护窗口"), // a resource no request can use
        ];
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Coater]), Run("B", 1, 24, [Coater]), Run("C", 1, 24, [Press])], busy));

        outcome.Feasible.ShouldBeTrue();
        outcome.Placements.Where(p => p.Key != "C").Select(p => p.StartsAt).Order().ShouldBe([T0.AddHours(10), T0.AddHours(11)]);
        outcome.Placements.Single(p => p.Key == "C").StartsAt.ShouldBe(T0.AddHours(1), "the press's own maintenance holds it");
        outcome.Makespan.ShouldBe(T0.AddHours(12));
    }

    [Fact]
    public void Runs_that_may_only_start_later_are_placed_one_after_another_from_that_start()
    {
        var outcome = Solver.Solve(Problem([Run("A", 1, 1, [Coater], 10), Run("B", 1, 1, [Coater], 10), Run("C", 1, 1, [Press])]));

        outcome.Feasible.ShouldBeTrue();
        outcome.Placements.Single(p => p.Key == "C").StartsAt.ShouldBe(T0);
        outcome.Placements.Where(p => p.Key != "C").Select(p => p.StartsAt).Order().ShouldBe([T0.AddHours(10), T0.AddHours(11)]);
        outcome.TotalLatenessMinutes.ShouldBe(600 + 660);
    }

    [Fact]
    public void A_booking_that_ended_when_the_grid_starts_does_not_hold_the_resource()
    {
        var outcome = Solver.Solve(Problem([Run("A", 2, 24, [Coater])], [new(Coater, T0.AddHours(-2), T0, "预约「昨日」")]));

        outcome.Placements.Single().StartsAt.ShouldBe(T0);
    }

    [Fact]
    public void An_empty_hold_holds_nothing()
    {
        var outcome = Solver.Solve(Problem([Run("A", 2, 24, [Coater])], [new(Coater, T0.AddHours(1), T0.AddHours(1), "预约「已取消」")]));

        outcome.Placements.Single().StartsAt.ShouldBe(T0);
    }

    [Fact]
    public void A_maintenance_window_overlapping_a_booking_holds_the_resource_until_both_end()
    {
        // Found by mutation: two holds that overlap made the model infeasible.
        BusyRange[] busy =
        [
            new(Coater, T0.AddHours(2), T0.AddHours(4), "维护窗口"),
            new(Coater, T0, T0.AddHours(3), "预约「客户验证」"),
            new(Press, T0, T0.AddHours(8), "预约「长时耐久」"),
            new(Press, T0.AddHours(2), T0.AddHours(4), "维护窗口"), // inside the booking
        ];
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Coater]), Run("B", 1, 24, [Press])], busy));

        outcome.Feasible.ShouldBeTrue();
        outcome.Placements.Single(p => p.Key == "A").StartsAt.ShouldBe(T0.AddHours(4));
        outcome.Placements.Single(p => p.Key == "B").StartsAt.ShouldBe(T0.AddHours(8));
    }

    [Fact]
    public void A_free_stretch_exactly_as_long_as_the_run_meets_a_hard_deadline_between_bookings_or_before_it()
    {
        BusyRange[] between = [new(Coater, T0, T0.AddHours(1), "预约「甲」"), new(Coater, T0.AddHours(3), T0.AddHours(8), "预约「乙」")];
        var middle = Solver.Solve(Problem([Run("A", 2, 6, [Coater])], between, hard: true));
        middle.Feasible.ShouldBeTrue();
        middle.Placements.Single().StartsAt.ShouldBe(T0.AddHours(1));

        var end = Solver.Solve(Problem([Run("A", 2, 3, [Coater])], [new(Coater, T0, T0.AddHours(1), "预约「甲」")], hard: true));
        end.Feasible.ShouldBeTrue();
        end.Placements.Single().EndsAt.ShouldBe(T0.AddHours(3));
    }

    [Fact]
    public void A_resource_without_a_long_enough_free_stretch_names_only_its_own_bookings_inside_the_window_in_time_order()
    {
        BusyRange[] busy =
        [
            new(Coater, T0.AddHours(5), T0.AddHours(8), "预约「乙」"),
            new(Coater, T0, T0.AddHours(3), "预约「甲」"),
            new(Coater, T0.AddHours(24), T0.AddHours(48), "预约「下周」"),
            new(Coater, T0.AddHours(-2), T0, "预约「昨日」"),   // ends as the window opens
            new(Coater, T0.AddHours(8), T0.AddHours(9), "预约「丁」"), // starts at the deadline
            new(Press, T0.AddHours(3), T0.AddHours(5), "预约「丙」"),  // another resource
        ];
        var outcome = Solver.Solve(Problem([Run("A", 3, 8, [Coater])], busy, hard: true));

        ShouldRefuse(outcome, "「试验A」须在 3月2日 08:00 至硬性截止 3月2日 16:00 之间连续占用 3 小时，但可选资源在此期间均无足够空闲："
            + "A-EQ-01 极片涂布机 已被 预约「甲」（3月2日 08:00–3月2日 11:00）、预约「乙」（3月2日 13:00–3月2日 16:00） 占用。");
    }

    [Fact]
    public void A_hard_deadline_missed_because_of_the_run_it_follows_names_that_run()
    {
        var outcome = Solver.Solve(Problem([Run("A", 2, 24, [Coater]), Run("B", 2, 3, [Press], 0, "A")], hard: true));

        ShouldRefuse(outcome, "「试验B」无法在硬性截止 3月2日 11:00 前完成：最早 3月2日 08:00 开始、需 2 小时，且须在「试验A」之后，最早 3月2日 12:00 才能完成。");
    }

    [Fact]
    public void A_hard_deadline_read_from_now_starts_at_now_rounded_up_to_the_grid()
    {
        var outcome = Solver.Solve(At(T0.AddMinutes(10), [Run("A", 4, 3, [Coater])], hard: true));

        ShouldRefuse(outcome, "「试验A」无法在硬性截止 3月2日 11:00 前完成：最早 3月2日 08:30 开始、需 4 小时，最早 3月2日 12:30 才能完成。");
    }

    [Fact]
    public void Deadlines_contending_for_one_resource_name_only_the_resource_they_share()
    {
        // A could use the press, but it is in maintenance all day: both runs need the coater's four hours before noon.
        var outcome = Solver.Solve(Problem([Run("A", 3, 4, [Coater, Press]), Run("B", 3, 4, [Coater])], [new(Press, T0, T0.AddHours(24), "维护窗口")], hard: true));

        ShouldRefuse(outcome, "以下硬性截止无法同时满足：「试验A」（截止 3月2日 12:00，需 3 小时）、「试验B」（截止 3月2日 12:00，需 3 小时）；"
            + "它们争用资源 A-EQ-01 极片涂布机，截止前的空闲时间不足以容纳全部。");
    }

    [Fact]
    public void Deadlines_that_share_no_single_resource_name_every_resource_they_contend_for()
    {
        // Any two fit (C takes the resource the other leaves), all three do not.
        var outcome = Solver.Solve(Problem([Run("A", 2, 2, [Coater]), Run("B", 2, 2, [Press]), Run("C", 2, 2, [Coater, Press])], hard: true));

        ShouldRefuse(outcome, "以下硬性截止无法同时满足：「试验A」（截止 3月2日 10:00，需 2 小时）、「试验B」（截止 3月2日 10:00，需 2 小时）、「试验C」（截止 3月2日 10:00，需 2 小时）；"
            + "它们争用资源 A-EQ-01 极片涂布机、A-EQ-02 极片辊压机，截止前的空闲时间不足以容纳全部。");
    }

    [Fact]
    public void A_single_deadline_the_solver_finds_unmeetable_is_named_alone()
    {
        // B fits after A by the precheck's bound, but A must wait for the coater's maintenance, which pushes B past 11:00.
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Coater]), Run("B", 2, 3, [Press], 0, "A")], [new(Coater, T0, T0.AddHours(1), "维护窗口")], hard: true));

        ShouldRefuse(outcome, "「试验B」（截止 3月2日 11:00，需 2 小时）的硬性截止无法满足：资源 A-EQ-02 极片辊压机 在截止前的空闲时间不足。");
    }

    [Fact]
    public void A_precedence_cycle_names_only_the_requests_on_it()
    {
        var outcome = Solver.Solve(Problem([Run("A", 1, 24, [Coater], 0, "X", "C"), Run("B", 1, 24, [Coater], 0, "A"), Run("C", 1, 24, [Coater], 0, "B"), Run("X", 1, 24, [Coater])]));

        ShouldRefuse(outcome, "申请的先后关系成环，无法排程：「试验A」 → 「试验B」 → 「试验C」 → 「试验A」。");
    }

    [Fact]
    public void A_solve_gets_what_is_left_of_the_time_limit_but_never_less_than_the_least()
    {
        ScheduleSolver.Budget(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(4)).ShouldBe(6, 1e-9);
        ScheduleSolver.Budget(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(9_990)).ShouldBe(ScheduleSolver.LeastSeconds);
        ScheduleSolver.Budget(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)).ShouldBe(ScheduleSolver.LeastSeconds);
        ScheduleSolver.LeastSeconds.ShouldBe(0.05);
    }

    [Fact]
    public void The_time_limit_is_spent_once_no_more_than_the_least_is_left()
    {
        ScheduleSolver.OutOfTime(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(9_950)).ShouldBeTrue();
        ScheduleSolver.OutOfTime(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(9_940)).ShouldBeFalse();
        ScheduleSolver.OutOfTime(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11)).ShouldBeTrue();
    }
}

