using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Industry.Chains;

/// <summary>Handlers of industries, chains, nodes and placements; refusals are thrown by <see cref="IndustryBook"/>.</summary>
internal static class ChainsApi
{
    public static async Task<Ok<IReadOnlyList<IndustryView>>> Industries(ClaimsPrincipal user, IndustryBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.IndustriesAsync(user.ToActor().ZoneId, ct));

    public static async Task<Created<IndustryView>> CreateIndustry(IndustryInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        var view = await book.CreateIndustryAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/industry/industries/{view.Id}", view);
    }

    public static async Task<Ok<IndustryView>> UpdateIndustry(Guid id, IndustryInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.UpdateIndustryAsync(user.ToActor(), id, input, ct));

    public static async Task<Created<ChainSummary>> CreateChain(ChainInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        var view = await book.CreateChainAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/industry/chains/{view.Id}/map", view);
    }

    public static async Task<Created<NodeCreated>> AddNode(Guid id, NodeInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/industry/chains/{id}/map", await book.AddNodeAsync(user.ToActor(), id, input, ct));

    public static async Task<Created<FirmOnNode>> Place(Guid id, PlacementInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        var firm = await book.PlaceAsync(user.ToActor(), id, input, ct);
        return TypedResults.Created($"/api/v1/industry/placements/{firm.PlacementId}", firm);
    }

    public static async Task<NoContent> PutOutput(Guid id, OutputInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        await book.PutOutputAsync(user.ToActor(), id, input, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RemovePlacement(Guid id, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        await book.RemovePlacementAsync(user.ToActor(), id, ct);
        return TypedResults.NoContent();
    }
}
