using Gaoxin.Data;
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
        long expected = 1;
        var previous = LedgerHash.Genesis;
        long count = 0;
        while (true)
        {
            var batch = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new LedgerCheck(true, count, null, null);
            }

            foreach (var e in batch)
            {
                count++;
                if (e.Sequence != expected)
                {
                    return new LedgerCheck(false, count, e.Sequence, $"序号不连续：期望 {expected}，实际 {e.Sequence}（有分录被删除或插入）。");
                }

                if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
                {
                    return new LedgerCheck(false, count, e.Sequence, "前一哈希与上一分录的哈希不一致。");
                }

                if (!string.Equals(LedgerHash.Compute(e), e.Hash, StringComparison.Ordinal))
                {
                    return new LedgerCheck(false, count, e.Sequence, "分录内容与其哈希不符（内容被修改）。");
                }

                previous = e.Hash;
                expected++;
            }

            after = batch[^1].Sequence;
        }
    }
}
