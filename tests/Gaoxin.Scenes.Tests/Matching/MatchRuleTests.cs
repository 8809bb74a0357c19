using Gaoxin.Contracts;
using Gaoxin.Scenes.Matching.Rules;

namespace Gaoxin.Scenes.Tests.Matching;

internal static class Facts
{
    public static MatchFacts Of(
        ZoneIndustry? queryIndustry = null, string? queryChain = null, int? minReadiness = null, string? required = null, string? queryIpc = null,
        string? queryRegion = null, ZoneIndustry industry = ZoneIndustry.Other, string? chain = null, int? readiness = null, string? certificates = null,
        string? ipc = null, string? region = null) =>
        new(queryIndustry, queryChain, minReadiness, required, queryIpc, queryRegion, industry, chain, readiness, certificates, ipc, region);
}

public sealed class SameIndustryRuleTests
{
    private static readonly SameIndustryRule Rule = new();

    [Fact]
    public void Same_industry_adds_with_its_name()
    {
        var reason = Rule.Evaluate(Facts.Of(queryIndustry: ZoneIndustry.NewEnergy, industry: ZoneIndustry.NewEnergy)).ShouldNotBeNull();
        reason.Effect.ShouldBe(0.15);
        reason.Text.ShouldBe("同属新能源产业");
        reason.RuleName.ShouldBe("SameIndustryRule");
    }

    [Fact]
    public void Different_unknown_or_other_industries_do_nothing()
    {
        Rule.Evaluate(Facts.Of(queryIndustry: ZoneIndustry.NewEnergy, industry: ZoneIndustry.Traditional)).ShouldBeNull();
        Rule.Evaluate(Facts.Of(queryIndustry: null, industry: ZoneIndustry.NewEnergy)).ShouldBeNull();
        Rule.Evaluate(Facts.Of(queryIndustry: ZoneIndustry.Other, industry: ZoneIndustry.Other)).ShouldBeNull();
    }
}

public sealed class SameChainLinkRuleTests
{
    private static readonly SameChainLinkRule Rule = new();

    [Theory]
    [InlineData("正极材料", "正极材料")]
    [InlineData("正极材料", "层状氧化物正极材料")]
    [InlineData("层状氧化物正极材料", "正极材料")]
    [InlineData("激光 雷达", "激光雷达")]
    public void One_naming_the_other_adds(string query, string candidate)
    {
        var reason = Rule.Evaluate(Facts.Of(queryChain: query, chain: candidate)).ShouldNotBeNull();
        reason.Effect.ShouldBe(0.2);
        reason.Text.ShouldBe($"同属产业链环节「{candidate}」");
    }

    [Theory]
    [InlineData("正极材料", "负极材料")]
    [InlineData(null, "正极材料")]
    [InlineData("正极材料", null)]
    [InlineData("  ", "正极材料")]
    [InlineData("。", "正极材料")]
    public void Different_or_missing_links_do_nothing(string? query, string? candidate) =>
        Rule.Evaluate(Facts.Of(queryChain: query, chain: candidate)).ShouldBeNull();
}

public sealed class ReadinessRuleTests
{
    private static readonly ReadinessRule Rule = new();

    [Theory]
    [InlineData(7, 7, 0.1)]
    [InlineData(7, 8, 0.1)]
    [InlineData(7, 6, -0.3)]
    [InlineData(1, 1, 0.1)]
    public void At_the_minimum_it_is_reached_one_below_it_is_demoted(int minimum, int level, double effect)
    {
        var reason = Rule.Evaluate(Facts.Of(minReadiness: minimum, readiness: level)).ShouldNotBeNull();
        reason.Effect.ShouldBe(effect);
        reason.Text.ShouldBe(effect > 0 ? $"技术成熟度{level}级，达到要求的{minimum}级" : $"技术成熟度{level}级，低于要求的{minimum}级");
    }

    [Fact]
    public void Without_a_minimum_or_a_level_it_does_nothing()
    {
        Rule.Evaluate(Facts.Of(minReadiness: null, readiness: 9)).ShouldBeNull();
        Rule.Evaluate(Facts.Of(minReadiness: 5, readiness: null)).ShouldBeNull();
    }
}

public sealed class CertificatesRuleTests
{
    private static readonly CertificatesRule Rule = new();

    [Theory]
    [InlineData("CCC", "道路测试牌照、CCC")]
    [InlineData("ISO9001、CCC", "ccc，ISO 9001")]
    [InlineData("道路测试牌照", "道路测试牌照")]
    public void Every_required_one_held_adds(string required, string held)
    {
        var reason = Rule.Evaluate(Facts.Of(required: required, certificates: held)).ShouldNotBeNull();
        reason.Effect.ShouldBe(0.15);
        reason.Text.ShouldStartWith("具备所需资质：");
    }

    [Theory]
    [InlineData("ISO9001、CCC", "CCC", "缺少所需资质：ISO9001")]
    [InlineData("CCC", null, "缺少所需资质：CCC")]
    [InlineData("CCC、CE", "", "缺少所需资质：CCC、CE")]
    public void One_missing_demotes_naming_it(string required, string? held, string text)
    {
        var reason = Rule.Evaluate(Facts.Of(required: required, certificates: held)).ShouldNotBeNull();
        reason.Effect.ShouldBe(-0.2);
        reason.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("、 ，")]
    public void Nothing_required_does_nothing(string? required) => Rule.Evaluate(Facts.Of(required: required, certificates: "CCC")).ShouldBeNull();
}

public sealed class SameIpcSubclassRuleTests
{
    private static readonly SameIpcSubclassRule Rule = new();

    [Theory]
    [InlineData("H01M4/505", "H01M10/054", "同属IPC小类H01M")]
    [InlineData("H01M4/505、B22F3/10", "b22f 1/00", "同属IPC小类B22F")]
    public void A_shared_subclass_adds(string query, string candidate, string text)
    {
        var reason = Rule.Evaluate(Facts.Of(queryIpc: query, ipc: candidate)).ShouldNotBeNull();
        reason.Effect.ShouldBe(0.15);
        reason.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("H01M4/505", "H01B1/00")]
    [InlineData("H01M4/505", "H02M7/00")]
    [InlineData("H01", "H01M4/505")]
    [InlineData(null, "H01M4/505")]
    [InlineData("H01M4/505", null)]
    [InlineData("1H01M", "1H01M")]
    public void Another_subclass_or_an_unknown_one_does_nothing(string? query, string? candidate) =>
        Rule.Evaluate(Facts.Of(queryIpc: query, ipc: candidate)).ShouldBeNull();
}

public sealed class SameRegionRuleTests
{
    private static readonly SameRegionRule Rule = new();

    [Fact]
    public void The_same_region_adds_a_little()
    {
        var reason = Rule.Evaluate(Facts.Of(queryRegion: "自贡高新区", region: " 自贡高新区 ")).ShouldNotBeNull();
        reason.Effect.ShouldBe(0.05);
        reason.Text.ShouldBe("同在自贡高新区");
    }

    [Theory]
    [InlineData("自贡高新区", "成都高新区")]
    [InlineData(null, "自贡高新区")]
    [InlineData("自贡高新区", "")]
    public void Another_or_an_unknown_region_does_nothing(string? query, string? candidate) =>
        Rule.Evaluate(Facts.Of(queryRegion: query, region: candidate)).ShouldBeNull();
}
