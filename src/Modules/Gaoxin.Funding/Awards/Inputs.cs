using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Gaoxin.Funding.Awards;

/// <summary>An amount in yuan: positive, at most two decimals (fen), and not absurd (≤ 100 亿元).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class YuanAttribute : ValidationAttribute
{
    public const decimal Max = 10_000_000_000m;

    public bool AllowZero { get; set; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is null ? null : new[] { validationContext.MemberName };
        var d = (decimal)value;
        var text = d.ToString(CultureInfo.InvariantCulture);
        if (decimal.Round(d, 2) != d)
        {
            return new ValidationResult($"金额 {text} 元的精度超过分（最多两位小数）。", members);
        }

        if (d < 0 || (d == 0 && !AllowZero))
        {
            return new ValidationResult($"金额 {text} 元无效：必须大于零。", members);
        }

        return d > Max ? new ValidationResult($"金额 {text} 元超出合理范围（不超过 100 亿元），请检查单位。", members) : ValidationResult.Success;
    }

    public static string? Check(decimal value, bool allowZero = false)
    {
        var attribute = new YuanAttribute { AllowZero = allowZero };
        return attribute.GetValidationResult(value, new ValidationContext(value))?.ErrorMessage;
    }
}

public sealed record ApplicationInput(
    Guid ProjectId,
    [property: Range(2000, 2100, ErrorMessage = "资金年度无效。")] int FundYear,
    [property: Yuan] decimal Amount,
    [property: Yuan] decimal EligibleCost,
    [property: Required(ErrorMessage = "请填写成本构成。"), StringLength(2000, ErrorMessage = "成本构成不超过 2000 字。")] string CostBreakdown,
    Instrument Instrument,
    SupportStage Stage = SupportStage.Pilot);

public sealed record RecommendInput([property: Yuan] decimal? Amount, [property: StringLength(1000, ErrorMessage = "意见不超过 1000 字。")] string? Note);

public sealed record DecisionInput([property: StringLength(1000, ErrorMessage = "意见不超过 1000 字。")] string? Note);

public sealed record CancelInput([property: Required(ErrorMessage = "请填写撤销原因。"), StringLength(1000, ErrorMessage = "原因不超过 1000 字。")] string Reason);

public sealed record PaymentInput(
    [property: Required(ErrorMessage = "请提供幂等键（同一笔拨付重复提交时只付一次）。"), StringLength(100, MinimumLength = 8, ErrorMessage = "幂等键长度应为 8–100 个字符。")] string IdempotencyKey,
    [property: Yuan] decimal Amount,
    DateOnly PaidOn,
    [property: Required(ErrorMessage = "请填写银行流水号或凭证号。"), StringLength(100, ErrorMessage = "凭证号不超过 100 字符。")] string Reference,
    bool Succeeded = true,
    [property: StringLength(500, ErrorMessage = "失败原因不超过 500 字。")] string? FailureReason = null);

public sealed record BudgetInput([property: Yuan] decimal Amount, [property: StringLength(500)] string? Note);

public sealed record MilestoneLinkInput(Guid MilestoneId);
