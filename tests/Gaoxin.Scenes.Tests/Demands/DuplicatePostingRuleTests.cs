using Gaoxin.Scenes.Demands;

namespace Gaoxin.Scenes.Tests.Demands;

/// <summary>Character-bigram Jaccard of title and problem, refused at 0.5 and above.</summary>
public sealed class DuplicatePostingRuleTests
{
    private static readonly Guid EarlierId = Guid.CreateVersion7();

    private static DuplicateFacts Facts(string text, string earlier) => new(text, [new OpenDemandText(EarlierId, "XQ-2025-001", earlier)]);

    [Fact]
    public void Exactly_half_the_bigrams_shared_is_a_duplicate_naming_the_earlier_demand()
    {
        // abce vs abcd: {ab, bc} of {ab, bc, cd, ce} = 0.5
        var outcome = new DuplicatePostingRule().Check(Facts("abce", "abcd"));

        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe("DuplicatePostingRule");
        outcome.Figures["duplicateOfId"].ShouldBe(EarlierId.ToString());
        outcome.Figures["duplicateOfCode"].ShouldBe("XQ-2025-001");
        outcome.Figures["similarity"].ShouldBe("0.50");
        outcome.Message.ShouldContain("XQ-2025-001");
    }

    [Fact]
    public void Just_under_half_passes()
    {
        // abcdeX vs abcdeY... : abcdxy {ab,bc,cd,dx,xy} vs abcdef {ab,bc,cd,de,ef}: 3 of 7 = 0.43
        DuplicatePostingRule.Similarity(DuplicatePostingRule.Bigrams("abcdxy"), DuplicatePostingRule.Bigrams("abcdef")).ShouldBe(3m / 7m);
        new DuplicatePostingRule().Check(Facts("abcdxy", "abcdef")).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Spacing_punctuation_case_and_width_do_not_make_a_posting_new()
    {
        var outcome = new DuplicatePostingRule().Check(Facts("钠离子电池， 正极材料 ＡＢ。", "钠离子电池正极材料ab"));

        outcome.Passed.ShouldBeFalse();
        outcome.Figures["similarity"].ShouldBe("1.00");
    }

    [Fact]
    public void Two_different_demands_of_one_chain_link_are_not_duplicates()
    {
        var outcome = new DuplicatePostingRule().Check(Facts(
            "钠离子电池电解液低温性能改善\n现有电解液在零下 20℃ 放电容量保持率不足 70%，需要溶剂和添加剂配方优化方案。",
            "层状氧化物正极材料循环寿命提升\n钠离子电池层状氧化物正极材料在高温循环中容量衰减快，需要包覆或掺杂改性技术，使 45℃ 下 2000 次循环容量保持率达到 85% 以上。"));

        outcome.Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_most_similar_of_several_is_named_and_empty_texts_are_not_alike()
    {
        var close = Guid.CreateVersion7();
        var outcome = new DuplicatePostingRule().Check(new DuplicateFacts("abcdefgh",
            [new OpenDemandText(Guid.CreateVersion7(), "XQ-1", "abcdexyz"), new OpenDemandText(close, "XQ-2", "abcdefgx")]));

        outcome.Figures["duplicateOfId"].ShouldBe(close.ToString());
        DuplicatePostingRule.Similarity(DuplicatePostingRule.Bigrams(""), DuplicatePostingRule.Bigrams("")).ShouldBe(0m);
        new DuplicatePostingRule().Check(Facts("", "")).Passed.ShouldBeTrue();
        new DuplicatePostingRule().Check(new DuplicateFacts("abcd", [])).Passed.ShouldBeTrue();
    }
}
