namespace Gaoxin.TechTransfer.Tests.Achievements;

/// <summary>The deletion rule of an achievement, pure (kept apart from the HTTP tests so the mutation run compiles it alone).</summary>
public sealed class AchievementNotInUseRuleTests
{
    [Fact]
    public void No_project_passes_and_one_project_refuses_naming_it()
    {
        var rule = new Gaoxin.TechTransfer.Achievements.AchievementNotInUseRule();
        rule.Check([]).Passed.ShouldBeTrue();
        var one = rule.Check(["ZG-2026-001 锂电回收"]);
        one.Passed.ShouldBeFalse();
        one.Rule.ShouldBe("AchievementNotInUseRule");
        one.Message.ShouldBe("该成果已用于转化项目“ZG-2026-001 锂电回收”，不能删除。");
        one.Figures["projects"].ShouldBe("1");
        rule.Check(["A", "B"]).Message.ShouldBe("该成果已用于转化项目“A”“B”，不能删除。");
    }
}
