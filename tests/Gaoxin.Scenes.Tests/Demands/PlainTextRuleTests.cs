using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;

namespace Gaoxin.Scenes.Tests.Demands;

/// <summary>The module's one markup check, and the scene inputs' <c>[PlainText]</c> that asks it (the cases of the former MarketText tests included).</summary>
public sealed class PlainTextRuleTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("正极材料<b>加粗</b>")]
    [InlineData("</p>")]
    [InlineData("结尾</p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("< a href='x'>")]
    [InlineData("< img src=x>")]
    [InlineData("注释<!-- x")]
    [InlineData("<!-- 注释 -->")]
    [InlineData("<?xml version='1.0'?>")]
    [InlineData("<![CDATA[x]]>")]
    public void Tag_shaped_text_is_refused(string text)
    {
        var outcome = new PlainTextRule().Check(new PlainTextFacts(text));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain("网页标记");
        new PlainTextAttribute().IsValid(text).ShouldBeFalse();
        new PlainTextAttribute().FormatErrorMessage("text").ShouldBe(outcome.Message);
    }

    [Theory]
    [InlineData("放电容量保持率 <70%，目标 >85%")]
    [InlineData("a<5 且 b>3")]
    [InlineData("<>")]
    [InlineData("1 < 2")]
    [InlineData("温度 < 5℃，湿度<60%")]
    [InlineData("a << b")]
    [InlineData("a<b")]
    [InlineData("无人车配送")]
    [InlineData("")]
    [InlineData(null)]
    public void Comparisons_and_plain_text_pass(string? text)
    {
        new PlainTextRule().Check(new PlainTextFacts(text)).Passed.ShouldBeTrue();
        new PlainTextAttribute().IsValid(text).ShouldBeTrue();
    }
}
