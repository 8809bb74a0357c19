using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Enterprises.Transformation;

namespace Gaoxin.Enterprises;

/// <summary>Chinese names of the module's codes, for exports, pages and messages.</summary>
internal static class Labels
{
    public static string Scheme(SchemeCode scheme) => Schemes.Title(scheme);

    public static string Rung(string? rung) => Enum.TryParse<SchemeCode>(rung, out var s) ? Scheme(s) : "—";

    public static string Industry(ZoneIndustry industry) => industry switch
    {
        ZoneIndustry.NewEnergy => "新能源",
        ZoneIndustry.IntelligentManufacturing => "智能制造",
        ZoneIndustry.AdvancedMaterials => "先进材料",
        ZoneIndustry.Traditional => "传统优势产业",
        _ => "其他",
    };

    public static string Size(SizeClass size) => size switch
    {
        SizeClass.Micro => "微型",
        SizeClass.Small => "小型",
        SizeClass.Medium => "中型",
        _ => "大型",
    };

    public static string Kind(TransformationKind kind) => kind switch
    {
        TransformationKind.Intelligent => "智能化改造",
        TransformationKind.Digital => "数字化转型",
        TransformationKind.Networked => "网络化协同",
        _ => "绿色化改造",
    };
}
