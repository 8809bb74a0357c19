using Gaoxin.Data;
using Gaoxin.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Ledger;

/// <summary>The result of walking the ledger: intact, or the first entry whose link or content is broken.</summary>
public sealed record LedgerCheck(bool Intact, long Checked, long? BrokenAtSequence, string? Reason);

/// <summary>Walks the fund ledger in sequence order (batches) and names the first broken entry. Used by `gaoxin ledger verify` and the API.</summary>
public static class LedgerVerification
{
    private const int Batch = 2_000;

    public static async Task<LedgerCheck> VerifyAsync(GaoxinDbContext db, CancellationToken ct)
    {
        long after = 0;
        var chain = new ChainVerifier("分录");
        while (true)
        {
            var batch = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                var done = chain.Finish();
                return new LedgerCheck(true, done.Checked, null, null);
            }

            foreach (var e in batch)
            {
                if (chain.Next(e.Sequence, e.PreviousHash, e.Hash, LedgerHash.Compute(e)) is { } broken)
                {
                    return new LedgerCheck(false, broken.Checked, broken.BrokenAtSequence, broken.Reason);
                }
            }

            after = batch[^1].Sequence;
        }
    }
}
