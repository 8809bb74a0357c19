using Gaoxin.Scenes.Matching;

namespace Gaoxin.Scenes.Tests.Matching;

/// <summary>The market's analysis of Chinese technical text: domain terms are whole tokens as well as their parts,
/// abbreviations find the full term, and function words do not count.</summary>
public sealed class MarketAnalyzerTests
{
    private static IReadOnlyList<string> Terms(string text) => MarketAnalyzer.Terms(MarketAnalyzer.Create(), text);

    [Theory]
    [InlineData("钠离子电池正极材料的研发", "钠离子电池")]
    [InlineData("钠离子电池正极材料的研发", "正极材料")]
    [InlineData("基于激光雷达的障碍物识别", "激光雷达")]
    [InlineData("硬质合金刀具涂层工艺", "硬质合金")]
    [InlineData("泵阀设备故障诊断", "故障诊断")]
    public void A_domain_compound_is_one_token(string text, string term) => Terms(text).ShouldContain(term);

    [Fact]
    public void A_domain_compound_keeps_its_parts()
    {
        var terms = Terms("钠离子电池");
        terms.ShouldContain("钠离子电池");
        terms.ShouldContain("电池");
        terms.ShouldContain("离子");
    }

    [Fact]
    public void The_compound_stands_at_its_first_part_position()
    {
        using var analyzer = MarketAnalyzer.Create();
        using var stream = analyzer.GetTokenStream("body", "激光雷达");
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var position = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var seen = new List<(string, int)>();
        while (stream.IncrementToken())
        {
            seen.Add((term.ToString(), position.PositionIncrement));
        }

        stream.End();
        seen.ShouldContain(("激光雷达", 0));
        seen[0].Item2.ShouldBe(1);
    }

    [Theory]
    [InlineData("钠电", "钠离子电池")]
    [InlineData("锂电", "锂离子电池")]
    [InlineData("无人车", "无人驾驶")]
    [InlineData("AGV调度", "自动导引车")]
    public void An_abbreviation_also_gives_the_full_term(string text, string term) => Terms(text).ShouldContain(term);

    [Fact]
    public void Function_words_and_punctuation_are_dropped()
    {
        var terms = Terms("我们需要一种用于储能的电池，以及相关的技术。");
        terms.ShouldNotContain("的");
        terms.ShouldNotContain("我们");
        terms.ShouldNotContain("，");
        terms.ShouldNotContain("。");
        terms.ShouldContain("储能");
        terms.ShouldContain("电池");
    }

    [Fact]
    public void The_plain_analysis_has_no_domain_terms()
    {
        var terms = MarketAnalyzer.Terms(MarketAnalyzer.CreatePlain(), "钠离子电池");
        terms.ShouldNotContain("钠离子电池");
        terms.ShouldContain("电池");
    }

    [Fact]
    public void Empty_and_enormous_texts_analyse()
    {
        Terms("").ShouldBeEmpty();
        Terms("   ").ShouldBeEmpty();
        Terms(string.Concat(Enumerable.Repeat("钠离子电池正极材料", 5000))).ShouldContain("正极材料");
    }
}
