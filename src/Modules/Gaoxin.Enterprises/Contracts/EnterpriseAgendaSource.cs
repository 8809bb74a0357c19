using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Enterprises.Policies;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Contracts;

/// <summary>The registry's agenda for the services module: read-only; access checks stay with the caller.</summary>
internal sealed class EnterpriseAgendaSource(GaoxinDbContext db, PolicyMatching policies, EnterpriseRegistry registry) : IEnterpriseAgenda
{
    public async Task<EnterpriseAgenda?> ForOrganisationAsync(Guid zoneId, Guid organisationId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var e = await db.Set<Enterprise>().AsNoTracking().Include(x => x.Years).Include(x => x.Certificates).Include(x => x.Honours)
            .FirstOrDefaultAsync(x => x.ZoneId == zone && x.OrganisationId == organisationId, ct);
        if (e is null)
        {
            return null;
        }

        var matched = (await policies.ForEnterpriseAsync(e, ct)).Where(o => o.Matched)
            .Select(o => new AgendaPolicy(o.PolicyId, o.Policy, o.Amount, o.AmountExplanation)).ToList();
        return new EnterpriseAgenda(e.Id, e.Name, registry.Today(), matched,
            e.Certificates.OrderBy(c => c.ValidTo).Select(c => new AgendaCertificate(c.Scheme.ToString(), Labels.Scheme(c.Scheme), c.Number, c.ValidFrom, c.ValidTo)).ToList(),
            e.Honours.OrderBy(h => h.AwardedOn).Select(h => new AgendaHonour(h.Name, h.AwardedOn, h.ValidTo)).ToList(),
            e.Years.Select(y => y.Year).Order().ToList());
    }

    public async Task<IReadOnlyList<Guid>> OrganisationsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        return await db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone && e.OrganisationId != null).Select(e => e.OrganisationId!.Value).ToListAsync(ct);
    }
}
