using Gaoxin.Contracts.Services;

namespace Gaoxin.Services.Contracts;

/// <summary>The module's figures for the cockpit and the period report, the same the figures page and API show.</summary>
internal sealed class ServicesFiguresSource(Figures.ServicesFigures figures) : IServicesFigures
{
    public Task<ServicesFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct) => figures.ForYearAsync(zoneId, year, ct);
}
