using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Evaluations;

/// <summary>
/// Re-evaluates changed enterprises in the request that changed them and stages their stored results: a result that
/// moved is updated in place (it keeps its row), a scheme no longer evaluated loses its row, a new one gains one.
/// </summary>
internal sealed class StoredVerdicts(GaoxinDbContext db, CertificationEngine engine, TimeProvider clock) : IStoredVerdicts
{
    public async Task StageAsync(IReadOnlyCollection<Enterprise> enterprises, CancellationToken ct, IReadOnlyDictionary<string, decimal>? expertScoresOfOne = null)
    {
        if (enterprises.Count == 0)
        {
            return;
        }

        if (expertScoresOfOne is not null && enterprises.Count != 1)
        {
            throw new ArgumentException("Expert scores can be given for one enterprise only.", nameof(expertScoresOfOne));
        }

        var ids = enterprises.Select(e => e.Id).ToList();
        var experts = expertScoresOfOne is not null
            ? new Dictionary<Guid, IReadOnlyDictionary<string, decimal>> { [ids[0]] = expertScoresOfOne }
            : (await db.Set<ExpertScore>().AsNoTracking().Where(s => ids.Contains(s.EnterpriseId)).ToListAsync(ct))
                .GroupBy(s => s.EnterpriseId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(s => s.Item, s => s.Score));
        var stored = (await db.Set<EvaluationRecord>().Where(r => ids.Contains(r.EnterpriseId)).ToListAsync(ct))
            .ToDictionary(r => (r.EnterpriseId, r.Scheme));
        var today = ZoneClock.Of(clock).Today;
        foreach (var e in enterprises)
        {
            var facts = EnterpriseRegistry.ToFacts(e, today, experts.GetValueOrDefault(e.Id) ?? NoScores);
            foreach (var evaluation in engine.EvaluateAll(facts))
            {
                var fresh = EnterpriseEvaluations.Record(e, evaluation);
                if (!stored.Remove((e.Id, fresh.Scheme), out var previous))
                {
                    db.Add(fresh);
                }
                else if (!EnterpriseEvaluations.SameResult(previous, fresh))
                {
                    Copy(fresh, previous);
                }
            }
        }

        db.RemoveRange(stored.Values);
    }

    private static readonly IReadOnlyDictionary<string, decimal> NoScores = new Dictionary<string, decimal>();

    private static void Copy(EvaluationRecord from, EvaluationRecord to)
    {
        to.ZoneId = from.ZoneId;
        to.SchemeVersion = from.SchemeVersion;
        to.AsOf = from.AsOf;
        to.Verdict = from.Verdict;
        to.Total = from.Total;
        to.MaxReachable = from.MaxReachable;
        to.Shortfall = from.Shortfall;
        to.FailedGates = from.FailedGates;
        to.FirstGap = from.FirstGap;
    }
}
