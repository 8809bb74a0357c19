using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Indicators.Series;

public sealed record DefinitionInput(
    [property: Required(ErrorMessage = "请填写指标代码。"), RegularExpression("^[A-Za-z][A-Za-z0-9_]{0,29}$", ErrorMessage = "指标代码应以字母开头，由字母、数字、下划线组成，不超过 30 位。")] string Code,
    [property: Required(ErrorMessage = "请填写指标名称。"), StringLength(100, MinimumLength = 2, ErrorMessage = "指标名称应为 2–100 个字。")] string Name,
    [property: Required(ErrorMessage = "请填写单位。")] string Unit,
    bool Published,
    int SortOrder = 0,
    [property: StringLength(500, ErrorMessage = "说明不超过 500 字。")] string? Note = null);

public sealed record PeriodInput(
    [property: Range(1990, 2100, ErrorMessage = "年份应在 1990–2100 之间。")] int Year,
    [property: Range(1, 12, ErrorMessage = "截止月份应在 1–12 之间。")] int Month,
    DateOnly? PublishedOn);

public sealed record ValueInput(
    [property: Required(ErrorMessage = "请填写指标代码。")] string Code,
    [property: Required(ErrorMessage = "请填写统计期，如 2025-09。")] string Period,
    [property: Precision(20, 4), Range(-1e13, 1e13, ErrorMessage = "数值超出范围。")] decimal Value,
    string? Unit,
    [property: Precision(9, 4), Range(-100, 1000, ErrorMessage = "可比价增速（%）应在 -100 到 1000 之间。")] decimal? ComparableGrowth,
    [property: StringLength(200, ErrorMessage = "来源不超过 200 字。")] string? Source);

public sealed record ValueCorrection(
    [property: Precision(20, 4), Range(-1e13, 1e13, ErrorMessage = "数值超出范围。")] decimal Value,
    string? Unit,
    [property: Precision(9, 4), Range(-100, 1000, ErrorMessage = "可比价增速（%）应在 -100 到 1000 之间。")] decimal? ComparableGrowth,
    [property: StringLength(200, ErrorMessage = "来源不超过 200 字。")] string? Source);

public sealed record TargetInput(
    [property: Required(ErrorMessage = "请填写指标代码。")] string Code,
    [property: Range(1990, 2100, ErrorMessage = "目标年份应在 1990–2100 之间。")] int Year,
    [property: Precision(20, 4), Range(0.0001, 1e13, ErrorMessage = "目标值应大于 0。")] decimal Value,
    DateOnly SetOn,
    [property: StringLength(200, ErrorMessage = "依据文件不超过 200 字。")] string? Document);
