using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Industry.Gaps;

/// <summary>A node's local presence in a year: firms placed on it or its sub-nodes, their output, key firms among them.</summary>
public sealed record NodePresence(string Node, int Enterprises, int KeyFirms, decimal Output, StrengthThresholds Thresholds);

/// <summary>
/// Gap detection (缺链/弱链识别): a node with no local enterprise is a gap; one with too few firms (and no key firm) or
/// too little output is weak; otherwise strong. The rule passes only for strong nodes and names what is missing.
/// </summary>
public sealed class LocalPresenceRule : IBusinessRule<NodePresence>
{
    public string Name => nameof(LocalPresenceRule);

    public static NodeStrength Classify(NodePresence p)
    {
        if (p.Enterprises == 0)
        {
            return NodeStrength.Gap;
        }

        var enoughFirms = p.Enterprises >= p.Thresholds.StrongMinEnterprises || p.KeyFirms >= p.Thresholds.StrongMinKeyFirms;
        return enoughFirms && p.Output >= p.Thresholds.StrongMinOutput ? NodeStrength.Strong : NodeStrength.Weak;
    }

    public RuleOutcome Check(NodePresence facts)
    {
        var figures = new Dictionary<string, string>
        {
            ["enterprises"] = facts.Enterprises.ToString(CultureInfo.InvariantCulture),
            ["keyFirms"] = facts.KeyFirms.ToString(CultureInfo.InvariantCulture),
            ["output"] = facts.Output.ToString("0.##", CultureInfo.InvariantCulture),
        };
        return Classify(facts) switch
        {
            NodeStrength.Gap => RuleOutcome.Refuse(Name, $"“{facts.Node}”在本地没有企业：产业链缺口。", figures),
            NodeStrength.Weak => RuleOutcome.Refuse(Name, string.Create(CultureInfo.InvariantCulture,
                $"“{facts.Node}”本地仅 {facts.Enterprises} 家企业（骨干 {facts.KeyFirms} 家）、产值 {facts.Output / 10_000m:0.##} 万元，低于较强环节的门槛（{facts.Thresholds.StrongMinEnterprises} 家或骨干 {facts.Thresholds.StrongMinKeyFirms} 家，且产值 {facts.Thresholds.StrongMinOutput / 10_000m:0.##} 万元）：薄弱环节。"), figures),
            _ => RuleOutcome.Pass(Name),
        };
    }
}
