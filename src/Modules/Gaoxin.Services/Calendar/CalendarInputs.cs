using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Services.Calendar;

/// <summary>One dated day of an arrangement: a holiday (放假) or a make-up working day (调休上班).</summary>
public sealed record CalendarDayInput(
    DateOnly Date,
    [property: EnumDataType(typeof(DayKind), ErrorMessage = "日期类型无效（Holiday 放假 / MakeUpWorkday 调休上班）。")] DayKind Kind,
    [property: Required(ErrorMessage = "请填写节日名称。"), StringLength(40, MinimumLength = 1, ErrorMessage = "节日名称至多 40 个字。")] string Name);

/// <summary>A year's arrangement as published (国务院办公厅通知), replacing what the zone had for that year.</summary>
public sealed record CalendarYearInput(
    [property: Required(ErrorMessage = "请填写来源（如通知文号）。"), StringLength(200, MinimumLength = 2, ErrorMessage = "来源应为 2–200 个字。")] string Source,
    [property: Required(ErrorMessage = "请列出放假与调休日期。"), MaxLength(200, ErrorMessage = "一年至多 200 个日期。")] IReadOnlyList<CalendarDayInput> Days);
