using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Proposals;

/// <summary>/proposals: the conversion proposals rounds closed in Capital gave rise to, and their decision.</summary>
internal static class ProposalHandlers
{
    public static async Task<Ok<IReadOnlyList<ProposalView>>> List(ClaimsPrincipal u, ProposalService s, CancellationToken ct, ProposalStatus? status = null) =>
        TypedResults.Ok(await s.ListAsync(u.ToActor(), status, ct));

    public static async Task<Ok<ProposalView>> Approve(Guid id, ApproveProposalInput input, ClaimsPrincipal u, ProposalService s, CancellationToken ct) =>
        TypedResults.Ok(await s.ApproveAsync(u.ToActor(), id, input, ct));

    public static async Task<Ok<ProposalView>> Reject(Guid id, RejectProposalInput input, ClaimsPrincipal u, ProposalService s, CancellationToken ct) =>
        TypedResults.Ok(await s.RejectAsync(u.ToActor(), id, input, ct));
}
