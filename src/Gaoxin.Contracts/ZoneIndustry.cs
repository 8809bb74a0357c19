namespace Gaoxin.Contracts;

/// <summary>
/// The zone's 3+2+1 industries a record is counted under (三大主导产业 + traditional + other). Shared by modules so an
/// enterprise, an achievement and a chain speak of the same industry.
/// </summary>
public enum ZoneIndustry
{
    /// <summary>新能源</summary>
    NewEnergy = 1,
    /// <summary>智能制造</summary>
    IntelligentManufacturing = 2,
    /// <summary>先进材料</summary>
    AdvancedMaterials = 3,
    /// <summary>传统优势产业（输送机械、泵阀、硬质合金等）</summary>
    Traditional = 4,
    /// <summary>其他</summary>
    Other = 9,
}
