using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Policies;

/// <summary>
/// An eligibility condition of a policy (政策找企业/免申即享), parsed from the JSON text stored on the policy record
/// by <see cref="PolicyConditionParser"/>. Only the node kinds below exist: there is nothing to execute.
/// </summary>
internal abstract record PolicyCondition;

/// <summary>{"all":[…]}: every condition holds.</summary>
internal sealed record AllOf(IReadOnlyList<PolicyCondition> Conditions) : PolicyCondition;

/// <summary>{"any":[…]}: at least one holds.</summary>
internal sealed record AnyOf(IReadOnlyList<PolicyCondition> Conditions) : PolicyCondition;

/// <summary>{"not":{…}}.</summary>
internal sealed record NotCondition(PolicyCondition Condition) : PolicyCondition;

/// <summary>{"metric":"RdToSales","op":"&gt;=","value":0.03}: a figure of the latest year compared with a number.</summary>
internal sealed record MetricCondition(PolicyMetric Metric, CompareOp Op, decimal Value) : PolicyCondition;

/// <summary>
/// {"holds":"HighTech","validOn":"2025-06-30","recognisedInYear":"current"}: a certificate of the scheme valid on the
/// day (default: the facts' day), optionally first recognised (ValidFrom) in a given year.
/// </summary>
internal sealed record HoldsCondition(SchemeCode Scheme, DateOnly? ValidOn, YearReference? RecognisedInYear) : PolicyCondition;

/// <summary>{"flag":"ProvincialRdInstitution","is":true}: one of <see cref="EnterpriseFlags"/>.</summary>
internal sealed record FlagCondition(string Flag, bool Expected) : PolicyCondition;

/// <summary>{"aboveDesignatedSize":true}: 规上, latest year's main-business revenue ≥ the threshold in <see cref="PolicySettings"/>.</summary>
internal sealed record AboveDesignatedSizeCondition(bool Expected) : PolicyCondition;

/// <summary>{"qualifies":"TechSme"}: the scheme's evaluation qualifies (by score or directly).</summary>
internal sealed record QualifiesCondition(SchemeCode Scheme, bool Expected) : PolicyCondition;

/// <summary>A year given as "current", "previous" (relative to the facts' day) or a number.</summary>
internal sealed record YearReference(int? Fixed, int Offset)
{
    public static YearReference Current { get; } = new(null, 0);

    public static YearReference Previous { get; } = new(null, -1);
}

internal enum CompareOp
{
    AtLeast = 1,
    Above = 2,
    AtMost = 3,
    Below = 4,
    EqualTo = 5,
    NotEqualTo = 6,
}

/// <summary>Figures a condition or an amount rule can name; all read from the latest year.</summary>
internal enum PolicyMetric
{
    RdToSales = 1,
    RdToRevenue,
    RdAmount,
    Sales,
    TotalRevenue,
    MainBusinessRevenue,
    Staff,
    TechStaff,
    TechStaffShare,
    TotalAssets,
    NetAssets,
    DebtRatio,
    HighTechIncomeShare,
    EquityRaised,
    ClassOneIp,
    ClassTwoIp,
}

/// <summary>Parameters of the policy language that are policy numbers, not code.</summary>
/// <param name="DesignatedSizeRevenue">规上: latest year's main-business revenue at least this (20,000,000 yuan).</param>
internal sealed record PolicySettings(decimal DesignatedSizeRevenue)
{
    public static PolicySettings Default { get; } = new(20_000_000m);
}

/// <summary>Whether the enterprise matches, and why. Undetermined: an input was missing, so it did not match.</summary>
internal sealed record PolicyMatch(bool Matched, bool Undetermined, IReadOnlyList<string> Reasons);
