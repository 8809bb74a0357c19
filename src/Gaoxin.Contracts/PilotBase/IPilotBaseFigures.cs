namespace Gaoxin.Contracts.PilotBase;

/// <summary>
/// The pilot base's headline figures for the cockpit and the home page, as of today in zone time: utilisation of the current
/// month and of the year to the end of the current month (booked ÷ available hours within opening hours, maintenance taken out
/// of the available hours; null when nothing was available), revenue of approved and completed bookings starting in the month
/// and in the year (yuan), and the resources that can be booked now out of those of operating areas.
/// </summary>
public sealed record PilotBaseFigures(int Year, int Month, decimal? UtilisationThisMonth, decimal? UtilisationThisYear, decimal RevenueThisMonth,
    decimal RevenueThisYear, int ResourcesAvailable, int ResourcesTotal);

/// <summary>The pilot base module's door for the cockpit (PilotBase implements it; absent when the module is not installed).</summary>
public interface IPilotBaseFigures
{
    Task<PilotBaseFigures> TodayAsync(Guid zoneId, CancellationToken ct);
}
