using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Tests.Rules;

public sealed class DocumentNumberRequiredRuleTests
{
    private readonly DocumentNumberRequiredRule _rule = new();

    [Theory]
    [InlineData(PlatformLevel.National, null, false)]
    [InlineData(PlatformLevel.National, "", false)]
    [InlineData(PlatformLevel.Provincial, "   ", false)] // blank is missing
    [InlineData(PlatformLevel.Provincial, "川科基〔2023〕45号", true)]
    [InlineData(PlatformLevel.National, "国科发基〔2020〕12号", true)]
    [InlineData(PlatformLevel.Municipal, null, true)] // municipal ones may go without
    public void National_and_provincial_platforms_need_a_document_number(PlatformLevel level, string? document, bool passes)
    {
        var outcome = _rule.Check(new DocumentFacts(level, document));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Message.ShouldBe("国家级、省级平台须填写认定文号。");
            outcome.Figures["level"].ShouldBe(level.ToString());
        }
    }
}
