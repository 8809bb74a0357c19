using Gaoxin.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Audit;

/// <summary>
/// Reads the whole chain in sequence order, in batches, and reports the first broken link; keyed links are checked with
/// the chain key, and the chain against its latest anchor (truncation, rewrite).
/// </summary>
public static class AuditVerification
{
    private const int Batch = 2_000;

    public static async Task<ChainVerification> VerifyAsync(GaoxinDbContext db, CancellationToken ct)
    {
        var anchor = db.Custody.Latest(AuditChainHead.Name);
        if (anchor.Error is { } error)
        {
            return new ChainVerification(false, 0, null, error);
        }

        var verifier = new AuditChainVerifier(db.Custody.Key, anchor.Anchor);
        long after = 0;
        while (true)
        {
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(Batch)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return verifier.Finish();
            }

            foreach (var e in batch)
            {
                var record = new AuditRecord(e.Sequence, e.ZoneId, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.OccurredAt, e.PreviousHash);
                if (verifier.Next(record, e.Hash) is { } broken)
                {
                    return broken;
                }
            }

            after = batch[^1].Sequence;
        }
    }
}
