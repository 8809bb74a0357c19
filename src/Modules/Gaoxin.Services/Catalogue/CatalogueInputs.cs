using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Services.Catalogue;

/// <summary>A material of an item; <see cref="Id"/> names an existing one to keep (applications refer to it).</summary>
public sealed record MaterialInput(
    Guid? Id,
    [property: Required(ErrorMessage = "请填写材料名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "材料名称应为 2–200 个字。")] string Name,
    bool Essential);

/// <summary>A form field of an item. The key is shared by every item that asks the same thing.</summary>
public sealed record FieldInput(
    [property: Required(ErrorMessage = "请填写字段键。"), StringLength(40, MinimumLength = 2, ErrorMessage = "字段键应为 2–40 个字符。"),
        RegularExpression("^[a-z][a-z0-9_]*$", ErrorMessage = "字段键只能由小写字母、数字和下划线组成，并以字母开头。")] string Key,
    [property: Required(ErrorMessage = "请填写字段名称。"), StringLength(100, MinimumLength = 1, ErrorMessage = "字段名称至多 100 个字。")] string Label,
    [property: EnumDataType(typeof(FieldKind), ErrorMessage = "字段类型无效。")] FieldKind Kind,
    bool Required,
    [property: Range(1, 4000, ErrorMessage = "最大长度应在 1–4000 之间。")] int? MaxLength,
    [property: Range(-1e12, 1e12, ErrorMessage = "最小值超出范围。")] decimal? Min,
    [property: Range(-1e12, 1e12, ErrorMessage = "最大值超出范围。")] decimal? Max,
    [property: StringLength(1000, ErrorMessage = "选项至多 1000 个字。")] string? Choices);

/// <summary>A catalogue item as the zone admin enters it. The code is fixed once created (ignored on edit).</summary>
public sealed record ItemInput(
    [property: Required(ErrorMessage = "请填写事项编码。"), StringLength(40, MinimumLength = 2, ErrorMessage = "事项编码应为 2–40 个字符。"),
        RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]*$", ErrorMessage = "事项编码只能由字母、数字、点、下划线和连字符组成。")] string Code,
    [property: Required(ErrorMessage = "请填写事项名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "事项名称应为 2–200 个字。")] string Name,
    Guid DepartmentId,
    [property: Range(1, 365, ErrorMessage = "法定时限应为 1–365 个工作日。")] int LegalLimitDays,
    [property: Range(1, 365, ErrorMessage = "承诺时限应为 1–365 个工作日。")] int? PromisedLimitDays,
    [property: Range(0, 1e9, ErrorMessage = "收费不能为负数（元）。")] decimal Fee,
    [property: EnumDataType(typeof(ResultKind), ErrorMessage = "办理结果类型无效。")] ResultKind Result,
    [property: Required(ErrorMessage = "请填写办理结果名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "办理结果名称应为 2–200 个字。")] string ResultName,
    [property: StringLength(2000, ErrorMessage = "事项说明至多 2000 个字。")] string? Description,
    bool Published,
    [property: Required(ErrorMessage = "请至少列出一项申请材料。"), MinLength(1, ErrorMessage = "请至少列出一项申请材料。"), MaxLength(50, ErrorMessage = "一个事项至多 50 项材料。")] IReadOnlyList<MaterialInput> Materials,
    [property: Required(ErrorMessage = "请至少定义一个表单字段。"), MinLength(1, ErrorMessage = "请至少定义一个表单字段。"), MaxLength(60, ErrorMessage = "一个事项至多 60 个字段。")] IReadOnlyList<FieldInput> Fields,
    int? Version);
