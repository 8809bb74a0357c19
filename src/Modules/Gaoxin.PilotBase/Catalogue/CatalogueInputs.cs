using System.ComponentModel.DataAnnotations;

namespace Gaoxin.PilotBase.Catalogue;

/// <summary>A service of the catalogue as an operator enters it; <see cref="Code"/> is fixed once created (ignored on edit).</summary>
public sealed record ServiceInput(
    [property: Required(ErrorMessage = "请填写服务编号。"), StringLength(40, MinimumLength = 2, ErrorMessage = "服务编号应为 2–40 个字符。"),
        RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]*$", ErrorMessage = "服务编号只能由字母、数字、点、下划线和连字符组成。")] string Code,
    [property: Required(ErrorMessage = "请填写服务名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "服务名称应为 2–200 个字。")] string Name,
    ServiceCategory Category,
    [property: Required(ErrorMessage = "请填写服务说明。"), StringLength(4000, MinimumLength = 2, ErrorMessage = "服务说明应为 2–4000 个字。")] string Description,
    [property: Range(0.25, 100_000, ErrorMessage = "典型周期应在 0.25–100000 小时之间。")] decimal TypicalHours,
    [property: Range(0, 1e11, ErrorMessage = "价格不能为负数（元）。")] decimal Price,
    PriceUnit PriceUnit,
    [property: Required(ErrorMessage = "请填写交付物。"), StringLength(2000, MinimumLength = 2, ErrorMessage = "交付物应为 2–2000 个字。")] string Deliverables,
    bool Published,
    [property: MaxLength(50, ErrorMessage = "一项服务最多关联 50 台（套）资源。")] IReadOnlyList<Guid>? ResourceIds);
