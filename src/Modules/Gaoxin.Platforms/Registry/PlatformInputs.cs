using System.ComponentModel.DataAnnotations;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Platforms.Registry;

public sealed record CoBuilderInput(
    [property: Required(ErrorMessage = "请填写共建单位名称。"), StringLength(100, ErrorMessage = "共建单位名称不能超过 100 个字。")] string Name,
    Guid? OrganisationId);

/// <summary>A platform as registered or corrected; version: the version read (a stale one is refused with 409).</summary>
public sealed record PlatformInput(
    [property: Required(ErrorMessage = "请填写平台名称。"), StringLength(120, ErrorMessage = "平台名称不能超过 120 个字。")] string Name,
    [property: EnumDataType(typeof(PlatformType), ErrorMessage = "请选择平台类型。")] PlatformType Type,
    [property: EnumDataType(typeof(PlatformLevel), ErrorMessage = "请选择认定级别（国家级、省级、市级）。")] PlatformLevel Level,
    Guid HostOrganisationId,
    DateOnly RecognisedOn,
    [property: StringLength(60, ErrorMessage = "认定文号不能超过 60 个字。")] string? DocumentNumber,
    [property: MaxLength(30, ErrorMessage = "共建单位不能超过 30 个。")] IReadOnlyList<CoBuilderInput>? CoBuilders,
    [property: StringLength(500, ErrorMessage = "备注不能超过 500 个字。")] string? Note,
    int? Version = null);

public sealed record EvaluationInput(
    DateOnly EvaluatedOn,
    [property: EnumDataType(typeof(EvaluationResult), ErrorMessage = "请选择评估结果（优秀、良好、合格、不合格）。")] EvaluationResult Result,
    [property: StringLength(500, ErrorMessage = "评估说明不能超过 500 个字。")] string? Note,
    int? Version = null);

public sealed record RevokeInput(
    [property: Required(ErrorMessage = "请填写撤销原因。"), StringLength(500, ErrorMessage = "撤销原因不能超过 500 个字。")] string Reason,
    int? Version = null);

/// <summary>Shared equipment; value in yuan (exact to the fen, the input contract refuses finer).</summary>
public sealed record EquipmentInput(
    [property: Required(ErrorMessage = "请填写设备名称。"), StringLength(100, ErrorMessage = "设备名称不能超过 100 个字。")] string Name,
    [property: StringLength(100, ErrorMessage = "型号不能超过 100 个字。")] string? Model,
    [property: Range(typeof(decimal), "0", "10000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "设备原值须在 0 至 100 亿元之间。")] decimal ValueYuan,
    bool OpenToOthers,
    [property: StringLength(100, ErrorMessage = "预约联系方式不能超过 100 个字。")] string? BookingContact);

/// <summary>q: name or document number; type, level, host, state.</summary>
public sealed record PlatformFilter(string? Q = null, PlatformType? Type = null, PlatformLevel? Level = null, Guid? HostOrganisationId = null, PlatformState? State = null);

public sealed record PlatformRow(Guid Id, string Name, PlatformType Type, string TypeText, PlatformLevel Level, string LevelText, Guid HostOrganisationId, string HostName,
    DateOnly RecognisedOn, string? DocumentNumber, PlatformState State, string StateText, IReadOnlyList<string> CoBuilders, DateOnly? NextEvaluationDue, bool Overdue, int Version);

public sealed record CoBuilderView(string Name, Guid? OrganisationId);

public sealed record EvaluationView(Guid Id, DateOnly EvaluatedOn, EvaluationResult Result, string ResultText, string? Note);

public sealed record EquipmentView(Guid Id, string Name, string? Model, decimal ValueYuan, bool OpenToOthers, string? BookingContact);

public sealed record PlatformDetail(Guid Id, string Name, PlatformType Type, string TypeText, PlatformLevel Level, string LevelText, Guid HostOrganisationId, string HostName,
    DateOnly RecognisedOn, string? DocumentNumber, string? Note, PlatformState State, string StateText, DateOnly? RevokedOn, string? RevocationReason,
    int EvaluationCycleYears, DateOnly? NextEvaluationDue, bool Overdue, string? DueMessage, int Version,
    IReadOnlyList<CoBuilderView> CoBuilders, IReadOnlyList<EvaluationView> Evaluations, IReadOnlyList<EquipmentView> Equipment, bool MayEdit);

public sealed record LevelCount(PlatformLevel Level, string LevelText, int Count);

/// <summary>Active platforms by level, those at provincial level or above, and the distinct co-building universities and institutes.</summary>
public sealed record PlatformCounts(int Total, int ProvincialOrAbove, IReadOnlyList<LevelCount> ByLevel, int CoBuilders, int Overdue);

public sealed record HostView(Guid Id, string Name);

/// <summary>One row of the Excel export.</summary>
public sealed record PlatformExportRow(
    [property: ExcelColumn(Name = "平台名称")] string Name,
    [property: ExcelColumn(Name = "类型")] string Type,
    [property: ExcelColumn(Name = "级别")] string Level,
    [property: ExcelColumn(Name = "依托单位")] string Host,
    [property: ExcelColumn(Name = "认定日期")] string RecognisedOn,
    [property: ExcelColumn(Name = "认定文号")] string DocumentNumber,
    [property: ExcelColumn(Name = "共建单位")] string CoBuilders,
    [property: ExcelColumn(Name = "状态")] string State,
    [property: ExcelColumn(Name = "下次评估")] string NextEvaluationDue);

/// <summary>Display names from the module's resources.</summary>
public static class PlatformLabels
{
    public static string Type(PlatformType t) => PlatformsText.Get("Type." + t);

    public static string Level(PlatformLevel l) => PlatformsText.Get("Level." + l);

    public static string State(PlatformState s) => PlatformsText.Get("State." + s);

    public static string Result(EvaluationResult r) => PlatformsText.Get("Result." + r);
}
