namespace Gaoxin.Contracts.Funding;

/// <summary>The pilot fund's position for a fund-year, derived from its ledger (CNY).</summary>
public sealed record FundPosition(int Year, decimal Budget, decimal Committed, decimal Disbursed, decimal Available, decimal Returned, decimal WrittenOff);

/// <summary>A screening grade band from the funding policy: a score at or above MinScore earns Grade (A/B/C).</summary>
public sealed record GradeBand(string Grade, decimal MinScore);

/// <summary>Fund support granted to one relay project (for the project page: support asked and granted).</summary>
public sealed record ProjectSupport(Guid AwardId, string Grade, decimal Amount, string Instrument, string Status, decimal Paid);

/// <summary>
/// An award to a relay project as the support package shows it: amount and paid so far (yuan, from the ledger), the day approved,
/// the last successful payment's day, and whether it still stands (not cancelled).
/// </summary>
public sealed record ProjectAward(Guid ProjectId, Guid AwardId, decimal Amount, decimal Paid, DateOnly ApprovedOn, DateOnly? LastPaidOn, bool Stands);

/// <summary>The fund's door for other modules (Funding implements it; absent when the module is not installed).</summary>
public interface IFundPosition
{
    Task<FundPosition?> ForYearAsync(Guid zoneId, int year, CancellationToken ct);

    /// <summary>The grade bands in force on <paramref name="on"/>, highest grade first.</summary>
    Task<IReadOnlyList<GradeBand>> GradeBandsAsync(Guid zoneId, DateOnly on, CancellationToken ct);

    Task<IReadOnlyList<ProjectSupport>> SupportForProjectAsync(Guid zoneId, Guid projectId, CancellationToken ct);

    /// <summary>The awards of the zone's given projects, in one read of awards, payments and ledger, earliest approval first.</summary>
    Task<IReadOnlyList<ProjectAward>> AwardsForProjectsAsync(Guid zoneId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct);
}
