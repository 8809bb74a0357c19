using System.Globalization;
using System.Security.Claims;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Plans;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>
/// The projects' API handlers (mapped in <c>Endpoints</c>), with the routes under a project: its plans, milestones,
/// sales and company, which are changes to the project (its version, its timeline). Refusals are thrown by the desk.
/// </summary>
internal static class ProjectEndpoints
{
    public static async Task<Ok<Page<ProjectListItem>>> List(ClaimsPrincipal user, ProjectDesk desk, string? search, RelayStage? stage, ZoneIndustry? industry, int? entryYear,
        AchievementOrigin? origin, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new ProjectFilter(search, stage, industry, entryYear, origin), new PageRequest(page, size), ct));

    public static async Task<Ok<IReadOnlyList<BoardColumn>>> Board(ClaimsPrincipal user, ProjectDesk desk, string? search, ZoneIndustry? industry, int? entryYear,
        AchievementOrigin? origin, int? perStage, CancellationToken ct) =>
        TypedResults.Ok(await desk.BoardAsync(user.ToActor(), new ProjectFilter(search, null, industry, entryYear, origin), Math.Clamp(perStage ?? 20, 1, 100), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, ProjectDesk desk, TimeProvider clock, string? search, RelayStage? stage, ZoneIndustry? industry,
        int? entryYear, AchievementOrigin? origin, CancellationToken ct)
    {
        var actor = user.ToActor();
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, new ProjectFilter(search, stage, industry, entryYear, origin), p, ct));
        return await ExcelExport.FileAsync(rows.Select(r => new ProjectExportRow(r.Code, r.Title, Labels.Stage(r.Stage), r.StageSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Labels.Industry(r.Industry), Labels.Origin(r.Origin), r.EntryYear, r.CompanyName ?? string.Empty, r.Grade ?? string.Empty, r.ScreeningScore, r.WithPilot ? "是" : "否")),
            "转化项目", clock, ct);
    }

    public static async Task<Ok<ProjectDetail>> Detail(Guid id, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DetailAsync(user.ToActor(), id, ct));

    public static async Task<Ok<IReadOnlyList<TimelineEntry>>> Timeline(Guid id, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.TimelineAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ProjectDetail>> Propose(ProjectInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CreateAsync(user.ToActor(), input, ct));

    public static async Task<Ok<ProjectDetail>> Move(Guid id, MoveInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.MoveAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> Revise(Guid id, ProposalRevisionInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ReviseAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> Withdraw(Guid id, WithdrawInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.WithdrawAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> SetCompany(Guid id, CompanyInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SetCompanyAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> SavePilotPlan(Guid id, PilotPlanInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SavePilotPlanAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> SaveIndustrializationPlan(Guid id, IndustrializationPlanInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SaveIndustrializationPlanAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> AddMilestone(Guid id, MilestoneInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.AddMilestoneAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectDetail>> SubmitEvidence(Guid id, Guid milestoneId, EvidenceInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SubmitEvidenceAsync(user.ToActor(), id, milestoneId, input, ct));

    public static async Task<Ok<ProjectDetail>> DecideMilestone(Guid id, Guid milestoneId, MilestoneDecisionInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DecideMilestoneAsync(user.ToActor(), id, milestoneId, input, ct));

    public static async Task<Ok<ProjectDetail>> ReportOutcome(Guid id, OutcomeInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ReportOutcomeAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<SuccessDefinitionView>> SuccessDefinition(ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DefinitionViewAsync(user.ToActor().ZoneId, ct));

    public static async Task<Ok<SuccessDefinitionView>> SaveSuccessDefinition(SuccessDefinitionInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SaveDefinitionAsync(user.ToActor(), input, ct));
}
