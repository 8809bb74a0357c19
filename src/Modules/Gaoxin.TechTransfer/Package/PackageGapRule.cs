using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.TechTransfer.Package;

/// <summary>The five parts of the support package every selected project is promised (中试+孵化+基金+场景+人才).</summary>
public enum PackageElement
{
    /// <summary>中试</summary>
    Pilot = 1,
    /// <summary>孵化</summary>
    Incubation = 2,
    /// <summary>基金</summary>
    Fund = 3,
    /// <summary>场景</summary>
    Scene = 4,
    /// <summary>人才</summary>
    Talent = 5,
}

/// <summary>
/// One element of one project's package as the gap rule sees it: the day the project was selected (null if never), today in the
/// zone, whether the element was received, and whether the project is still owed its package (not terminated, not yet industrialized).
/// </summary>
public sealed record PackageGapFacts(PackageElement Element, DateOnly? SelectedOn, DateOnly Today, bool Received, bool StillOwed);

/// <summary>
/// 支持包缺口: a project selected <see cref="Days"/> or more days ago (so exactly N days is a gap) that has not received an element while
/// it is still owed its package. Not received before N days is not yet a gap; a project never selected or no longer owed has none.
/// </summary>
public sealed class PackageGapRule(int days = PackageGapRule.DefaultDays) : IBusinessRule<PackageGapFacts>
{
    public const int DefaultDays = 90;

    public int Days { get; } = days;

    public string Name => nameof(PackageGapRule);

    /// <summary>Whole days since selection, or null when never selected.</summary>
    public static int? DaysSince(DateOnly? selectedOn, DateOnly today) => selectedOn is { } on ? today.DayNumber - on.DayNumber : null;

    public RuleOutcome Check(PackageGapFacts facts)
    {
        var since = DaysSince(facts.SelectedOn, facts.Today);
        var gap = !facts.Received & facts.StillOwed & since >= Days;
        return gap
            ? RuleOutcome.Refuse(Name, $"入选 {since} 天，尚无{ElementNames.Of(facts.Element)}支持",
                new Dictionary<string, string>
                {
                    ["入选日期"] = facts.SelectedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["入选天数"] = since!.Value.ToString(CultureInfo.InvariantCulture),
                    ["期限天数"] = Days.ToString(CultureInfo.InvariantCulture),
                })
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>The elements' Chinese names for the rule's message (the pages use the resources).</summary>
internal static class ElementNames
{
    public static string Of(PackageElement element) => element switch
    {
        PackageElement.Pilot => "中试",
        PackageElement.Incubation => "孵化",
        PackageElement.Fund => "基金",
        PackageElement.Scene => "场景",
        _ => "人才",
    };
}
