using System.Security.Claims;
using Gaoxin.Contracts.Funding;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Ledger;

/// <summary>GET /years/{year}, /ledger, /ledger/verify: the fund's books as the ledger records them.</summary>
internal static class LedgerHandlers
{
    public static async Task<Ok<FundPosition>> Position(int year, ClaimsPrincipal u, GaoxinDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await FundLedger.PlannedPositionAsync(db, new ZoneId(u.ToActor().ZoneId), year, ZoneClock.Of(clock).Today, ct));

    public static async Task<Ok<Page<LedgerEntryView>>> Entries(ClaimsPrincipal u, GaoxinDbContext db, int? year, EntryKind? kind, Guid? projectId, Guid? awardId, int? page, int? size,
        CancellationToken ct) =>
        TypedResults.Ok(await LedgerReads.PageAsync(db, new ZoneId(u.ToActor().ZoneId), new LedgerFilter(year, kind, projectId, awardId), new PageRequest(page, size), ct));

    public static async Task<Ok<LedgerCheck>> Verify(GaoxinDbContext db, CancellationToken ct) => TypedResults.Ok(await LedgerVerification.VerifyAsync(db, ct));
}
