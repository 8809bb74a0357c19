using Gaoxin.Scenes.Demands;

namespace Gaoxin.Scenes.Tests.Demands;

public sealed class PlainTextRuleTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("正极材料<b>加粗</b>")]
    [InlineData("</p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("< a href='x'>")]
    [InlineData("注释<!-- x")]
    [InlineData("<?xml version='1.0'?>")]
    public void Tag_shaped_text_is_refused(string text)
    {
        var outcome = new PlainTextRule().Check(new PlainTextFacts(text));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain("网页标记");
    }

    [Theory]
    [InlineData("放电容量保持率 <70%，目标 >85%")]
    [InlineData("a<5 且 b>3")]
    [InlineData("<>")]
    [InlineData("1 < 2")]
    [InlineData("")]
    [InlineData(null)]
    public void Comparisons_and_plain_text_pass(string? text) =>
        new PlainTextRule().Check(new PlainTextFacts(text)).Passed.ShouldBeTrue();
}
