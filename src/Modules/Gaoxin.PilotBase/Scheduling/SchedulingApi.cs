using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.PilotBase.Scheduling;

/// <summary>The scheduling helper's routes: propose, read a proposal, accept it into bookings.</summary>
internal static class SchedulingApi
{
    public static async Task<Created<ProposalView>> Propose(ScheduleInput input, ClaimsPrincipal user, ScheduleProposals proposals, CancellationToken ct)
    {
        var view = await proposals.ProposeAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/schedule/proposals/{view.Id}", view);
    }

    public static async Task<Ok<ProposalView>> Get(Guid id, ClaimsPrincipal user, ScheduleProposals proposals, CancellationToken ct) =>
        TypedResults.Ok(await proposals.GetAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ProposalView>> Accept(Guid id, ClaimsPrincipal user, ScheduleProposals proposals, CancellationToken ct) =>
        TypedResults.Ok(await proposals.AcceptAsync(user.ToActor(), id, ct));
}
