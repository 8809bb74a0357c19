using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Capital.Rounds;

/// <summary>Handlers of financing rounds; refusals come from <see cref="RoundDesk"/> and <see cref="FinancingRound"/>.</summary>
internal static class RoundsApi
{
    public static async Task<Ok<Page<RoundRow>>> List(ClaimsPrincipal user, RoundDesk desk, CancellationToken ct, string? q = null, RoundState? state = null, Guid? companyId = null,
        int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new RoundFilter(q, state, companyId), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, RoundDesk desk, TimeProvider clock, CancellationToken ct, string? q = null, RoundState? state = null, Guid? companyId = null) =>
        await ExcelExport.FileAsync(await desk.ExportAsync(user.ToActor(), new RoundFilter(q, state, companyId), ct), "融资轮次", clock, ct);

    public static async Task<Ok<RoundDetail>> Get(Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<RoundDetail>> Create(RoundInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct)
    {
        var round = await desk.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/capital/rounds/{round.Id}", round);
    }

    public static async Task<Ok<RoundDetail>> Close(Guid id, CloseRoundInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CloseAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoundDetail>> Cancel(Guid id, CancelRoundInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CancelAsync(user.ToActor(), id, input, ct));
}
