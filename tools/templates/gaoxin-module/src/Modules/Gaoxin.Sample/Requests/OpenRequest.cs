using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Sample.Requests;

public sealed record OpenRequestInput(
    [property: Required(ErrorMessage = "请填写标题。"), StringLength(200, ErrorMessage = "标题不能超过 200 个字。")] string Title,
    [property: Range(typeof(decimal), "0.01", "100000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "金额须在 0.01 元至 1 亿元之间。")] decimal Amount);

public sealed record RequestView(Guid Id, string Title, decimal Amount, RequestStatus Status, DateTimeOffset? ApprovedAt)
{
    public static RequestView Of(SampleRequest r) => new(r.Id, r.Title, r.Amount, r.Status, r.ApprovedAt);
}

/// <summary>POST /requests: opens a request in the caller's zone.</summary>
public static class OpenRequest
{
    public static async Task<Created<RequestView>> Handle(OpenRequestInput input, ClaimsPrincipal user, GaoxinDbContext db, CancellationToken ct)
    {
        var request = new SampleRequest(new ZoneId(user.ToActor().ZoneId), input.Title.Trim(), input.Amount);
        db.Set<SampleRequest>().Add(request);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/sample/requests/{request.Id}", RequestView.Of(request));
    }
}
