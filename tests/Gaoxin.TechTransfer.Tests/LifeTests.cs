using Gaoxin.Contracts;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>The entities with a life change only through their methods, which refuse without changing anything.</summary>
public sealed class LifeTests
{
    private static readonly ZoneId Zone = new(Guid.CreateVersion7());
    private static readonly DateOnly Day = new(2026, 3, 1);
    private static readonly DateTimeOffset At = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly PlanProgress BothPlans = new(true, 1, 0, true, 1);

    private static Project Proposed(int achievements = 1) =>
        Project.Propose(Zone, "ZG-2026-001", "钠电", null, null, Guid.CreateVersion7(), null, "自贡钠电", ZoneIndustry.NewEnergy, AchievementOrigin.Local, Day,
            Enumerable.Range(0, achievements).Select(_ => Guid.CreateVersion7()), []);

    [Fact]
    public void A_refused_move_names_its_rule_and_changes_nothing()
    {
        var p = Proposed();
        var refusal = Should.Throw<Refusal>(() => p.MoveTo(RelayStage.PilotIncubation, null, BothPlans, "运营", At, Day));
        refusal.Kind.ShouldBe(RefusalKind.Rule);
        refusal.Rule.ShouldBe("TransitionAllowedRule");
        (p.Stage, p.Version, p.PilotStartedOn).ShouldBe((RelayStage.Proposed, 0, (DateOnly?)null));

        Should.Throw<Refusal>(() => Proposed(achievements: 0).MoveTo(RelayStage.Screening, null, PlanProgress.None, "运营", At, Day)).Rule.ShouldBe("ScreeningNeedsAchievementRule");
        Should.Throw<Refusal>(() => p.MoveTo(RelayStage.Terminated, " ", PlanProgress.None, "运营", At, Day)).Rule.ShouldBe("TerminationNeedsReasonRule");
    }

    [Fact]
    public void A_move_writes_its_event_with_the_days_spent_and_sets_the_derived_dates()
    {
        var p = Proposed();
        p.MoveTo(RelayStage.Screening, null, PlanProgress.None, "运营", At, Day.AddDays(10));
        Should.Throw<Refusal>(() => p.MoveTo(RelayStage.Selected, null, BothPlans, "运营", At, Day)).Rule.ShouldBe("SelectionByRoundDecisionRule");
        p.DecideByRound(selected: true, 86m, "A", "综合得分 86", PlanProgress.None, "运营", At, Day.AddDays(40));
        var e = p.MoveTo(RelayStage.PilotIncubation, null, BothPlans, "运营", At, Day.AddDays(45));

        (e.Kind, e.FromStage, e.ToStage, e.DaysInFromStage, e.ProjectId).ShouldBe((ProjectEventKind.StageChanged, RelayStage.Selected, RelayStage.PilotIncubation, 5, p.Id));
        (p.Stage, p.StageSince, p.PilotStartedOn, p.FurthestStage, p.Grade, p.Version).ShouldBe((RelayStage.PilotIncubation, Day.AddDays(45), Day.AddDays(45), RelayStage.PilotIncubation, "A", 3));
        p.MoveTo(RelayStage.Terminated, "中试失败", PlanProgress.None, "运营", At, Day.AddDays(50));
        (p.FurthestStage, p.TerminationReason).ShouldBe((RelayStage.PilotIncubation, "中试失败"));
    }

    [Fact]
    public void Sales_count_only_after_industrial_incubation_began()
    {
        var report = new OutcomeReport { ZoneId = Zone, ReportedOn = Day, RevenueToDate = 9_000_000m };
        Should.Throw<Refusal>(() => Proposed().ReportSales(report, [], new SuccessDefinition(), "企业", At)).Rule.ShouldBe("OutcomeAfterIncubationRule");
    }

    [Fact]
    public void A_milestone_is_accepted_only_with_evidence_and_then_is_final()
    {
        var m = new Milestone(Zone, Guid.CreateVersion7(), PlanKind.Pilot, "中试线调试", Day, "检测报告");
        Should.Throw<Refusal>(() => m.Decide(accept: true, null, Day)).Rule.ShouldBe("MilestoneNeedsEvidenceRule");
        m.SubmitEvidence("报告 2026-001");
        Should.Throw<Refusal>(() => m.Decide(accept: false, " ", Day)).Rule.ShouldBe("SendBackNeedsNoteRule");
        m.Decide(accept: true, "合格", Day);
        (m.State, m.AcceptedOn).ShouldBe((MilestoneState.Accepted, (DateOnly?)Day));
        Should.Throw<Refusal>(() => m.SubmitEvidence("再交")).Rule.ShouldBe("AcceptedMilestoneIsFinalRule");
    }

    [Fact]
    public void A_round_is_decided_when_every_entry_is_and_published_only_then()
    {
        var round = new ScreeningRound(Zone, "2026 年度", At, 85, 75, 60);
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        round.Reviewers.AddRange([new RoundReviewer { ZoneId = Zone, RoundId = round.Id, UserId = "r1", Name = "专家一" }, new RoundReviewer { ZoneId = Zone, RoundId = round.Id, UserId = "r2", Name = "专家二" }]);
        round.Entries.AddRange([new RoundEntry(Zone, round.Id, a), new RoundEntry(Zone, round.Id, b)]);
        (Guid, string, decimal)[] reviews = [(a, "r1", 90m), (a, "r2", 88m), (b, "r1", 70m)];

        // b lacks r2's review before the deadline; once r2 declares a conflict on b, one review is all b can get.
        Should.Throw<Refusal>(() => round.Decide(b, EntryDecision.Selected, "x", reviews, [], At)).Rule.ShouldBe("DecideAfterReviewsRule");
        round.Decide(a, EntryDecision.Selected, null, reviews, [], At);
        (round.Status, round.Entries[0].Rank, round.Entries[0].Grade).ShouldBe((RoundStatus.Open, (int?)1, "A"));
        Should.Throw<Refusal>(round.Publish).Rule.ShouldBe("PublishWhenDecidedRule");
        Should.Throw<Refusal>(() => round.Decide(b, EntryDecision.Rejected, null, reviews, [(b, "r2")], At)).Rule.ShouldBe("DecisionReasonRule");
        round.Decide(b, EntryDecision.Rejected, "市场论证不足", reviews, [(b, "r2")], At);
        round.Status.ShouldBe(RoundStatus.Decided);
        Should.Throw<Refusal>(() => round.Decide(a, EntryDecision.Rejected, "改判", reviews, [], At)).Rule.ShouldBe("DecisionIsFinalRule");
        round.Publish();
        (round.Status, round.Version).ShouldBe((RoundStatus.Published, 3));
    }
}
