using System.ComponentModel.DataAnnotations;
using Gaoxin.Kernel.Rules;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Mobility.Fleet;

/// <summary>A vehicle as registered or corrected. operatorId: the zone's staff name the operator; an operator registers its own (left empty or its own).</summary>
public sealed record VehicleInput(
    Guid? OperatorId,
    [property: Required(ErrorMessage = "请填写车辆识别代号（VIN）。"), RegularExpression(Vin.Pattern, ErrorMessage = "车辆识别代号须为 17 位数字或大写字母，且不含 I、O、Q。")] string Vin,
    [property: Required(ErrorMessage = "请填写车型。"), StringLength(100, ErrorMessage = "车型不能超过 100 个字。")] string Model,
    [property: EnumDataType(typeof(AutomationLevel), ErrorMessage = "请选择自动驾驶等级（L2–L5）。")] AutomationLevel Level,
    [property: Range(300, 20_000, ErrorMessage = "车长须在 300 至 20000 毫米之间。")] int LengthMm,
    [property: Range(300, 5_000, ErrorMessage = "车宽须在 300 至 5000 毫米之间。")] int WidthMm,
    [property: Range(300, 5_000, ErrorMessage = "车高须在 300 至 5000 毫米之间。")] int HeightMm,
    [property: Range(1, 200, ErrorMessage = "设计车速须在 1 至 200 km/h 之间。")] int DesignSpeedKmh,
    [property: StringLength(500, ErrorMessage = "传感器配置不能超过 500 个字。")] string? Sensors);

public sealed record InsuranceInput(
    [property: Required(ErrorMessage = "请填写保险公司。"), StringLength(100, ErrorMessage = "保险公司不能超过 100 个字。")] string Insurer,
    [property: Required(ErrorMessage = "请填写保单号。"), StringLength(60, ErrorMessage = "保单号不能超过 60 个字。")] string PolicyNumber,
    [property: Range(typeof(decimal), "0.01", "10000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "保额须在 0.01 元至 100 亿元之间。")] decimal Amount,
    DateOnly ValidFrom,
    DateOnly ValidTo);

public sealed record StaffInput(
    [property: Required(ErrorMessage = "请填写姓名。"), StringLength(40, ErrorMessage = "姓名不能超过 40 个字。")] string Name,
    [property: Required(ErrorMessage = "请填写手机号。"), RegularExpression("^1[3-9][0-9]{9}$", ErrorMessage = "手机号须为 11 位大陆手机号。")] string Phone,
    [property: EnumDataType(typeof(StaffRole), ErrorMessage = "请选择安全员或远程安全员。")] StaffRole Role,
    DateOnly AssignedOn);

public sealed record StaffEndInput(DateOnly EndedOn);

public sealed record RoadTestInput(
    DateOnly On,
    [property: Range(typeof(decimal), "0", "10000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "测试时长须在 0 至 10000 小时之间。")] decimal Hours,
    [property: Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "测试里程须在 0 至 100 万公里之间。")] decimal Km,
    [property: Required(ErrorMessage = "请填写测试场地。"), StringLength(100, ErrorMessage = "测试场地不能超过 100 个字。")] string Field);

/// <summary>q: VIN, model or plate; operatorId; level; plated: with (true) or without (false) an active or suspended plate.</summary>
public sealed record VehicleFilter(string? Q, Guid? OperatorId, AutomationLevel? Level, bool? Plated);

public sealed record VehicleRow(Guid Id, string Vin, string Model, AutomationLevel Level, string LevelText, Guid OperatorId, string OperatorName,
    int LengthMm, int WidthMm, int HeightMm, int DesignSpeedKmh, string? Plate, string? PlateStatus, DateOnly? PlateIssuedOn);

public sealed record InsuranceView(Guid Id, string Insurer, string PolicyNumber, decimal Amount, DateOnly ValidFrom, DateOnly ValidTo);

public sealed record StaffView(Guid Id, string Name, string Phone, StaffRole Role, string RoleText, DateOnly AssignedOn, DateOnly? EndedOn);

public sealed record RoadTestView(Guid Id, DateOnly On, decimal Hours, decimal Km, string Field);

public sealed record PlateLine(Guid Id, string Number, string Status, string StatusText, DateOnly IssuedOn);

public sealed record VehicleDetail(Guid Id, string Vin, string Model, AutomationLevel Level, string LevelText, Guid OperatorId, string OperatorName,
    int LengthMm, int WidthMm, int HeightMm, int DesignSpeedKmh, string Sensors, DateTimeOffset RegisteredAt, bool MayChange,
    Eligibility Eligibility, IReadOnlyList<InsuranceView> Insurance, IReadOnlyList<StaffView> Staff, IReadOnlyList<RoadTestView> RoadTests,
    decimal RoadTestHours, decimal RoadTestKm, IReadOnlyList<PlateLine> Plates);

public sealed record OperatorView(Guid Id, string Name);

/// <summary>One row of the Excel export of the fleet.</summary>
public sealed record VehicleExportRow(
    [property: ExcelColumn(Name = "车辆识别代号")] string Vin,
    [property: ExcelColumn(Name = "运营单位")] string Operator,
    [property: ExcelColumn(Name = "车型")] string Model,
    [property: ExcelColumn(Name = "自动驾驶等级")] string Level,
    [property: ExcelColumn(Name = "长（毫米）")] int LengthMm,
    [property: ExcelColumn(Name = "宽（毫米）")] int WidthMm,
    [property: ExcelColumn(Name = "高（毫米）")] int HeightMm,
    [property: ExcelColumn(Name = "设计车速（km/h）")] int DesignSpeedKmh,
    [property: ExcelColumn(Name = "专属号牌")] string Plate,
    [property: ExcelColumn(Name = "号牌状态")] string PlateStatus,
    [property: ExcelColumn(Name = "发牌日期")] string PlateIssuedOn);

public static class FleetLabels
{
    public static string Level(AutomationLevel level) => level switch
    {
        AutomationLevel.L2 => "L2 组合驾驶辅助",
        AutomationLevel.L3 => "L3 有条件自动驾驶",
        AutomationLevel.L4 => "L4 高度自动驾驶",
        AutomationLevel.L5 => "L5 完全自动驾驶",
        _ => level.ToString(),
    };

    public static string Role(StaffRole role) => role switch
    {
        StaffRole.SafetyOfficer => "安全员",
        StaffRole.RemoteSupervisor => "远程安全员",
        _ => role.ToString(),
    };

    /// <summary>The rule's short Chinese title, for the eligibility table.</summary>
    public static string Rule(string rule) => rule switch
    {
        nameof(VinCheckDigitRule) => "VIN 校验位",
        nameof(VehicleWithinSizeRule) => "车辆尺寸",
        nameof(DesignSpeedWithinLimitRule) => "设计车速",
        nameof(InsuranceValidRule) => "保险",
        nameof(RoadTestDoneRule) => "道路测试",
        nameof(SafetyOfficerAssignedRule) => "安全人员",
        _ => rule,
    };

    internal static void RefuseUnless(bool ok, string field, string message)
    {
        if (!ok)
        {
            throw Refusal.Invalid(field, message);
        }
    }
}
