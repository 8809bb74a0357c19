using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Facilities;

public sealed record AreaInput(
    [property: Required(ErrorMessage = "请填写片区名称。"), StringLength(100, MinimumLength = 2, ErrorMessage = "片区名称应为 2–100 个字。")] string Name,
    [property: Range(0, 1e9, ErrorMessage = "建筑面积应为非负数（平方米）。")] decimal FloorArea,
    [property: Range(0, 1e13, ErrorMessage = "总投资应为非负数（元）。")] decimal Investment,
    Guid? MajorProjectId,
    [property: StringLength(2000, ErrorMessage = "片区说明不超过 2000 字。")] string? Description);

public sealed record BuildingInput(
    Guid AreaId,
    [property: Required(ErrorMessage = "请填写楼栋名称。"), StringLength(100, MinimumLength = 1, ErrorMessage = "楼栋名称不超过 100 字。")] string Name);

public sealed record NameInput(
    [property: Required(ErrorMessage = "请填写名称。"), StringLength(100, MinimumLength = 1, ErrorMessage = "名称不超过 100 字。")] string Name);

public sealed record RoomInput(
    Guid BuildingId,
    [property: Required(ErrorMessage = "请填写房间名称。"), StringLength(100, MinimumLength = 1, ErrorMessage = "房间名称不超过 100 字。")] string Name,
    [property: Range(0, 1e9, ErrorMessage = "房间面积应为非负数（平方米）。")] decimal? FloorArea);

public sealed record RoomEditInput(
    [property: Required(ErrorMessage = "请填写房间名称。"), StringLength(100, MinimumLength = 1, ErrorMessage = "房间名称不超过 100 字。")] string Name,
    [property: Range(0, 1e9, ErrorMessage = "房间面积应为非负数（平方米）。")] decimal? FloorArea);

/// <summary>A new resource: where it stands, what it is, what it costs.</summary>
public sealed record ResourceInput(
    Guid AreaId,
    Guid? RoomId,
    [property: Required(ErrorMessage = "请填写资源编号。"), StringLength(40, MinimumLength = 2, ErrorMessage = "资源编号应为 2–40 个字符。"),
        RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]*$", ErrorMessage = "资源编号只能由字母、数字、点、下划线和连字符组成。")] string Code,
    [property: Required(ErrorMessage = "请填写资源名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "资源名称应为 2–200 个字。")] string Name,
    ResourceKind Kind,
    ZoneIndustry? Industry,
    [property: StringLength(4000, ErrorMessage = "资源说明不超过 4000 字。")] string? Description,
    [property: Range(0, 1e11, ErrorMessage = "每小时价格不能为负数（元）。")] decimal? PricePerHour,
    [property: Range(0, 1e11, ErrorMessage = "每天价格不能为负数（元）。")] decimal? PricePerDay,
    [property: Range(0, 1e11, ErrorMessage = "每批次价格不能为负数（元）。")] decimal? PricePerBatch,
    [property: Precision(18, 4), Range(0.0001, 1e12, ErrorMessage = "最大批量应大于 0。")] decimal? MaxBatchSize,
    [property: StringLength(20, ErrorMessage = "批量单位不超过 20 字。")] string? BatchUnit);

/// <summary>An edit of a resource; <see cref="Version"/> is the version the editor read (a stale one is refused with 409).</summary>
public sealed record ResourceEditInput(
    int Version,
    Guid? RoomId,
    [property: Required(ErrorMessage = "请填写资源名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "资源名称应为 2–200 个字。")] string Name,
    ZoneIndustry? Industry,
    [property: StringLength(4000, ErrorMessage = "资源说明不超过 4000 字。")] string? Description,
    [property: Range(0, 1e11, ErrorMessage = "每小时价格不能为负数（元）。")] decimal? PricePerHour,
    [property: Range(0, 1e11, ErrorMessage = "每天价格不能为负数（元）。")] decimal? PricePerDay,
    [property: Range(0, 1e11, ErrorMessage = "每批次价格不能为负数（元）。")] decimal? PricePerBatch,
    [property: Precision(18, 4), Range(0.0001, 1e12, ErrorMessage = "最大批量应大于 0。")] decimal? MaxBatchSize,
    [property: StringLength(20, ErrorMessage = "批量单位不超过 20 字。")] string? BatchUnit);

public sealed record ResourceStatusInput(int Version, ResourceStatus Status);

public sealed record CapabilityInput(
    CapabilityKind Kind,
    [property: Required(ErrorMessage = "请填写参数名称。"), StringLength(100, MinimumLength = 1, ErrorMessage = "参数名称不超过 100 字。")] string Name,
    [property: Precision(18, 4), Range(-1e12, 1e12, ErrorMessage = "下限超出范围。")] decimal? Min,
    [property: Precision(18, 4), Range(-1e12, 1e12, ErrorMessage = "上限超出范围。")] decimal? Max,
    [property: StringLength(20, ErrorMessage = "单位不超过 20 字。")] string? Unit,
    [property: StringLength(200, ErrorMessage = "文字说明不超过 200 字。")] string? Text);

public sealed record QualificationInput(
    QualificationKind Kind,
    [property: Required(ErrorMessage = "请填写证书编号。"), StringLength(60, MinimumLength = 2, ErrorMessage = "证书编号应为 2–60 个字符。")] string CertificateNo,
    DateOnly ValidUntil);
