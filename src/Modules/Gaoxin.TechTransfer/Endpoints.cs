using System.Security.Claims;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Analytics;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs.Attributes;

namespace Gaoxin.TechTransfer;

public sealed record ProjectExportRow(
    [property: ExcelColumnName("项目编号")] string Code,
    [property: ExcelColumnName("项目名称")] string Title,
    [property: ExcelColumnName("阶段")] string Stage,
    [property: ExcelColumnName("阶段起始")] string StageSince,
    [property: ExcelColumnName("产业")] string Industry,
    [property: ExcelColumnName("来源")] string Origin,
    [property: ExcelColumnName("入库年度")] int EntryYear,
    [property: ExcelColumnName("承接企业")] string Company,
    [property: ExcelColumnName("评审等级")] string Grade,
    [property: ExcelColumnName("评审得分")] decimal? Score,
    [property: ExcelColumnName("经过中试")] string WithPilot);

public sealed record CompanyInput(Guid? EnterpriseId, Guid? CompanyOrganisationId, string? CompanyName);

public sealed record BoardColumn(RelayStage Stage, int Count, IReadOnlyList<ProjectListItem> Projects);

/// <summary>The relay's HTTP API under /api/v1/tech-transfer (every route requires sign-in; records are scoped by organisation).</summary>
internal static class Endpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var staff = TechTransferAccess.ZoneStaff;
        var operators = TechTransferAccess.Operators;

        api.MapGet("/achievements", (ClaimsPrincipal user, AchievementDesk desk, string? search, AchievementKind? kind, ZoneIndustry? industry, Guid? owner, int? page, int? size, CancellationToken ct) =>
            desk.ListAsync(user.ToActor(), new AchievementFilter(search, kind, industry, owner), new PageRequest(page, size), ct)).WithSummary("科技成果列表");
        api.MapGet("/achievements/export", async (ClaimsPrincipal user, AchievementDesk desk, TimeProvider clock, string? search, AchievementKind? kind, ZoneIndustry? industry, Guid? owner, CancellationToken ct) =>
            TypedResults.File(await desk.ExportAsync(user.ToActor(), new AchievementFilter(search, kind, industry, owner), ct), ExcelExport.ContentType, $"科技成果-{clock.GetUtcNow():yyyyMMdd}.xlsx"))
            .WithSummary("导出科技成果（与导入模板同一格式）");
        api.MapGet("/achievements/template", () => TypedResults.File(AchievementDesk.Template(), ExcelExport.ContentType, "科技成果导入模板.xlsx")).WithSummary("科技成果导入模板");
        api.MapPost("/achievements", async (AchievementInput input, ClaimsPrincipal user, AchievementDesk desk, CancellationToken ct) =>
            (await desk.CreateAsync(user.ToActor(), input, ct)).ToHttp()).WithSummary("登记科技成果（专利号按国家知识产权局规则校验）");
        api.MapPost("/achievements/import", ImportAsync).RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters))
            .WithSummary("批量导入科技成果（请求体为 .xlsx）：有错误时不保存任何行，除非 validRowsOnly=true");

        api.MapGet("/projects", (ClaimsPrincipal user, ProjectDesk desk, string? search, RelayStage? stage, ZoneIndustry? industry, int? entryYear, AchievementOrigin? origin, int? page, int? size, CancellationToken ct) =>
            desk.ListAsync(user.ToActor(), new ProjectFilter(search, stage, industry, entryYear, origin), new PageRequest(page, size), ct)).WithSummary("转化项目列表");
        api.MapGet("/projects/board", BoardAsync).WithSummary("项目看板：各阶段项目数与最近的项目");
        api.MapGet("/projects/export", ExportAsync).WithSummary("导出转化项目（Excel）");
        api.MapGet("/projects/{id:guid}", async (Guid id, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) => (await desk.DetailAsync(user.ToActor(), id, ct)).ToHttp())
            .WithSummary("项目详情：成果、支持需求、方案、里程碑、评审结果");
        api.MapGet("/projects/{id:guid}/timeline", TimelineAsync).WithSummary("项目时间线");
        api.MapPost("/projects", async (ProjectInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.CreateAsync(user.ToActor(), input, ct)).ToHttp()).WithSummary("申报转化项目");
        api.MapPost("/projects/{id:guid}/move", async (Guid id, MoveInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.MoveAsync(user.ToActor(), id, input, ct)).ToHttp()).RequireAuthorization(p => p.RequireRole(operators))
            .WithSummary("变更项目阶段（按阶段规则校验；expectedVersion 防止并发覆盖）");
        api.MapPut("/projects/{id:guid}/company", async (Guid id, CompanyInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.SetCompanyAsync(user.ToActor(), id, input.EnterpriseId, input.CompanyOrganisationId, input.CompanyName, ct)).ToHttp())
            .RequireAuthorization(p => p.RequireRole(operators)).WithSummary("设置承接企业");
        api.MapPut("/projects/{id:guid}/pilot-plan", async (Guid id, PilotPlanInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.SavePilotPlanAsync(user.ToActor(), id, input, ct)).ToHttp()).WithSummary("保存中试方案");
        api.MapPut("/projects/{id:guid}/industrialization-plan", async (Guid id, IndustrializationPlanInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.SaveIndustrializationPlanAsync(user.ToActor(), id, input, ct)).ToHttp()).WithSummary("保存产业化方案");
        api.MapPost("/projects/{id:guid}/milestones", async (Guid id, MilestoneInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.AddMilestoneAsync(user.ToActor(), id, input, ct)).ToHttp()).WithSummary("新增里程碑");
        api.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/evidence", async (Guid id, Guid milestoneId, EvidenceInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.SubmitEvidenceAsync(user.ToActor(), id, milestoneId, input, ct)).ToHttp()).WithSummary("提交里程碑验收材料");
        api.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/decision", async (Guid id, Guid milestoneId, MilestoneDecisionInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.DecideMilestoneAsync(user.ToActor(), id, milestoneId, input, ct)).ToHttp()).RequireAuthorization(p => p.RequireRole(operators))
            .WithSummary("验收或退回里程碑");
        api.MapPost("/projects/{id:guid}/outcomes", async (Guid id, OutcomeInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.ReportOutcomeAsync(user.ToActor(), id, input, ct)).ToHttp()).WithSummary("登记产品销售（据此判定产业化是否成功）");

        api.MapGet("/rounds", async (ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.ListAsync(user.ToActor(), ct)))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("筛选轮次");
        api.MapGet("/reviewers", async (ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.ReviewerOptionsAsync(user.ToActor(), ct)))
            .RequireAuthorization(p => p.RequireRole(operators)).WithSummary("可指派的评审专家");
        api.MapPost("/rounds", async (RoundInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) => (await desk.OpenAsync(user.ToActor(), input, ct)).ToHttp())
            .RequireAuthorization(p => p.RequireRole(operators)).WithSummary("开启筛选轮次：评分项与权重、评审专家、项目、截止时间");
        api.MapGet("/rounds/{id:guid}", async (Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) => (await desk.ViewAsync(user.ToActor(), id, ct)).ToHttp())
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("轮次详情与排名（评审期间专家看不到评分）");
        api.MapGet("/rounds/{id:guid}/my-reviews", async (Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) => (await desk.SheetsAsync(user.ToActor(), id, ct)).ToHttp())
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("评审专家本人的评分表");
        api.MapPost("/rounds/{id:guid}/projects/{projectId:guid}/conflict", async (Guid id, Guid projectId, ConflictInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
            (await desk.DeclareConflictAsync(user.ToActor(), id, projectId, input, ct)).ToHttp()).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("申报利益冲突（回避）");
        api.MapPut("/rounds/{id:guid}/projects/{projectId:guid}/review", async (Guid id, Guid projectId, ReviewInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
            (await desk.ScoreAsync(user.ToActor(), id, projectId, input, ct)).ToHttp()).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("提交评分（0–100，截止前可修改）");
        api.MapPost("/rounds/{id:guid}/projects/{projectId:guid}/decision", async (Guid id, Guid projectId, DecisionInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
            (await desk.DecideAsync(user.ToActor(), id, projectId, input, ct)).ToHttp()).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("对项目作出入选/不予支持决定");
        api.MapPost("/rounds/{id:guid}/publish", async (Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) => (await desk.PublishAsync(user.ToActor(), id, ct)).ToHttp())
            .RequireAuthorization(p => p.RequireRole(operators)).WithSummary("公布评审结果");

        api.MapGet("/analytics", async (ClaimsPrincipal user, RelayAnalytics analytics, CohortBy? by, CancellationToken ct) =>
            TypedResults.Ok(await analytics.ReportAsync(user.ToActor().ZoneId, by ?? CohortBy.EntryYear, ct)))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("转化成效：漏斗、分组成功率（Wilson 95% 区间）、各阶段用时、年度转化与新增产值");
        api.MapGet("/success-definition", async (ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.DefinitionViewAsync(user.ToActor().ZoneId, ct)))
            .WithSummary("现行产业化成功标准");
        api.MapPut("/success-definition", async (SuccessDefinitionInput input, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct) =>
            (await desk.SaveDefinitionAsync(user.ToActor(), input, ct)).ToHttp()).RequireAuthorization(p => p.RequireRole(Gaoxin.Kernel.Access.Roles.ZoneAdmin))
            .WithSummary("修改产业化成功标准（今日起生效，全部项目按新标准重新判定）");
        api.MapGet("/rounds/{id:guid}/export", RoundExportAsync).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("导出轮次排名与决定（Excel）");
        api.MapGet("/analytics/export", AnalyticsExportAsync).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("导出转化成效（Excel）");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, AchievementDesk desk, bool? validRowsOnly, CancellationToken ct)
    {
        const long maxBytes = 10 * 1024 * 1024;
        if (request.ContentLength is > maxBytes)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: "文件超过 10 MB。", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: "请求体为空：请以 .xlsx 文件作为请求体。", statusCode: StatusCodes.Status400BadRequest);
        }

        buffer.Position = 0;
        var report = await desk.ImportAsync(user.ToActor(), buffer, validRowsOnly ?? false, ct);
        return report.Errors.Count > 0 && report.Saved == 0 ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }

    internal static async Task<IReadOnlyList<BoardColumn>> BoardOfAsync(Gaoxin.Kernel.Access.Actor actor, ProjectDesk desk, ProjectFilter filter, int perStage, CancellationToken ct)
    {
        var query = ProjectDesk.Filter(desk.Visible(actor), filter with { Stage = null });
        var counts = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.GroupBy(p => p.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }), ct);
        var columns = new List<BoardColumn>();
        foreach (var stage in Enum.GetValues<RelayStage>())
        {
            var count = counts.FirstOrDefault(c => c.Stage == stage)?.Count ?? 0;
            var cards = count == 0 ? [] : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                query.Where(p => p.Stage == stage).OrderByDescending(p => p.StageSince).ThenBy(p => p.Code).Take(perStage).Select(ProjectDesk.ListItem), ct);
            columns.Add(new BoardColumn(stage, count, cards));
        }

        return columns;
    }

    private static async Task<Ok<IReadOnlyList<BoardColumn>>> BoardAsync(ClaimsPrincipal user, ProjectDesk desk, string? search, ZoneIndustry? industry, int? entryYear, AchievementOrigin? origin, int? perStage, CancellationToken ct) =>
        TypedResults.Ok(await BoardOfAsync(user.ToActor(), desk, new ProjectFilter(search, null, industry, entryYear, origin), Math.Clamp(perStage ?? 20, 1, 100), ct));

    private static async Task<IResult> ExportAsync(ClaimsPrincipal user, ProjectDesk desk, TimeProvider clock, string? search, RelayStage? stage, ZoneIndustry? industry, int? entryYear, AchievementOrigin? origin, CancellationToken ct)
    {
        var actor = user.ToActor();
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, new ProjectFilter(search, stage, industry, entryYear, origin), p, ct));
        return await ExcelExport.FileAsync(rows.Select(r => new ProjectExportRow(r.Code, r.Title, Labels.Stage(r.Stage), r.StageSince.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Labels.Industry(r.Industry), Labels.Origin(r.Origin), r.EntryYear, r.CompanyName ?? string.Empty, r.Grade ?? string.Empty, r.ScreeningScore, r.WithPilot ? "是" : "否")),
            "转化项目", clock, ct);
    }

    private static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, NotFound<ProblemBody>>> TimelineAsync(Guid id, ClaimsPrincipal user, ProjectDesk desk, CancellationToken ct)
    {
        var p = await desk.FindAsync(user.ToActor(), id, ct);
        return p is null ? ProblemBody.NotFound("项目不存在，或您无权查看。") : TypedResults.Ok(await desk.TimelineAsync(id, ct));
    }

    private static async Task<IResult> RoundExportAsync(Guid id, ClaimsPrincipal user, RoundDesk desk, TimeProvider clock, CancellationToken ct)
    {
        var view = (await desk.ViewAsync(user.ToActor(), id, ct)).Value;
        if (view is null)
        {
            return ProblemBody.NotFound("筛选轮次不存在，或您无权查看。");
        }

        var rows = view.Entries.Select(e => new Dictionary<string, object?>
        {
            ["排名"] = e.Rank, ["项目编号"] = e.Code, ["项目名称"] = e.Title, ["牵头单位"] = e.Lead, ["评分份数"] = e.Reviews, ["应评份数"] = e.Eligible,
            ["综合得分"] = e.Score, ["等级"] = e.Grade, ["决定"] = e.Decision switch { EntryDecision.Selected => "入选", EntryDecision.Rejected => "不予支持", _ => "未决定" }, ["理由"] = e.Reason,
        }).ToList();
        var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, rows, sheetName: "评审结果", cancellationToken: ct);
        stream.Position = 0;
        return TypedResults.File(stream, ExcelExport.ContentType, $"评审结果-{clock.GetUtcNow():yyyyMMdd}.xlsx");
    }

    private static async Task<IResult> AnalyticsExportAsync(ClaimsPrincipal user, RelayAnalytics analytics, TimeProvider clock, CohortBy? by, CancellationToken ct)
    {
        var report = await analytics.ReportAsync(user.ToActor().ZoneId, by ?? CohortBy.EntryYear, ct);
        var rows = report.Cohorts.Select(c => new Dictionary<string, object?>
        {
            ["分组"] = c.Key, ["项目数"] = c.Projects, ["进入筛选"] = c.Screened, ["入选"] = c.Selected, ["中试孵化"] = c.Pilot, ["产业孵化"] = c.Industrial,
            ["已产业化"] = c.Industrialized, ["成功"] = c.Succeeded, ["失败"] = c.Failed, ["进行中"] = c.InProgress,
            ["成功率"] = c.Success.Rate, ["95%下限"] = c.Success.Low, ["95%上限"] = c.Success.High,
        }).ToList();
        var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, rows, sheetName: "转化成效", cancellationToken: ct);
        stream.Position = 0;
        return TypedResults.File(stream, ExcelExport.ContentType, $"转化成效-{clock.GetUtcNow():yyyyMMdd}.xlsx");
    }
}
