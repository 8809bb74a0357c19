using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Tests.Rules;

public sealed class DuplicatePlatformRuleTests
{
    private readonly DuplicatePlatformRule _rule = new();

    [Theory]
    [InlineData("四川省钠离子电池工程技术研究中心", false)] // the same name
    [InlineData(" 四川省 钠离子电池工程技术研究中心 ", false)] // spaces do not make it another
    [InlineData("四川省钠离子电池工程技术研究中心　", false)] // nor a full-width space
    [InlineData("ＡＢＣ电池实验室", false)] // full-width letters fold to the registered half-width, case-folded
    [InlineData("四川省钠离子电池工程技术研究中心（二期）", true)] // one character more is another platform
    [InlineData("四川省钠离子电池工程研究中心", true)]
    public void The_same_normalised_name_under_the_same_host_is_refused(string name, bool passes)
    {
        var outcome = _rule.Check(new DuplicateFacts(name, ["四川省钠离子电池工程技术研究中心", "abc电池实验室"]));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(DuplicatePlatformRule));
    }

    [Fact]
    public void A_host_without_platforms_has_no_duplicate_and_a_refusal_names_the_platform()
    {
        _rule.Check(new DuplicateFacts("任意平台", [])).Passed.ShouldBeTrue();
        var refused = _rule.Check(new DuplicateFacts("甲平台", ["甲平台"]));
        refused.Message.ShouldBe("依托单位已登记同名平台“甲平台”，不能重复登记。");
        refused.Figures["name"].ShouldBe("甲平台");
    }
}
