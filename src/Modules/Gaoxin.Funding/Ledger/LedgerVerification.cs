using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Ledger;

/// <summary>The result of walking the ledger: intact, or the first entry whose link or content is broken.</summary>
public sealed record LedgerCheck(bool Intact, long Checked, long? BrokenAtSequence, string? Reason);

/// <summary>
/// Walks the fund ledger in sequence order (batches) and names the first broken entry; keyed entries are checked with the
/// chain key, and the ledger against its latest anchor (truncation, rewrite). Used by `gaoxin ledger verify` and the API.
/// </summary>
public static class LedgerVerification
{
    private const int Batch = 2_000;

    public static async Task<LedgerCheck> VerifyAsync(GaoxinDbContext db, CancellationToken ct)
    {
        long after = 0;
        var anchor = db.Custody.Latest(LedgerChainHead.Name);
        if (anchor.Error is { } error)
        {
            return new LedgerCheck(false, 0, null, error);
        }

        var chain = new ChainVerifier("分录", db.Custody.Key, anchor.Anchor);
        while (true)
        {
            var batch = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                var done = chain.Finish();
                return new LedgerCheck(done.Intact, done.Checked, done.BrokenAtSequence, done.Reason);
            }

            foreach (var e in batch)
            {
                if (chain.Next(e.Sequence, e.PreviousHash, e.Hash, LedgerHash.Fields(e)) is { } broken)
                {
                    return new LedgerCheck(false, broken.Checked, broken.BrokenAtSequence, broken.Reason);
                }
            }

            after = batch[^1].Sequence;
        }
    }
}

/// <summary>The fund ledger's head, for the anchor file.</summary>
internal sealed class LedgerChainHead : IChainHead
{
    public const string Name = "ledger";

    public string Chain => Name;

    public async Task<(long Sequence, string Hash)?> HeadAsync(GaoxinDbContext db, CancellationToken ct) =>
        await db.Set<LedgerEntry>().AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct) is { } h
            ? (h.Sequence, h.Hash)
            : null;

    public Task<string?> HashAtAsync(GaoxinDbContext db, long sequence, CancellationToken ct) =>
        db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Sequence == sequence).Select(e => e.Hash).FirstOrDefaultAsync(ct);
}
