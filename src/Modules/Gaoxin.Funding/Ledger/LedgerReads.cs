using Gaoxin.Data;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Ledger;

public sealed record LedgerFilter(int? Year, EntryKind? Kind, Guid? ProjectId, Guid? AwardId);

public sealed record LedgerEntryView(long Sequence, int FundYear, EntryKind Kind, decimal Amount, Guid? AwardId, Guid? ProjectId, Guid? InstrumentId, int? PolicyVersion,
    string Memo, string Actor, DateTimeOffset OccurredAt, string Hash)
{
    public static LedgerEntryView Of(LedgerEntry e) => new(e.Sequence, e.FundYear, e.Kind, e.Amount, e.AwardId, e.ProjectId, e.InstrumentId, e.PolicyVersion, e.Memo, e.Actor, e.OccurredAt, e.Hash);
}

/// <summary>The zone's ledger as pages of entries, newest first, for the API and the pages.</summary>
internal static class LedgerReads
{
    public static async Task<Page<LedgerEntryView>> PageAsync(GaoxinDbContext db, ZoneId zone, LedgerFilter filter, PageRequest page, CancellationToken ct)
    {
        var q = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ZoneId == zone);
        if (filter.Year is { } y)
        {
            q = q.Where(e => e.FundYear == y);
        }

        if (filter.Kind is { } k)
        {
            q = q.Where(e => e.Kind == k);
        }

        if (filter.ProjectId is { } p)
        {
            q = q.Where(e => e.ProjectId == p);
        }

        if (filter.AwardId is { } a)
        {
            q = q.Where(e => e.AwardId == a);
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(e => e.Sequence).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<LedgerEntryView>(items.Select(LedgerEntryView.Of).ToList(), page.Number, page.Size, total);
    }
}
