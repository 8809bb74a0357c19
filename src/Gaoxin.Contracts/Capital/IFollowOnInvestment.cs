namespace Gaoxin.Contracts.Capital;

/// <summary>Outside money raised in closed rounds (后续投资) in a period: the total, and per company organisation and per relay project.</summary>
public sealed record FollowOnFigures(DateOnly From, DateOnly To, int Rounds, decimal Total, IReadOnlyDictionary<Guid, decimal> ByCompany, IReadOnlyDictionary<Guid, decimal> ByProject);

/// <summary>Capital's door for the fund's operator assessment (Capital implements it; absent when the module is not installed).</summary>
public interface IFollowOnInvestment
{
    /// <summary>Rounds closed from <paramref name="from"/> to <paramref name="to"/> (both included); null when the zone has no closed round in the period.</summary>
    Task<FollowOnFigures?> ClosedInAsync(Guid zoneId, DateOnly from, DateOnly to, CancellationToken ct);
}
