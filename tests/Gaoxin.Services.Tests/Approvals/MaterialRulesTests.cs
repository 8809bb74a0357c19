using Gaoxin.Services.Approvals;

namespace Gaoxin.Services.Tests.Approvals;

/// <summary>必要材料齐全 and 容缺承诺期限 at their boundaries.</summary>
public sealed class EssentialMaterialsRuleTests
{
    [Fact]
    public void Nothing_essential_missing_passes()
    {
        new EssentialMaterialsRule().Check(new MaterialFacts("企业投资项目备案", [])).Passed.ShouldBeTrue();
    }

    [Fact]
    public void One_essential_material_missing_is_refused_by_name()
    {
        var outcome = new EssentialMaterialsRule().Check(new MaterialFacts("企业投资项目备案", ["营业执照", "项目备案申请表"]));
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe("必要材料齐全");
        outcome.Message.ShouldContain("营业执照、项目备案申请表");
    }
}

public sealed class DeferPromiseRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void The_promise_falls_after_today_and_within_the_maximum(int days, bool passes) =>
        new DeferPromiseRule().Check(new DeferFacts("项目建设方案", Today, Today.AddDays(days), 30)).Passed.ShouldBe(passes);

    [Fact]
    public void The_maximum_is_configurable()
    {
        new DeferPromiseRule().Check(new DeferFacts("项目建设方案", Today, Today.AddDays(10), 7)).Passed.ShouldBeFalse();
        new DeferPromiseRule().Check(new DeferFacts("项目建设方案", Today, Today.AddDays(7), 7)).Passed.ShouldBeTrue();
    }
}
