using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Policy;

/// <summary>
/// One version of the zone's unmanned-vehicle policy, in force from <see cref="EffectiveFrom"/> until a later version's
/// date. Versions are only ever added (a change is a new version, never an edit in place), so a plate or a check can name
/// the version it used. The defaults are the examples in rules/mobility.md.
/// </summary>
public sealed class MobilityPolicy : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; init; }

    public int Version { get; set; }

    public DateOnly EffectiveFrom { get; init; }

    public string Note { get; init; } = string.Empty;

    /// <summary>每车保险最低保额（元）</summary>
    public decimal InsuranceMinimum { get; init; }

    /// <summary>道路测试累计时长（小时）：达到时长或里程之一即可</summary>
    public decimal RoadTestHours { get; init; }

    /// <summary>道路测试累计里程（公里）</summary>
    public decimal RoadTestKm { get; init; }

    public int MaxLengthMm { get; init; }

    public int MaxWidthMm { get; init; }

    public int MaxHeightMm { get; init; }

    /// <summary>设计最高车速上限（km/h）</summary>
    public int MaxDesignSpeedKmh { get; init; }

    /// <summary>专属号牌前缀，如“川CW”；号牌 = 前缀 + 定长序号。</summary>
    public string PlatePrefix { get; init; } = string.Empty;

    /// <summary>序号位数（不足补零）。</summary>
    public int PlateDigits { get; init; }

    public int PlateNumberFrom { get; init; }

    public int PlateNumberTo { get; init; }

    /// <summary>路权许可最长有效期（天，起止日均计入）；默认 1096 天，即三年。</summary>
    public int RoadRightMaxDays { get; init; } = DefaultRoadRightMaxDays;

    public const int DefaultRoadRightMaxDays = 1_096;

    /// <summary>Who added this version (user id; empty for the built-in defaults).</summary>
    public string AddedBy { get; init; } = string.Empty;

    public static readonly DateOnly DefaultsFrom = new(2025, 1, 1);

    /// <summary>The examples of rules/mobility.md as version 1.</summary>
    public static MobilityPolicy Defaults(ZoneId zone) => new()
    {
        ZoneId = zone,
        Version = 1,
        EffectiveFrom = DefaultsFrom,
        Note = "首版：按示例参数（保额 500 万元，道路测试 240 小时或 1000 公里，3600×1500×2000 毫米，设计车速 40 km/h，路权许可最长 3 年）",
        InsuranceMinimum = 5_000_000m,
        RoadTestHours = 240m,
        RoadTestKm = 1_000m,
        MaxLengthMm = 3_600,
        MaxWidthMm = 1_500,
        MaxHeightMm = 2_000,
        MaxDesignSpeedKmh = 40,
        PlatePrefix = "川CW",
        PlateDigits = 4,
        PlateNumberFrom = 1,
        PlateNumberTo = 9_999,
        RoadRightMaxDays = DefaultRoadRightMaxDays,
    };

    /// <summary>The plate of serial <paramref name="serial"/> in this version's series.</summary>
    public string PlateFor(int serial) => PlatePrefix + serial.ToString(new string('0', PlateDigits), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The serial of a plate in this series, or null when the plate is not of it (prefix, digits, range).</summary>
    public int? SerialOf(string plate)
    {
        if (!plate.StartsWith(PlatePrefix, StringComparison.Ordinal) || plate.Length != PlatePrefix.Length + PlateDigits)
        {
            return null;
        }

        var digits = plate[PlatePrefix.Length..];
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var serial = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return serial >= PlateNumberFrom && serial <= PlateNumberTo ? serial : null;
    }
}
