using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Assessment;

/// <summary>/assessments: the operator's yearly assessment, its preview and its report.</summary>
internal static class AssessmentHandlers
{
    public static async Task<Ok<AssessmentView>> Stored(int year, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
        TypedResults.Ok(await StoredAsync(year, u, s, ct));

    public static async Task<Ok<AssessmentView>> Preview(AssessmentInput input, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
        TypedResults.Ok(await s.ComputeAsync(new ZoneId(u.ToActor().ZoneId), input, ct));

    public static async Task<Ok<AssessmentView>> Save(AssessmentInput input, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
        TypedResults.Ok(await s.SaveAsync(new ZoneId(u.ToActor().ZoneId), u.ToActor().Name, input, ct));

    public static async Task<FileContentHttpResult> Report(int year, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
        TypedResults.File(AssessmentReport.Pdf(await StoredAsync(year, u, s, ct)), "application/pdf", $"运营方{year}年度考核报告.pdf");

    private static async Task<AssessmentView> StoredAsync(int year, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
        await s.StoredAsync(new ZoneId(u.ToActor().ZoneId), year, ct) ?? throw Refusal.NotFound($"{year} 年度考核");
}
