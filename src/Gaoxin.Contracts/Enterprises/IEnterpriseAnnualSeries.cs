namespace Gaoxin.Contracts.Enterprises;

/// <summary>
/// One year of an enterprise's annual report as the monitoring of other modules reads it: sales (营业收入), total profit
/// (利润总额, taken as total revenue less total costs and expenses) and employees (从业人员), each null when not reported.
/// </summary>
public sealed record AnnualPoint(int Year, decimal? Sales, decimal? Profit, int? Employees);

/// <summary>An enterprise of the registry with its reported years, oldest first.</summary>
public sealed record EnterpriseAnnualSeries(Guid EnterpriseId, string Name, string CreditCode, Guid? OrganisationId, IReadOnlyList<AnnualPoint> Years);

/// <summary>The registry's annual data, year by year, for monitoring (the Enterprises module implements it).</summary>
public interface IEnterpriseAnnualSeries
{
    /// <summary>Every enterprise of the zone that reported for any of the <paramref name="years"/> years up to <paramref name="lastYear"/>.</summary>
    Task<IReadOnlyList<EnterpriseAnnualSeries>> SeriesAsync(Guid zoneId, int lastYear, int years, CancellationToken ct);
}
