using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Instruments;

/// <summary>/instruments and /reviews: 先投后股 conversion, exit, diligence-exemption review, write-off, settlement.</summary>
internal static class InstrumentHandlers
{
    public static async Task<Ok<List<InstrumentListItem>>> List(ClaimsPrincipal u, InstrumentReads reads, CancellationToken ct) =>
        TypedResults.Ok(await reads.ListAsync(u.ToActor(), ct));

    public static async Task<Ok<DeadlineAlerts>> Alerts(ClaimsPrincipal u, InstrumentReads reads, int? days, CancellationToken ct) =>
        TypedResults.Ok(await reads.AlertsAsync(u.ToActor(), days, ct));

    public static async Task<Ok<InstrumentView>> Instrument(Guid id, ClaimsPrincipal u, InstrumentReads reads, CancellationToken ct) =>
        TypedResults.Ok(await reads.InstrumentAsync(u.ToActor(), id, ct));

    public static async Task<Ok<InstrumentView>> Convert(Guid id, ConversionInput input, ClaimsPrincipal u, InstrumentService s, InstrumentReads reads, CancellationToken ct)
    {
        await s.ConvertAsync(u.ToActor(), id, input, ct);
        return TypedResults.Ok(await reads.InstrumentAsync(u.ToActor(), id, ct));
    }

    public static async Task<Ok<InstrumentView>> Exit(Guid id, ExitInput input, ClaimsPrincipal u, InstrumentService s, InstrumentReads reads, CancellationToken ct)
    {
        await s.ExitAsync(u.ToActor(), id, input, ct);
        return TypedResults.Ok(await reads.InstrumentAsync(u.ToActor(), id, ct));
    }

    public static async Task<Ok<InstrumentView>> OpenReview(Guid id, ReviewInput input, ClaimsPrincipal u, InstrumentService s, InstrumentReads reads, CancellationToken ct)
    {
        await s.OpenReviewAsync(u.ToActor(), id, input, ct);
        return TypedResults.Ok(await reads.InstrumentAsync(u.ToActor(), id, ct));
    }

    public static async Task<Ok<ReviewStatus>> DecideReview(Guid id, ReviewDecisionInput input, ClaimsPrincipal u, InstrumentService s, CancellationToken ct) =>
        TypedResults.Ok((await s.DecideReviewAsync(u.ToActor(), id, input, ct)).Status);

    public static async Task<Ok<InstrumentView>> WriteOff(Guid id, WriteOffInput input, ClaimsPrincipal u, InstrumentService s, InstrumentReads reads, CancellationToken ct)
    {
        await s.WriteOffAsync(u.ToActor(), id, input, ct);
        return TypedResults.Ok(await reads.InstrumentAsync(u.ToActor(), id, ct));
    }

    public static async Task<Ok<InstrumentView>> Settle(Guid id, SettleInput input, ClaimsPrincipal u, InstrumentService s, InstrumentReads reads, CancellationToken ct)
    {
        await s.SettleAsync(u.ToActor(), id, input, ct);
        return TypedResults.Ok(await reads.InstrumentAsync(u.ToActor(), id, ct));
    }
}
