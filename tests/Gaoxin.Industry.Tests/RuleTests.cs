using Gaoxin.Contracts.Industry;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;

namespace Gaoxin.Industry.Tests;

/// <summary>Each named rule with its boundary values.</summary>
public sealed class RuleTests
{
    private static readonly StrengthThresholds Thresholds = new(StrongMinEnterprises: 3, StrongMinKeyFirms: 1, StrongMinOutput: 50_000_000m);

    [Theory]
    [InlineData(0, 0, 0, NodeStrength.Gap)]
    [InlineData(1, 0, 999_999_999, NodeStrength.Weak)]        // one ordinary firm, however big: too few
    [InlineData(2, 0, 60_000_000, NodeStrength.Weak)]         // one short of the firm count
    [InlineData(3, 0, 50_000_000, NodeStrength.Strong)]       // exactly at both thresholds
    [InlineData(3, 0, 49_999_999.99, NodeStrength.Weak)]      // a fen short of the output threshold
    [InlineData(1, 1, 50_000_000, NodeStrength.Strong)]       // one key firm is enough firms
    [InlineData(1, 1, 48_000_000, NodeStrength.Weak)]         // 珈钠能源 alone on cathode materials
    public void Local_presence_classifies_gaps_weak_and_strong_nodes(int firms, int keyFirms, double output, NodeStrength expected)
    {
        var presence = new NodePresence("正极材料", firms, keyFirms, (decimal)output, Thresholds);
        LocalPresenceRule.Classify(presence).ShouldBe(expected);
        var outcome = new LocalPresenceRule().Check(presence);
        outcome.Passed.ShouldBe(expected == NodeStrength.Strong);
        if (expected == NodeStrength.Gap)
        {
            outcome.Message.ShouldContain("缺口");
        }
        else if (expected == NodeStrength.Weak)
        {
            outcome.Message.ShouldContain("薄弱");
        }
    }

    [Fact]
    public void A_node_is_refused_when_its_parent_or_its_name_sits_in_another_chain()
    {
        var rule = new NodeInOneChainRule();
        var chain = Guid.NewGuid();
        rule.Check(new NodePlacementFacts(chain, "钠离子电池", chain, "正极材料", null)).Passed.ShouldBeTrue();
        rule.Check(new NodePlacementFacts(chain, "钠离子电池", null, "正极材料", null)).Passed.ShouldBeTrue();

        var parentElsewhere = rule.Check(new NodePlacementFacts(chain, "钠离子电池", Guid.NewGuid(), "正极材料", null));
        parentElsewhere.Passed.ShouldBeFalse();
        parentElsewhere.Rule.ShouldBe(nameof(NodeInOneChainRule));

        var nameElsewhere = rule.Check(new NodePlacementFacts(chain, "钠离子电池", null, "传感器", "无人系统"));
        nameElsewhere.Passed.ShouldBeFalse();
        nameElsewhere.Message.ShouldContain("无人系统");
    }

    [Theory]
    [InlineData(LeadStage.Lead, LeadStage.Contacted, null, true)]
    [InlineData(LeadStage.Negotiating, LeadStage.Negotiating, null, true)]    // a step without a stage change
    [InlineData(LeadStage.Negotiating, LeadStage.Visited, null, false)]
    [InlineData(LeadStage.Negotiating, LeadStage.Visited, "  ", false)]       // blank is no reason
    [InlineData(LeadStage.Negotiating, LeadStage.Visited, "对方要求再次考察厂房", true)]
    [InlineData(LeadStage.Producing, LeadStage.Lead, null, false)]
    public void Moving_a_lead_backwards_needs_a_reason(LeadStage from, LeadStage to, string? reason, bool passes) =>
        new LeadBackwardsNeedsReasonRule().Check(new LeadMove(from, to, reason)).Passed.ShouldBe(passes);

    [Theory]
    [InlineData(0, false)]
    [InlineData(29 * 24 * 60 + 23 * 60 + 59, false)]   // 29 days 23:59 without a step
    [InlineData(30 * 24 * 60, true)]                  // exactly 30 days
    [InlineData(45 * 24 * 60, true)]
    public void A_lead_without_a_step_for_30_days_is_stale(int minutes, bool stale)
    {
        var last = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var activity = new LeadActivity(LeadStage.Visited, last, last.AddMinutes(minutes), 30);
        StaleLeadRule.IsStale(activity).ShouldBe(stale);
        new StaleLeadRule().Check(activity).Passed.ShouldBe(!stale);
    }

    [Fact]
    public void A_producing_lead_is_never_stale() =>
        StaleLeadRule.IsStale(new LeadActivity(LeadStage.Producing, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(400), 30)).ShouldBeFalse();
}
