using System.ComponentModel.DataAnnotations;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Capital.Registry;

public sealed record InvestorInput(
    [property: Required(ErrorMessage = "请填写机构名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "机构名称应为 2–200 字。")] string Name,
    [property: EnumDataType(typeof(InvestorKind), ErrorMessage = "机构类型无效。")] InvestorKind Kind,
    [property: StringLength(200, ErrorMessage = "联系方式不能超过 200 字。")] string? Contact);

public sealed record FundInput(
    [property: Required(ErrorMessage = "请填写基金名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "基金名称应为 2–200 字。")] string Name,
    Guid ManagerId,
    [property: Range(typeof(decimal), "0.01", "1000000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "基金规模应在 0.01 元至 1 万亿元之间。")] decimal Size,
    [property: StringLength(500, ErrorMessage = "投资方向不能超过 500 字。")] string? Focus);

public sealed record InvestorView(Guid Id, string Name, InvestorKind Kind, string KindText, string? Contact, int Funds);

public sealed record FundView(Guid Id, string Name, Guid ManagerId, string ManagerName, decimal Size, string? Focus);

public static class InvestorLabels
{
    public static string Kind(InvestorKind k) => CapitalText.Get("InvestorKind." + k);
}
