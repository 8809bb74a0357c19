using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Services.Relief;

/// <summary>
/// Early warning (监测预警): the registry's annual data of the last two reported years, judged by
/// <see cref="EarlyWarnings.Rules"/>; an officer turns a warning into a case in one step. The registry is read through
/// <see cref="IEnterpriseAnnualSeries"/>, resolved with GetService, so relief works without the Enterprises module.
/// </summary>
public sealed class ReliefWarnings(GaoxinDbContext db, IServiceProvider services, ReliefDesk desk, TimeProvider time)
{
    /// <summary>Enterprises with at least one fired rule, on their latest year up to last year, with their open case.</summary>
    public async Task<WarningList> ListAsync(Actor actor, CancellationToken ct)
    {
        RequireMonitor(actor);
        var year = ZoneClock.Of(time).Today.Year - 1;
        var series = services.GetService<IEnterpriseAnnualSeries>();
        if (series is null)
        {
            return new WarningList(false, year, []);
        }

        var zone = new ZoneId(actor.ZoneId);
        var flagged = (await series.SeriesAsync(actor.ZoneId, year, 3, ct))
            .Select(s => (Series: s, Facts: FactsOf(s)))
            .Where(x => x.Facts is not null)
            .Select(x => (x.Series, x.Facts, Fired: EarlyWarnings.Fired(x.Facts!)))
            .Where(x => x.Fired.Count > 0)
            .ToList();
        var organisations = await OrganisationsAsync(zone, flagged.Select(x => x.Series).ToList(), ct);
        var open = await desk.OpenCasesAsync(zone, organisations.Values.ToList(), ct);
        return new WarningList(true, year, flagged.Select(x =>
        {
            Guid? organisation = organisations.TryGetValue(x.Series.EnterpriseId, out var o) ? o : null;
            (Guid Id, string Number)? openCase = organisation is { } org && open.TryGetValue(org, out var c) ? c : null;
            return new WarningView(x.Series.EnterpriseId, x.Series.Name, organisation, x.Facts!.Year,
                [.. x.Fired.Select(f => new FiredRuleView(f.Rule, f.Message, f.Figures))], EarlyWarnings.CategoryOf(x.Fired), openCase?.Id, openCase?.Number);
        }).OrderByDescending(w => w.Rules.Count).ThenBy(w => w.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Turns the warning on a registry enterprise into a case (source 监测预警). The case belongs to the enterprise's
    /// platform organisation; a registry firm without one gets it now (kind enterprise, same name and credit code) so its
    /// users can be added later. Refused when no rule fires any more or the enterprise already has an open case.
    /// </summary>
    public async Task<ReliefCaseView> OpenCaseAsync(Actor actor, Guid enterpriseId, CancellationToken ct)
    {
        if (!ReliefAccess.IsTriage(actor))
        {
            throw Refusal.Forbidden("只有管委会或创新中心可以将预警转为诉求。");
        }

        var list = await ListAsync(actor, ct);
        var warning = list.Items.FirstOrDefault(w => w.EnterpriseId == enterpriseId) ?? throw Refusal.NotFound("预警企业");
        if (warning.OpenCaseNumber is { } number)
        {
            throw Refusal.Conflict($"该企业已有在办诉求 {number}。");
        }

        var zone = new ZoneId(actor.ZoneId);
        var organisation = warning.OrganisationId is { } id
            ? await db.Organisations.SingleAsync(o => o.Id == id, ct)
            : await NewOrganisationAsync(zone, enterpriseId, ct);
        var description = $"监测预警（{warning.Year} 年报）：" + string.Join("；", warning.Rules.Select(r => r.Message));
        var row = await desk.NewCaseAsync(zone, organisation, warning.SuggestedCategory, description, ReliefSource.EarlyWarning, actor, ct);
        await desk.SaveAsync(ct);
        return (await desk.ListAsync(actor, new ReliefFilter(Search: row.Number), new Gaoxin.Kernel.Paging.PageRequest(1, 1), ct)).Items[0];
    }

    /// <summary>The facts of the latest two consecutive reported years, or null with fewer.</summary>
    internal static WarningFacts? FactsOf(EnterpriseAnnualSeries series)
    {
        var years = series.Years.OrderBy(y => y.Year).ToList();
        if (years.Count < 2 || years[^1].Year - years[^2].Year != 1)
        {
            return null;
        }

        var (before, now) = (years[^2], years[^1]);
        return new WarningFacts(now.Year, before.Sales, now.Sales, before.Profit, now.Profit, before.Employees, now.Employees);
    }

    private static void RequireMonitor(Actor actor)
    {
        if (!ReliefAccess.Monitors.Any(actor.IsIn))
        {
            throw Refusal.Forbidden();
        }
    }

    /// <summary>The platform organisation of each registry enterprise: its own link, else one with the same credit code.</summary>
    private async Task<Dictionary<Guid, Guid>> OrganisationsAsync(ZoneId zone, IReadOnlyList<EnterpriseAnnualSeries> series, CancellationToken ct)
    {
        var result = series.Where(s => s.OrganisationId is not null).ToDictionary(s => s.EnterpriseId, s => s.OrganisationId!.Value);
        var codes = series.Where(s => s.OrganisationId is null).Select(s => s.CreditCode).Distinct().ToList();
        if (codes.Count > 0)
        {
            var byCode = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && o.CreditCode != null && codes.Contains(o.CreditCode))
                .Select(o => new { o.Id, o.CreditCode }).ToListAsync(ct);
            foreach (var s in series.Where(s => s.OrganisationId is null))
            {
                if (byCode.FirstOrDefault(o => o.CreditCode == s.CreditCode) is { } match)
                {
                    result[s.EnterpriseId] = match.Id;
                }
            }
        }

        return result;
    }

    private async Task<Organisation> NewOrganisationAsync(ZoneId zone, Guid enterpriseId, CancellationToken ct)
    {
        var series = services.GetRequiredService<IEnterpriseAnnualSeries>();
        var year = ZoneClock.Of(time).Today.Year - 1;
        var firm = (await series.SeriesAsync(zone.Value, year, 3, ct)).Single(s => s.EnterpriseId == enterpriseId);
        var organisation = new Organisation { ZoneId = zone, Name = firm.Name, Kind = OrganisationKind.Enterprise, CreditCode = firm.CreditCode, Note = "由纾困监测预警建立" };
        db.Organisations.Add(organisation);
        return organisation;
    }
}
