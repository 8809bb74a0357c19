using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Funding.Policy;

/// <summary>A new policy version: the effective date and the parameters that change (others are carried over from the version in force).</summary>
public sealed record PolicyInput(
    DateOnly EffectiveFrom,
    [property: Required(ErrorMessage = "请说明修订依据。"), StringLength(500)] string Note,
    [property: Range(typeof(decimal), "0", "10000000000", ErrorMessage = "年度预算超出范围。")] decimal? AnnualBudget = null,
    [property: Range(typeof(decimal), "0", "10000000000", ErrorMessage = "单个项目上限超出范围。")] decimal? ProjectCap = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "100", ErrorMessage = "分数线应在 0–100 之间。")] decimal? GradeAMinScore = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "100", ErrorMessage = "分数线应在 0–100 之间。")] decimal? GradeBMinScore = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "100", ErrorMessage = "分数线应在 0–100 之间。")] decimal? GradeCMinScore = null,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal? GradeACeiling = null,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal? GradeBCeiling = null,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal? GradeCCeiling = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "1", ErrorMessage = "比例应在 0–1 之间。")] decimal? GradeAShare = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "1", ErrorMessage = "比例应在 0–1 之间。")] decimal? GradeBShare = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "1", ErrorMessage = "比例应在 0–1 之间。")] decimal? GradeCShare = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "0.9", ErrorMessage = "折扣应在 0–0.9 之间。")] decimal? ConversionDiscount = null,
    [property: Precision(18, 4), Range(typeof(decimal), "0", "0.5", ErrorMessage = "年化回报上限应在 0–0.5 之间。")] decimal? ReturnAnnualRate = null,
    [property: Range(1, 20, ErrorMessage = "期限应在 1–20 年之间。")] int? DeadlineYears = null) : IValidatableObject
{
    public FundingPolicy ApplyTo(FundingPolicy p)
    {
        p.Note = Note;
        p.AnnualBudget = AnnualBudget ?? p.AnnualBudget;
        p.ProjectCap = ProjectCap ?? p.ProjectCap;
        p.GradeAMinScore = GradeAMinScore ?? p.GradeAMinScore;
        p.GradeBMinScore = GradeBMinScore ?? p.GradeBMinScore;
        p.GradeCMinScore = GradeCMinScore ?? p.GradeCMinScore;
        p.GradeACeiling = GradeACeiling ?? p.GradeACeiling;
        p.GradeBCeiling = GradeBCeiling ?? p.GradeBCeiling;
        p.GradeCCeiling = GradeCCeiling ?? p.GradeCCeiling;
        p.GradeAShare = GradeAShare ?? p.GradeAShare;
        p.GradeBShare = GradeBShare ?? p.GradeBShare;
        p.GradeCShare = GradeCShare ?? p.GradeCShare;
        p.ConversionDiscount = ConversionDiscount ?? p.ConversionDiscount;
        p.ReturnAnnualRate = ReturnAnnualRate ?? p.ReturnAnnualRate;
        p.DeadlineYears = DeadlineYears ?? p.DeadlineYears;
        return p;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveFrom == default)
        {
            yield return new ValidationResult("请填写生效日期。", [nameof(EffectiveFrom)]);
        }

        if (GradeAMinScore is { } a && GradeBMinScore is { } b && a <= b || GradeBMinScore is { } b2 && GradeCMinScore is { } c && b2 <= c)
        {
            yield return new ValidationResult("分数线须满足 A > B > C。", [nameof(GradeAMinScore)]);
        }
    }
}
