namespace Gaoxin.Scenes.Deals;

/// <summary>Display names of the deal enums, from the module's resx (keys "Deals.{Enum}.{Value}").</summary>
internal static class DealsLabels
{
    public static string Of(DemandSide v) => ScenesText.Get($"Deals.Side.{v}");

    public static string Of(SupplyKind v) => ScenesText.Get($"Deals.Supply.{v}");

    public static string Of(DealStage v) => ScenesText.Get($"Deals.Stage.{v}");
}
