using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Evaluations;

/// <summary>Every scheme's evaluation for one enterprise, and its place on the ladder.</summary>
public sealed record EnterpriseAssessment(Guid EnterpriseId, string Name, DateOnly AsOf, IReadOnlyList<Evaluation> Evaluations, LadderPlace Ladder);

/// <summary>Evaluates enterprises against the schemes in force, one at a time or the whole zone (storing the results).</summary>
internal sealed class EnterpriseEvaluations(GaoxinDbContext db, EnterpriseRegistry registry, CertificationEngine engine, TimeProvider clock)
{
    /// <summary>A reviewer's score for an expert-judged item: checked against the item's ceiling, stored, and the enterprise re-assessed.</summary>
    public async Task<(bool NotFound, Dictionary<string, string[]> Errors, EnterpriseAssessment? Assessment)> ScoreAsync(Gaoxin.Kernel.Access.Actor actor, Guid enterpriseId, ExpertScoreInput input, CancellationToken ct)
    {
        var e = await registry.FindAsync(actor, enterpriseId, ct);
        if (e is null)
        {
            return (true, [], null);
        }

        if (input.Item is null || !EvaluationEndpoints.ExpertMaxima.TryGetValue(input.Item, out var max))
        {
            return (false, new() { ["item"] = [$"评分项“{input.Item}”不存在。可选：{string.Join("、", EvaluationEndpoints.ExpertMaxima.Keys)}。"] }, null);
        }

        if (input.Score < 0 || input.Score > max || decimal.Round(input.Score, 1) != input.Score)
        {
            return (false, new() { ["score"] = [$"评分 {input.Score} 超出范围：{input.Item} 应在 0–{max} 之间（至多一位小数）。"] }, null);
        }

        var scheme = Enum.Parse<SchemeCode>(input.Item.Split('.')[0]);
        var stored = await db.Set<ExpertScore>().FirstOrDefaultAsync(s => s.EnterpriseId == e.Id && s.Scheme == scheme && s.Item == input.Item, ct);
        if (stored is null)
        {
            stored = new ExpertScore { ZoneId = e.ZoneId, EnterpriseId = e.Id, Scheme = scheme, Item = input.Item, ReviewerId = actor.UserId };
            db.Add(stored);
        }

        stored.Score = input.Score;
        stored.ReviewerId = actor.UserId;
        stored.EnteredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (false, [], await AssessAsync(e, ct));
    }

    /// <summary>The scores reviewers entered for an enterprise, by item key.</summary>
    public async Task<Dictionary<string, decimal>> ExpertScoresAsync(Guid enterpriseId, CancellationToken ct) =>
        await db.Set<ExpertScore>().AsNoTracking().Where(s => s.EnterpriseId == enterpriseId).ToDictionaryAsync(s => s.Item, s => s.Score, ct);

    public async Task<EnterpriseAssessment> AssessAsync(Enterprise enterprise, CancellationToken ct)
    {
        var facts = await registry.FactsAsync(enterprise, ct);
        var evaluations = engine.EvaluateAll(facts);
        return new EnterpriseAssessment(enterprise.Id, enterprise.Name, facts.AsOf, evaluations, Ladder.Place(facts, evaluations));
    }

    /// <summary>
    /// Re-evaluates every enterprise of the zone and replaces the stored results, in batches so memory stays flat.
    /// Results are derived data (not audited); the facts they come from are.
    /// </summary>
    public async Task<int> RefreshZoneAsync(Guid zoneId, CancellationToken ct, int batchSize = 500)
    {
        var zone = new ZoneId(zoneId);
        var today = registry.Today();
        var count = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone);
            if (after is { } last)
            {
                query = query.Where(e => e.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(e => e.Id).Take(batchSize).Include(e => e.Years).Include(e => e.Certificates).AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0)
            {
                return count;
            }

            var ids = batch.Select(e => e.Id).ToList();
            var experts = (await db.Set<ExpertScore>().AsNoTracking().Where(s => ids.Contains(s.EnterpriseId)).ToListAsync(ct))
                .GroupBy(s => s.EnterpriseId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(s => s.Item, s => s.Score));
            var records = new List<EvaluationRecord>(batch.Count * CertificationEngine.Evaluated.Count);
            foreach (var e in batch)
            {
                var facts = EnterpriseRegistry.ToFacts(e, today, experts.GetValueOrDefault(e.Id) ?? new Dictionary<string, decimal>());
                foreach (var evaluation in engine.EvaluateAll(facts))
                {
                    records.Add(Record(e, evaluation));
                }
            }

            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await db.Set<EvaluationRecord>().Where(r => ids.Contains(r.EnterpriseId)).ExecuteDeleteAsync(ct);
                db.AddRange(records);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }

            db.ChangeTracker.Clear();
            count += batch.Count;
            after = batch[^1].Id;
        }
    }

    public static EvaluationRecord Record(Enterprise e, Evaluation evaluation) => new()
    {
        ZoneId = e.ZoneId,
        EnterpriseId = e.Id,
        Scheme = evaluation.Scheme,
        SchemeVersion = evaluation.SchemeVersion,
        AsOf = evaluation.AsOf,
        Verdict = evaluation.Verdict,
        Total = evaluation.Total,
        MaxReachable = evaluation.MaxReachable,
        Shortfall = evaluation.Verdict is Verdict.Qualifies or Verdict.QualifiesDirectly ? 0 : Math.Max(0, evaluation.PassMark - evaluation.Total),
        FailedGates = evaluation.Gates.Count(g => g.Passed == false),
        FirstGap = Truncate(evaluation.Gaps.Count > 0 ? evaluation.Gaps[0] : evaluation.MissingInputs.Count > 0 ? evaluation.MissingInputs[0] : null, 500),
    };

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
