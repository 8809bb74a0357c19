using Gaoxin.Kernel.Rules;

namespace Gaoxin.Industry.Chains;

/// <summary>What is known when a node is added or moved: its chain, its parent's chain, and where a node of the same name already sits.</summary>
internal sealed record NodePlacementFacts(Guid ChainId, string ChainName, Guid? ParentChainId, string NodeName, string? SameNameInChain);

/// <summary>
/// A node belongs to one chain: its parent must be in the same chain, and a link already mapped in another chain of
/// the zone is not added again (链环节不得重复挂在两条链上); the second entry is almost always a mistake.
/// </summary>
internal sealed class NodeInOneChainRule : IBusinessRule<NodePlacementFacts>
{
    public string Name => nameof(NodeInOneChainRule);

    public RuleOutcome Check(NodePlacementFacts facts)
    {
        if (facts.ParentChainId is { } parentChain && parentChain != facts.ChainId)
        {
            return RuleOutcome.Refuse(Name, $"上级环节属于另一条产业链，“{facts.NodeName}”不能同时挂在两条链上。",
                new Dictionary<string, string> { ["chain"] = facts.ChainName });
        }

        if (facts.SameNameInChain is { } other)
        {
            return RuleOutcome.Refuse(Name, $"环节“{facts.NodeName}”已在产业链“{other}”中，不能再挂到“{facts.ChainName}”。",
                new Dictionary<string, string> { ["node"] = facts.NodeName, ["existingChain"] = other, ["chain"] = facts.ChainName });
        }

        return RuleOutcome.Pass(Name);
    }
}
