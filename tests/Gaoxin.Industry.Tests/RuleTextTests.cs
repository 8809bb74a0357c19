using Gaoxin.Contracts.Industry;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;

namespace Gaoxin.Industry.Tests;

/// <summary>What a person reads when an industry rule refuses: each explanation and its figures, word for word (issue #23).</summary>
public sealed class RuleTextTests
{
    private static readonly StrengthThresholds Thresholds = new(StrongMinEnterprises: 3, StrongMinKeyFirms: 1, StrongMinOutput: 50_000_000m);

    [Fact]
    public void A_gap_says_there_is_no_local_firm()
    {
        var outcome = new LocalPresenceRule().Check(new NodePresence("正极材料", 0, 0, 0m, Thresholds));
        outcome.Rule.ShouldBe(nameof(LocalPresenceRule));
        outcome.Message.ShouldBe("“正极材料”在本地没有企业：产业链缺口。");
        outcome.Figures["enterprises"].ShouldBe("0");
        outcome.Figures["keyFirms"].ShouldBe("0");
        outcome.Figures["output"].ShouldBe("0");
    }

    [Fact]
    public void A_weak_node_shows_its_firms_and_output_against_the_thresholds_in_wan_yuan()
    {
        var outcome = new LocalPresenceRule().Check(new NodePresence("电解液", 2, 0, 12_345_678.9m, Thresholds));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("“电解液”本地仅 2 家企业（骨干 0 家）、产值 1234.57 万元，低于较强环节的门槛（3 家或骨干 1 家，且产值 5000 万元）：薄弱环节。");
        outcome.Figures["enterprises"].ShouldBe("2");
        outcome.Figures["keyFirms"].ShouldBe("0");
        outcome.Figures["output"].ShouldBe("12345678.9");
    }

    [Fact]
    public void A_strong_node_passes_without_a_word()
    {
        var outcome = new LocalPresenceRule().Check(new NodePresence("负极材料", 5, 2, 80_000_000m, Thresholds));
        outcome.Passed.ShouldBeTrue();
        outcome.Message.ShouldBe(string.Empty);
    }

    [Fact]
    public void Firms_enough_by_key_firms_alone_still_need_the_output() =>
        LocalPresenceRule.Classify(new NodePresence("隔膜", 1, 2, 49_999_999.99m, Thresholds)).ShouldBe(NodeStrength.Weak);

    [Fact]
    public void A_parent_in_another_chain_is_refused_naming_the_node_and_the_chain()
    {
        var outcome = new NodeInOneChainRule().Check(new NodePlacementFacts(Guid.NewGuid(), "钠离子电池", Guid.NewGuid(), "正极材料", "无人系统"));
        outcome.Message.ShouldBe("上级环节属于另一条产业链，“正极材料”不能同时挂在两条链上。");
        outcome.Figures["chain"].ShouldBe("钠离子电池");
    }

    [Fact]
    public void A_name_already_in_another_chain_is_refused_naming_both_chains()
    {
        var chain = Guid.NewGuid();
        var outcome = new NodeInOneChainRule().Check(new NodePlacementFacts(chain, "钠离子电池", chain, "传感器", "无人系统"));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("环节“传感器”已在产业链“无人系统”中，不能再挂到“钠离子电池”。");
        outcome.Figures["node"].ShouldBe("传感器");
        outcome.Figures["existingChain"].ShouldBe("无人系统");
        outcome.Figures["chain"].ShouldBe("钠离子电池");
    }

    [Fact]
    public void Moving_back_without_a_reason_names_both_stages()
    {
        var outcome = new LeadBackwardsNeedsReasonRule().Check(new LeadMove(LeadStage.Negotiating, LeadStage.Visited, null));
        outcome.Rule.ShouldBe(nameof(LeadBackwardsNeedsReasonRule));
        outcome.Message.ShouldBe("线索从“洽谈中”退回“已考察”时必须填写原因。");
        outcome.Figures["from"].ShouldBe("Negotiating");
        outcome.Figures["to"].ShouldBe("Visited");
    }

    [Theory]
    [InlineData(LeadStage.Lead, "线索")]
    [InlineData(LeadStage.Contacted, "已接洽")]
    [InlineData(LeadStage.Visited, "已考察")]
    [InlineData(LeadStage.Negotiating, "洽谈中")]
    [InlineData(LeadStage.SignedDeal, "已签约")]
    [InlineData(LeadStage.UnderConstruction, "在建")]
    [InlineData(LeadStage.Producing, "已投产")]
    public void Every_stage_has_its_chinese_name(LeadStage stage, string name) => LeadLabels.Stage(stage).ShouldBe(name);

    [Fact]
    public void A_stale_lead_says_how_long_it_has_waited_and_the_zones_limit()
    {
        var last = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var outcome = new StaleLeadRule().Check(new LeadActivity(LeadStage.SignedDeal, last, last.AddDays(45).AddHours(23), 30));
        outcome.Rule.ShouldBe(nameof(StaleLeadRule));
        outcome.Message.ShouldBe("已 45 天没有跟进（超过 30 天即为长期未跟进）。");
        outcome.Figures["days"].ShouldBe("45");
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void The_zone_sets_how_many_days_make_a_lead_stale(int days, bool stale)
    {
        var last = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
        StaleLeadRule.IsStale(new LeadActivity(LeadStage.Lead, last, last.AddDays(days), 7)).ShouldBe(stale);
    }
}
