using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Cultivation;

public sealed record Candidate(Guid EnterpriseId, string Name, string Verdict, decimal Total, decimal Shortfall, int FailedGates, string? FirstGap);

public sealed record RungCandidates(string Scheme, string Title, IReadOnlyList<Candidate> Candidates);

public sealed record ExpiringCertificate(Guid EnterpriseId, string Name, string Scheme, string Number, DateOnly ValidTo, int DaysLeft);

public sealed record DueReevaluation(Guid EnterpriseId, string Name, string Number, DateOnly ValidTo, DateOnly DueBy);

public sealed record CultivationView(DateOnly AsOf, IReadOnlyList<RungCandidates> Rungs, IReadOnlyList<ExpiringCertificate> Expiring, IReadOnlyList<DueReevaluation> Reevaluation);

/// <summary>
/// 梯度培育看板: for each rung, the enterprises not yet on it that are closest to it (qualifying first, then fewest
/// failed gates, then fewest points short); certificates expiring within 90 days; 科技型中小企业 due for their annual
/// evaluation by 31 March.
/// </summary>
internal sealed class CultivationBoard(GaoxinDbContext db, EnterpriseRegistry registry, EnterpriseEvaluations evaluations)
{
    public const int ExpiryWindowDays = 90;

    public async Task<CultivationView> BuildAsync(Guid zoneId, int perRung, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var today = registry.Today();
        if (!await db.Set<EvaluationRecord>().AnyAsync(r => r.ZoneId == zone, ct))
        {
            await evaluations.RefreshZoneAsync(zoneId, ct);
        }

        var rungs = new List<RungCandidates>();
        foreach (var scheme in CertificationEngine.Evaluated)
        {
            var holders = db.Set<EnterpriseCertificate>().Where(c => c.Scheme == scheme && c.ValidFrom <= today && c.ValidTo >= today).Select(c => c.EnterpriseId);
            var rows = await db.Set<EvaluationRecord>().AsNoTracking()
                .Where(r => r.ZoneId == zone && r.Scheme == scheme && !holders.Contains(r.EnterpriseId))
                .Join(db.Set<Enterprise>(), r => r.EnterpriseId, e => e.Id, (r, e) => new { r, e.Name })
                .ToListAsync(ct);
            var ranked = rows
                .OrderBy(x => x.r.Verdict is Verdict.Qualifies or Verdict.QualifiesDirectly ? 0 : x.r.Verdict == Verdict.AwaitingExperts ? 1 : 2)
                .ThenBy(x => x.r.FailedGates)
                .ThenBy(x => x.r.Shortfall)
                .ThenBy(x => x.Name, StringComparer.Ordinal)
                .Take(perRung)
                .Select(x => new Candidate(x.r.EnterpriseId, x.Name, x.r.Verdict.ToString(), x.r.Total, x.r.Shortfall, x.r.FailedGates, x.r.FirstGap))
                .ToList();
            rungs.Add(new RungCandidates(scheme.ToString(), Labels.Scheme(scheme), ranked));
        }

        var horizon = today.AddDays(ExpiryWindowDays);
        var expiring = (await db.Set<EnterpriseCertificate>().AsNoTracking()
                .Where(c => c.ZoneId == zone && c.ValidTo >= today && c.ValidTo <= horizon)
                .Join(db.Set<Enterprise>(), c => c.EnterpriseId, e => e.Id, (c, e) => new { c, e.Name })
                .ToListAsync(ct))
            .OrderBy(x => x.c.ValidTo).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => new ExpiringCertificate(x.c.EnterpriseId, x.Name, x.c.Scheme.ToString(), x.c.Number, x.c.ValidTo, x.c.ValidTo.DayNumber - today.DayNumber))
            .ToList();

        // 科技型中小企业 registration lasts the calendar year; the next year's evaluation is due by 31 March.
        var yearEnd = new DateOnly(today.Year, 12, 31);
        var renewed = db.Set<EnterpriseCertificate>().Where(c => c.Scheme == SchemeCode.TechSme && c.ValidTo > yearEnd).Select(c => c.EnterpriseId);
        var due = (await db.Set<EnterpriseCertificate>().AsNoTracking()
                .Where(c => c.ZoneId == zone && c.Scheme == SchemeCode.TechSme && c.ValidTo >= today && c.ValidTo <= yearEnd && !renewed.Contains(c.EnterpriseId))
                .Join(db.Set<Enterprise>(), c => c.EnterpriseId, e => e.Id, (c, e) => new { c, e.Name })
                .ToListAsync(ct))
            .OrderBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => new DueReevaluation(x.c.EnterpriseId, x.Name, x.c.Number, x.c.ValidTo, new DateOnly(x.c.ValidTo.Year + 1, 3, 31)))
            .ToList();

        return new CultivationView(today, rungs, expiring, due);
    }
}
