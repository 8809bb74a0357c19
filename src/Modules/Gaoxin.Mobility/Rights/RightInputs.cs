using System.ComponentModel.DataAnnotations;
using Gaoxin.Kernel.Rules;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Mobility.Rights;

/// <summary>
/// An application for a road right, or its edit while applied. operatorId: the zone's staff name the operator; an operator
/// applies for itself (left empty or its own). version: on an edit, the version the applicant saw (a stale one is a 409).
/// </summary>
public sealed record RoadRightInput(
    Guid? OperatorId,
    [property: Required(ErrorMessage = "请填写许可名称。"), StringLength(100, ErrorMessage = "许可名称不能超过 100 个字。")] string Title,
    [property: EnumDataType(typeof(Scenario), ErrorMessage = "请选择示范场景：物流配送、安防巡逻或环境监测。")] Scenario Scenario,
    [property: Required(ErrorMessage = "请选择车辆。"), MinLength(1, ErrorMessage = "请至少选择一辆车辆。"), MaxLength(200, ErrorMessage = "一份许可最多 200 辆车辆。")] List<Guid> VehicleIds,
    [property: Required(ErrorMessage = "请划定准许区域。"), MinLength(1, ErrorMessage = "请至少划定一个准许区域。"), MaxLength(20, ErrorMessage = "一份许可最多 20 个区域。")] List<AreaInput> Areas,
    [property: Required(ErrorMessage = "请填写准许时段。"), MinLength(1, ErrorMessage = "请至少填写一个准许时段。"), MaxLength(14, ErrorMessage = "一份许可最多 14 个时段。")] List<WindowInput> Windows,
    [property: Range(1, 200, ErrorMessage = "限速须在 1 至 200 km/h 之间。")] int SpeedLimitKmh,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    int? Version = null);

/// <summary>A permitted area: its name and a GeoJSON Polygon (or a Feature holding one), WGS-84.</summary>
public sealed record AreaInput(
    [property: Required(ErrorMessage = "请填写区域名称。"), StringLength(50, ErrorMessage = "区域名称不能超过 50 个字。")] string Name,
    [property: Required(ErrorMessage = "请提供区域的 GeoJSON。"), StringLength(100_000, ErrorMessage = "区域的 GeoJSON 不能超过 100000 个字符。")] string GeoJson);

/// <summary>A weekly window in China time: ISO weekdays (1 = 周一 … 7 = 周日), from (included) and to (excluded) as HH:mm; to may be 24:00.</summary>
public sealed record WindowInput(
    [property: Required(ErrorMessage = "请选择星期。"), MinLength(1, ErrorMessage = "请至少选择一天。"), MaxLength(7, ErrorMessage = "一周只有 7 天。")] List<int> Days,
    [property: Required(ErrorMessage = "请填写开始时间。"), RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "开始时间须为 HH:mm，如 07:00。")] string From,
    [property: Required(ErrorMessage = "请填写结束时间。"), RegularExpression("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", ErrorMessage = "结束时间须为 HH:mm（可为 24:00），如 20:00。")] string To);

/// <summary>A decision on a right: the reason (required to refuse, suspend and revoke) and, optionally, the version the person saw.</summary>
public sealed record RightDecisionInput(
    [property: StringLength(500, ErrorMessage = "原因不能超过 500 个字。")] string? Reason = null,
    int? Version = null);

/// <summary>One position to check against a right: WGS-84, km/h, the instant (any offset).</summary>
public sealed record RightCheckInput(
    [property: Range(-90d, 90d, ErrorMessage = "纬度须在 −90 至 90 之间。")] double Lat,
    [property: Range(-180d, 180d, ErrorMessage = "经度须在 −180 至 180 之间。")] double Lng,
    [property: Range(0d, 500d, ErrorMessage = "车速须在 0 至 500 km/h 之间。")] double SpeedKmh,
    DateTimeOffset At);

/// <summary>q: title; status; scenario; operatorId.</summary>
public sealed record RoadRightFilter(string? Q, RoadRightStatus? Status, Scenario? Scenario, Guid? OperatorId);

public sealed record RoadRightRow(Guid Id, string Title, Scenario Scenario, string ScenarioText, RoadRightStatus Status, string StatusText, Guid OperatorId,
    string OperatorName, int VehicleCount, int AreaCount, int SpeedLimitKmh, DateOnly ValidFrom, DateOnly ValidTo, DateOnly AppliedOn, DateOnly? GrantedOn, int Version);

public sealed record RightVehicleView(Guid VehicleId, string Vin, string Model, string? Plate);

public sealed record RightAreaView(string Name, string GeoJson);

public sealed record RightWindowView(IReadOnlyList<int> Days, string DaysText, string From, string To);

public sealed record RightEventView(string Kind, string KindText, string StatusText, DateTimeOffset At, string ByName, string Reason);

public sealed record RoadRightDetail(Guid Id, string Title, Scenario Scenario, string ScenarioText, RoadRightStatus Status, string StatusText, Guid OperatorId,
    string OperatorName, int SpeedLimitKmh, DateOnly ValidFrom, DateOnly ValidTo, DateOnly AppliedOn, DateOnly? GrantedOn, int? PolicyVersion, int Version,
    IReadOnlyList<RightVehicleView> Vehicles, IReadOnlyList<RightAreaView> Areas, IReadOnlyList<RightWindowView> Windows,
    DateOnly ChecksOn, IReadOnlyList<RuleOutcome> Checks, IReadOnlyList<RightEventView> History, bool MayEdit, bool MayDecide);

public sealed record RightCheckView(string Breach, bool Kept, string Message);

/// <summary>One row of the Excel export of road rights.</summary>
public sealed record RoadRightExportRow(
    [property: ExcelColumn(Name = "许可名称")] string Title,
    [property: ExcelColumn(Name = "运营单位")] string Operator,
    [property: ExcelColumn(Name = "示范场景")] string Scenario,
    [property: ExcelColumn(Name = "状态")] string Status,
    [property: ExcelColumn(Name = "车辆数")] int Vehicles,
    [property: ExcelColumn(Name = "区域数")] int Areas,
    [property: ExcelColumn(Name = "限速（km/h）")] int SpeedLimitKmh,
    [property: ExcelColumn(Name = "有效期自")] string ValidFrom,
    [property: ExcelColumn(Name = "有效期至")] string ValidTo,
    [property: ExcelColumn(Name = "许可日期")] string GrantedOn);

/// <summary>Display names (resx) of scenarios, states and steps.</summary>
public static class RightLabels
{
    public static string Scenario(Scenario s) => MobilityText.Get("Scenario." + s);

    public static string Status(RoadRightStatus s) => MobilityText.Get("RightStatus." + s);

    public static string Event(RoadRightEventKind k) => MobilityText.Get("RightEvent." + k);

    /// <summary>Weekdays as people write them: runs of three or more as a range (周一至周五), the rest listed.</summary>
    public static string Days(IReadOnlyList<int> days)
    {
        static string Day(int d) => MobilityText.Get("Weekday." + d.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var parts = new List<string>();
        var sorted = days.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                parts.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, MobilityText.Get("Rights.DayRange"), Day(sorted[i]), Day(sorted[j])));
            }
            else
            {
                parts.AddRange(sorted[i..(j + 1)].Select(Day));
            }

            i = j + 1;
        }

        return string.Join(MobilityText.Get("Rights.DaySeparator"), parts);
    }

    public static string Minute(int m) => $"{m / 60:00}:{m % 60:00}";
}
