namespace Gaoxin.Contracts.Services;

/// <summary>
/// Enterprise services in one year (企业服务统计). Approvals: items decided in the year (准予/不予办理) with their average working days
/// used against their average legal limit and the on-time rate (used ≤ limit counts as on time; null when nothing was decided);
/// corrections (补正) per application submitted in the year; items open now and those overdue now. Relief: cases reported in the
/// year by category, with the median and average calendar days from report to close and the average satisfaction (1–5) of the
/// closed ones.
/// </summary>
public sealed record ServicesFigures(int Year, int Decided, decimal? AverageDaysUsed, decimal? AverageLimitDays, decimal? OnTimeRate,
    int Applications, decimal? CorrectionsPerApplication, int OpenNow, int OverdueNow, int ReliefCases, int ReliefClosed,
    decimal? MedianDaysToClose, decimal? AverageDaysToClose, decimal? AverageSatisfaction, IReadOnlyList<ReliefCategoryFigures> ByCategory);

/// <summary>Relief cases of one category (融资、用地、用工、供应链、审批、市场): <paramref name="Category"/> is the code, <paramref name="Label"/> its name.</summary>
public sealed record ReliefCategoryFigures(string Category, string Label, int Cases, int Closed, decimal? MedianDaysToClose, decimal? AverageDaysToClose,
    decimal? AverageSatisfaction);

/// <summary>The enterprise services module's door for the cockpit and the period report (absent when the module is not installed).</summary>
public interface IServicesFigures
{
    Task<ServicesFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct);
}
