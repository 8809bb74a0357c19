using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.PilotBase.Facilities;

/// <summary>A capability parameter as entered: a numeric range (either end may be open) or a text value.</summary>
public sealed record CapabilityFacts(string Name, decimal? Min, decimal? Max, string? Text);

/// <summary>
/// A capability parameter says something searchable: a range whose lower end is not above its upper end (a single value is
/// Min = Max), or a text value. A range 1600..1500 would match no search and is a typing mistake.
/// </summary>
public sealed class CapabilityRangeRule : IBusinessRule<CapabilityFacts>
{
    public string Name => nameof(CapabilityRangeRule);

    public RuleOutcome Check(CapabilityFacts facts)
    {
        if (facts.Min is null && facts.Max is null && string.IsNullOrWhiteSpace(facts.Text))
        {
            return RuleOutcome.Refuse(Name, $"能力参数“{facts.Name}”须填写数值范围（下限/上限）或文字说明。");
        }

        if (facts.Min is { } min && facts.Max is { } max && min > max)
        {
            return RuleOutcome.Refuse(Name, string.Create(CultureInfo.InvariantCulture, $"能力参数“{facts.Name}”的下限 {min} 大于上限 {max}。"),
                new Dictionary<string, string> { ["min"] = min.ToString(CultureInfo.InvariantCulture), ["max"] = max.ToString(CultureInfo.InvariantCulture) });
        }

        return RuleOutcome.Pass(Name);
    }
}

/// <summary>Where a qualification stands on a day.</summary>
public enum QualificationStanding
{
    /// <summary>有效</summary>
    Valid = 1,
    /// <summary>90 天内到期</summary>
    ExpiringSoon = 2,
    /// <summary>已过期</summary>
    Expired = 3,
}

public sealed record QualificationFacts(string CertificateNo, DateOnly ValidUntil, DateOnly Today);

/// <summary>
/// A qualification (CMA, CNAS) holds through its ValidUntil day inclusive; from the next day it is expired and no longer
/// advertised. Within <see cref="WarningDays"/> days of expiry (ValidUntil ≤ today + 90) it is flagged as expiring soon.
/// </summary>
public sealed class QualificationInForceRule : IBusinessRule<QualificationFacts>
{
    public const int WarningDays = 90;

    public string Name => nameof(QualificationInForceRule);

    public static QualificationStanding Standing(DateOnly validUntil, DateOnly today) =>
        validUntil < today ? QualificationStanding.Expired
        : validUntil <= today.AddDays(WarningDays) ? QualificationStanding.ExpiringSoon
        : QualificationStanding.Valid;

    public RuleOutcome Check(QualificationFacts facts) =>
        Standing(facts.ValidUntil, facts.Today) == QualificationStanding.Expired
            ? RuleOutcome.Refuse(Name, $"资质证书 {facts.CertificateNo} 已于 {facts.ValidUntil:yyyy-MM-dd} 过期。",
                new Dictionary<string, string> { ["validUntil"] = facts.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            : RuleOutcome.Pass(Name);
}
