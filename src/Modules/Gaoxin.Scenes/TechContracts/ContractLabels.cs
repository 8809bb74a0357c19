namespace Gaoxin.Scenes.TechContracts;

/// <summary>Display names of the contract kinds, from the module's resx (keys "Deals.Kind.{Value}"); here, not in Deals, so the folders form no cycle.</summary>
internal static class ContractLabels
{
    public static string Of(TechContractKind v) => ScenesText.Get($"Deals.Kind.{v}");
}
