using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Mobility.Policy;

/// <summary>A new policy version: every parameter given in full (a copy of the current one, edited).</summary>
public sealed record PolicyInput(
    DateOnly EffectiveFrom,
    [property: Required(ErrorMessage = "请说明本次调整。"), StringLength(500, ErrorMessage = "说明不能超过 500 个字。")] string Note,
    [property: Range(typeof(decimal), "0", "1000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "最低保额须在 0 至 10 亿元之间。")] decimal InsuranceMinimum,
    [property: Range(typeof(decimal), "0", "100000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "道路测试时长须在 0 至 100000 小时之间。")] decimal RoadTestHours,
    [property: Range(typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "道路测试里程须在 0 至 1000 万公里之间。")] decimal RoadTestKm,
    [property: Range(500, 20_000, ErrorMessage = "车长上限须在 500 至 20000 毫米之间。")] int MaxLengthMm,
    [property: Range(300, 5_000, ErrorMessage = "车宽上限须在 300 至 5000 毫米之间。")] int MaxWidthMm,
    [property: Range(300, 5_000, ErrorMessage = "车高上限须在 300 至 5000 毫米之间。")] int MaxHeightMm,
    [property: Range(1, 200, ErrorMessage = "设计车速上限须在 1 至 200 km/h 之间。")] int MaxDesignSpeedKmh,
    [property: Required(ErrorMessage = "请填写号牌前缀。"), RegularExpression(@"^\p{IsCJKUnifiedIdeographs}[A-Z][A-Z0-9]{0,3}$", ErrorMessage = "号牌前缀须为省份简称加发牌机关字母（可再加至多 3 位字母或数字），如“川CW”。")] string PlatePrefix,
    [property: Range(3, 6, ErrorMessage = "序号位数须在 3 至 6 位之间。")] int PlateDigits,
    [property: Range(0, 999_999, ErrorMessage = "号段起始号须在 0 至 999999 之间。")] int PlateNumberFrom,
    [property: Range(0, 999_999, ErrorMessage = "号段终止号须在 0 至 999999 之间。")] int PlateNumberTo,
    [property: Range(1, 3_660, ErrorMessage = "路权许可最长有效期须在 1 至 3660 天之间。")] int RoadRightMaxDays = MobilityPolicy.DefaultRoadRightMaxDays);

public sealed record PolicyView(int Version, DateOnly EffectiveFrom, string Note, bool InForce, decimal InsuranceMinimum, decimal RoadTestHours, decimal RoadTestKm,
    int MaxLengthMm, int MaxWidthMm, int MaxHeightMm, int MaxDesignSpeedKmh, string PlatePrefix, int PlateDigits, int PlateNumberFrom, int PlateNumberTo,
    string FirstPlate, string LastPlate, int RoadRightMaxDays)
{
    public static PolicyView Of(MobilityPolicy p, bool inForce) => new(p.Version, p.EffectiveFrom, p.Note, inForce, p.InsuranceMinimum, p.RoadTestHours, p.RoadTestKm,
        p.MaxLengthMm, p.MaxWidthMm, p.MaxHeightMm, p.MaxDesignSpeedKmh, p.PlatePrefix, p.PlateDigits, p.PlateNumberFrom, p.PlateNumberTo,
        p.PlateFor(p.PlateNumberFrom), p.PlateFor(p.PlateNumberTo), p.RoadRightMaxDays);
}
