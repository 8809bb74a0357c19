using Gaoxin.Data;
using Gaoxin.Data.Operations;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Evaluations;

public sealed record ExpertScoreInput(string Item, [property: Precision(5, 2)] decimal Score);

public sealed record RefreshResult(int Enterprises);

/// <summary>Every scheme's evaluation for one enterprise, and its place on the ladder.</summary>
public sealed record EnterpriseAssessment(Guid EnterpriseId, string Name, DateOnly AsOf, IReadOnlyList<Evaluation> Evaluations, LadderPlace Ladder);

/// <summary>Evaluates enterprises against the schemes in force, one at a time or the whole zone (storing the results).</summary>
internal sealed class EnterpriseEvaluations(GaoxinDbContext db, EnterpriseRegistry registry, CertificationEngine engine, TimeProvider clock, IStoredVerdicts verdicts,
    GaoxinMetrics metrics)
{
    /// <summary>A reviewer's score for an expert-judged item: checked against the item's ceiling, stored, and the enterprise re-assessed.</summary>
    public async Task<EnterpriseAssessment> ScoreAsync(Gaoxin.Kernel.Access.Actor actor, Guid enterpriseId, ExpertScoreInput input, CancellationToken ct)
    {
        var e = await registry.GetAsync(actor, enterpriseId, ct);
        if (input.Item is null || !ExpertKeys.Maxima.TryGetValue(input.Item, out var max))
        {
            throw Refusal.Invalid("item", $"评分项“{input.Item}”不存在。可选：{string.Join("、", ExpertKeys.Maxima.Keys)}。");
        }

        if (input.Score < 0 || input.Score > max || decimal.Round(input.Score, 1) != input.Score)
        {
            throw Refusal.Invalid("score", $"评分 {input.Score} 超出范围：{input.Item} 应在 0–{max} 之间（至多一位小数）。");
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
        var scores = await db.Set<ExpertScore>().AsNoTracking().Where(s => s.EnterpriseId == e.Id).ToDictionaryAsync(s => s.Item, s => s.Score, ct);
        scores[input.Item] = input.Score;
        await verdicts.StageAsync([e], ct, scores);
        await db.SaveChangesAsync(ct);
        return await AssessAsync(e, ct);
    }

    /// <summary>The scores reviewers entered for an enterprise, by item key.</summary>
    public async Task<Dictionary<string, decimal>> ExpertScoresAsync(Guid enterpriseId, CancellationToken ct) =>
        await db.Set<ExpertScore>().AsNoTracking().Where(s => s.EnterpriseId == enterpriseId).ToDictionaryAsync(s => s.Item, s => s.Score, ct);

    public async Task<EnterpriseAssessment> AssessAsync(Enterprise enterprise, CancellationToken ct) =>
        Assess(await registry.FactsAsync(enterprise, ct));

    /// <summary>Every scheme and the ladder for facts already read (so a page evaluates once for verdicts and policies).</summary>
    public EnterpriseAssessment Assess(EnterpriseFacts facts)
    {
        var evaluations = engine.EvaluateAll(facts);
        return new EnterpriseAssessment(facts.EnterpriseId, facts.Name, facts.AsOf, evaluations, Ladder.Place(facts, evaluations));
    }

    /// <summary>
    /// Re-evaluates every enterprise of the zone and replaces the stored results, in keyset batches so memory stays flat.
    /// Results are derived data (not audited); the facts they come from are.
    /// </summary>
    /// <remarks>
    /// A pipeline on the context's one connection: while batch N is evaluated (in parallel across cores), the results
    /// of batch N−1 are stored and batch N+1 is read. Each batch's replace (delete its enterprises' rows, insert the new
    /// ones) is one transaction, as before; on PostgreSQL the insert is a binary COPY.
    /// </remarks>
    public async Task<int> RefreshZoneAsync(Guid zoneId, CancellationToken ct, int batchSize = DefaultBatchSize)
    {
        var today = registry.Today();
        var count = 0;
        Guid? after = null;
        Task<EvaluatedBatch>? evaluating = null;
        try
        {
            while (true)
            {
                var batch = await ReadBatchAsync(zoneId, after, batchSize, ct);
                var next = batch.Enterprises.Count > 0 ? Task.Run(() => Evaluate(batch, today, ct), ct) : null;
                if (evaluating is not null)
                {
                    var done = await evaluating;
                    evaluating = null;
                    await StoreAsync(done, ct);
                    count += done.EnterpriseIds.Count;
                }

                if (next is null)
                {
                    metrics.EvaluationsRefreshed();
                    return count;
                }

                evaluating = next;
                after = batch.Enterprises[^1].Id;
            }
        }
        finally
        {
            if (evaluating is not null)
            {
                // Never leave an evaluation running against a batch after the refresh has failed.
                await Task.WhenAny(evaluating);
            }
        }
    }

    public const int DefaultBatchSize = 1000;

    /// <summary>One keyset batch of a zone's enterprises with their years, certificates and expert scores.</summary>
    internal sealed record ZoneBatch(List<Enterprise> Enterprises, Dictionary<Guid, IReadOnlyDictionary<string, decimal>> Experts);

    private sealed record EvaluatedBatch(List<Guid> EnterpriseIds, EvaluationRecord[] Records);

    private static readonly IReadOnlyDictionary<string, decimal> NoExpertScores = new Dictionary<string, decimal>();

    /// <summary>
    /// The enterprises after <paramref name="after"/> (by id), then their years, certificates and expert scores by id
    /// list: one query per table, no join repeated per child table, children attached in memory.
    /// </summary>
    internal async Task<ZoneBatch> ReadBatchAsync(Guid zoneId, Guid? after, int batchSize, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var query = db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone);
        if (after is { } last)
        {
            query = query.Where(e => e.Id.CompareTo(last) > 0);
        }

        var enterprises = await query.OrderBy(e => e.Id).Take(batchSize).ToListAsync(ct);
        var experts = new Dictionary<Guid, IReadOnlyDictionary<string, decimal>>();
        if (enterprises.Count == 0)
        {
            return new ZoneBatch(enterprises, experts);
        }

        var ids = enterprises.Select(e => e.Id).ToList();
        var byId = enterprises.ToDictionary(e => e.Id);
        await foreach (var y in db.Set<AnnualReport>().AsNoTracking().Where(y => ids.Contains(y.EnterpriseId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            byId[y.EnterpriseId].Years.Add(y);
        }

        await foreach (var c in db.Set<EnterpriseCertificate>().AsNoTracking().Where(c => ids.Contains(c.EnterpriseId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            byId[c.EnterpriseId].Certificates.Add(c);
        }

        await foreach (var h in db.Set<EnterpriseHonour>().AsNoTracking().Where(h => ids.Contains(h.EnterpriseId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            byId[h.EnterpriseId].Honours.Add(h);
        }

        await foreach (var s in db.Set<ExpertScore>().AsNoTracking().Where(s => ids.Contains(s.EnterpriseId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!experts.TryGetValue(s.EnterpriseId, out var scores))
            {
                experts[s.EnterpriseId] = scores = new Dictionary<string, decimal>();
            }

            ((Dictionary<string, decimal>)scores)[s.Item] = s.Score;
        }

        return new ZoneBatch(enterprises, experts);
    }

    /// <summary>Every scheme for every enterprise of the batch, spread over the cores; records in batch order.</summary>
    private EvaluatedBatch Evaluate(ZoneBatch batch, DateOnly today, CancellationToken ct)
    {
        var enterprises = batch.Enterprises;
        var perEnterprise = new EvaluationRecord[enterprises.Count][];
        Parallel.For(0, enterprises.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var e = enterprises[i];
            var facts = EnterpriseRegistry.ToFacts(e, today, batch.Experts.GetValueOrDefault(e.Id) ?? NoExpertScores);
            var evaluations = engine.EvaluateAll(facts);
            var records = new EvaluationRecord[evaluations.Count];
            for (var k = 0; k < records.Length; k++)
            {
                records[k] = Record(e, evaluations[k]);
            }

            perEnterprise[i] = records;
        });
        return new EvaluatedBatch(enterprises.Select(e => e.Id).ToList(), [.. perEnterprise.SelectMany(r => r)]);
    }

    /// <summary>Replaces the batch's stored results: a set-based delete, then the insert (COPY on PostgreSQL), in one transaction.</summary>
    private async Task StoreAsync(EvaluatedBatch batch, CancellationToken ct)
    {
        // Only results that differ are rewritten: a nightly refresh where little changed writes little. A result
        // that did not change keeps the day it was first found (AsOf).
        var ids = batch.EnterpriseIds;
        var stored = await db.Set<EvaluationRecord>().AsNoTracking().Where(r => ids.Contains(r.EnterpriseId)).ToListAsync(ct);
        var current = stored.ToDictionary(r => (r.EnterpriseId, r.Scheme));
        var inserts = new List<EvaluationRecord>();
        var stale = new List<Guid>();
        foreach (var record in batch.Records)
        {
            if (current.Remove((record.EnterpriseId, record.Scheme), out var previous))
            {
                if (SameResult(previous, record))
                {
                    continue;
                }

                stale.Add(previous.Id);
            }

            inserts.Add(record);
        }

        stale.AddRange(current.Values.Select(r => r.Id));
        if (stale.Count == 0 && inserts.Count == 0)
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (stale.Count > 0)
        {
            await db.Set<EvaluationRecord>().Where(r => stale.Contains(r.Id)).ExecuteDeleteAsync(ct);
        }

        await db.InsertDerivedAsync(inserts, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Everything a list or board reads from a stored result, except the day it was computed.</summary>
    internal static bool SameResult(EvaluationRecord a, EvaluationRecord b) =>
        a.ZoneId == b.ZoneId && a.SchemeVersion == b.SchemeVersion && a.Verdict == b.Verdict && a.Total == b.Total
        && a.MaxReachable == b.MaxReachable && a.Shortfall == b.Shortfall && a.FailedGates == b.FailedGates
        && string.Equals(a.FirstGap, b.FirstGap, StringComparison.Ordinal);

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
