namespace Gaoxin.PilotBase.Catalogue;

/// <summary>The words for the catalogue's enums, from the module's resources.</summary>
public static class CatalogueLabels
{
    public static string Category(ServiceCategory category) => PilotBaseText.Get("Cat.Category." + category);

    public static string PriceUnit(PriceUnit unit) => PilotBaseText.Get("Cat.PriceUnit." + unit);
}
