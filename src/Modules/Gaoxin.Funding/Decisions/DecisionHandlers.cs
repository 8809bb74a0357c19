using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Funding.Awards;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Decisions;

/// <summary>POST /applications/{id}/approve and /awards/{id}/tranches/{number}/payments.</summary>
internal static class DecisionHandlers
{
    public static async Task<Created<AwardView>> Approve(Guid id, DecisionInput input, ClaimsPrincipal u, FundDecisions decisions, CancellationToken ct)
    {
        var approval = await decisions.ApproveAsync(u.ToActor(), id, input, ct);
        var view = AwardReads.Approved(approval.Award, approval.InstrumentId);
        return TypedResults.Created($"/api/v1/funding/awards/{view.Id}", view);
    }

    /// <summary>201 for a new payment; 200 with <c>replayed</c> for a double submit answered with the payment already recorded.</summary>
    public static async Task<Results<Created<PaymentView>, Ok<PaymentView>>> Pay(Guid id, int number, PaymentInput input, ClaimsPrincipal u, FundDecisions decisions, CancellationToken ct)
    {
        var (payment, replayed) = await decisions.PayAsync(u.ToActor(), id, number, input, ct);
        return replayed
            ? TypedResults.Ok(PaymentView.Of(payment) with { Replayed = true })
            : TypedResults.Created($"/api/v1/funding/awards/{id}", PaymentView.Of(payment));
    }
}
