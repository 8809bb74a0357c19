using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;
using Gaoxin.Industry.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Industry;

public sealed record GapView(Guid NodeId, string Node, string Chain, ChainSegment Segment, NodeStrength Strength, string? Finding, int Enterprises, decimal Output,
    IReadOnlyList<LeadView> Leads);

public sealed record NodeExportRow(
    [property: ExcelColumnName("产业链")] string Chain,
    [property: ExcelColumnName("环节位置")] string Segment,
    [property: ExcelColumnName("环节")] string Node,
    [property: ExcelColumnName("本地企业数")] int Enterprises,
    [property: ExcelColumnName("骨干企业数")] int KeyFirms,
    [property: ExcelColumnName("产值（元）")] decimal Output,
    [property: ExcelColumnName("强弱")] string Strength,
    [property: ExcelColumnName("在跟线索")] int OpenLeads,
    [property: ExcelColumnName("企业")] string Firms);

public sealed record LeadExportRow(
    [property: ExcelColumnName("企业")] string Company,
    [property: ExcelColumnName("所在地")] string Location,
    [property: ExcelColumnName("产业链")] string Chain,
    [property: ExcelColumnName("目标环节")] string Node,
    [property: ExcelColumnName("预计投资（元）")] decimal? ExpectedInvestment,
    [property: ExcelColumnName("阶段")] string Stage,
    [property: ExcelColumnName("责任人")] string Owner,
    [property: ExcelColumnName("下一步")] string NextStep,
    [property: ExcelColumnName("计划日期")] string NextStepOn,
    [property: ExcelColumnName("距上次跟进（天）")] int DaysSinceStep,
    [property: ExcelColumnName("长期未跟进")] string Stale);

public sealed record ProjectExportRow(
    [property: ExcelColumnName("项目")] string Name,
    [property: ExcelColumnName("投资主体")] string Company,
    [property: ExcelColumnName("总投资（元）")] decimal Investment,
    [property: ExcelColumnName("面积（平方米）")] decimal? Area,
    [property: ExcelColumnName("开工")] string StartOn,
    [property: ExcelColumnName("计划建成")] string PlannedCompletionOn,
    [property: ExcelColumnName("进度")] string Progress,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("产能")] string Capacity,
    [property: ExcelColumnName("预计年销售收入（元）")] decimal? ExpectedAnnualRevenue);

/// <summary>/api/v1/industry: the zone's staff read; the committee and the innovation center change; thresholds are the committee's.</summary>
internal static class IndustryEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(IndustryAccess.ZoneStaff));
        var edit = (RouteHandlerBuilder b) => b.RequireAuthorization(p => p.RequireRole(IndustryAccess.Editors));

        api.MapGet("/industries", async (ClaimsPrincipal user, IndustryBook book, CancellationToken ct) => TypedResults.Ok(await book.IndustriesAsync(user.ToActor().ZoneId, ct)))
            .WithSummary("产业体系（3+2+1）及其产业链");
        edit(api.MapPost("/industries", CreateIndustry).Validate<IndustryInput>().WithSummary("新增产业"));
        edit(api.MapPut("/industries/{id:guid}", UpdateIndustry).Validate<IndustryInput>().WithSummary("修改产业名称、类别与层级"));
        edit(api.MapPost("/chains", CreateChain).Validate<ChainInput>().WithSummary("新增产业链"));
        api.MapGet("/maps", Maps).WithSummary("全部产业链图谱：各环节本地企业、产值、强弱与缺口");
        api.MapGet("/maps/export", ExportMaps).WithSummary("导出产业链图谱（Excel）");
        api.MapGet("/chains/{id:guid}/map", Map1).WithSummary("一条产业链的图谱");
        edit(api.MapPost("/chains/{id:guid}/nodes", AddNode).Validate<NodeInput>().WithSummary("新增环节（可嵌套）；同一环节不得挂在两条链上"));
        edit(api.MapPost("/nodes/{id:guid}/placements", Place).Validate<PlacementInput>().WithSummary("把企业库中的企业落到环节上"));
        edit(api.MapPut("/placements/{id:guid}/outputs", PutOutput).Validate<OutputInput>().WithSummary("录入企业在该环节的年产值"));
        edit(api.MapDelete("/placements/{id:guid}", RemovePlacement).WithSummary("从环节移除企业"));
        api.MapGet("/gaps", Gaps).WithSummary("缺口与薄弱环节，以及针对它们的招商线索");
        api.MapGet("/leads", Leads).WithSummary("招商线索（可按环节、产业链、阶段、是否长期未跟进筛选）");
        api.MapGet("/leads/export", ExportLeads).WithSummary("导出招商线索（Excel）");
        api.MapGet("/leads/{id:guid}", Lead).WithSummary("招商线索详情与跟进记录");
        edit(api.MapPost("/leads", CreateLead).Validate<LeadInput>().WithSummary("登记招商线索"));
        edit(api.MapPost("/leads/{id:guid}/steps", StepLead).Validate<LeadStepInput>().WithSummary("记录跟进（阶段后退须说明原因）"));
        api.MapGet("/projects", async (ClaimsPrincipal user, ProjectBook book, CancellationToken ct) => TypedResults.Ok(await book.ListAsync(user.ToActor().ZoneId, ct)))
            .WithSummary("重大项目");
        api.MapGet("/projects/export", ExportProjects).WithSummary("导出重大项目（Excel）");
        api.MapGet("/projects/{id:guid}", Project).WithSummary("重大项目详情：里程碑、逐年承诺与实际");
        edit(api.MapPost("/projects", CreateProject).Validate<ProjectInput>().WithSummary("登记重大项目"));
        edit(api.MapPost("/projects/{id:guid}/milestones", AddMilestone).Validate<MilestoneInput>().WithSummary("新增里程碑"));
        edit(api.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/done", CompleteMilestone).WithSummary("里程碑完成"));
        edit(api.MapPut("/projects/{id:guid}/years/{year:int}", PutYear).Validate<ProjectYearInput>().WithSummary("录入某年承诺与实际（投资、营收）"));
        api.MapGet("/settings", async (ClaimsPrincipal user, IndustryBook book, CancellationToken ct) => TypedResults.Ok(await book.SettingsAsync(user.ToActor().ZoneId, ct)))
            .WithSummary("强弱判定门槛与长期未跟进天数");
        api.MapPut("/settings", PutSettings).Validate<SettingsInput>().RequireAuthorization(p => p.RequireRole(IndustryAccess.PolicyMakers)).WithSummary("设定门槛（自生效日起）");
        api.MapGet("/overview", Overview).WithSummary("驾驶舱用的产业概览：产业构成、图谱、线索、重大项目");
    }

    private static async Task<Results<Created<IndustryView>, ValidationProblem>> CreateIndustry(IndustryInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        try
        {
            var view = await book.CreateIndustryAsync(user.ToActor(), input, ct);
            return TypedResults.Created($"/api/v1/industry/industries/{view.Id}", view);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Ok<IndustryView>, NotFound<ProblemBody>, ValidationProblem>> UpdateIndustry(Guid id, IndustryInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        try
        {
            var view = await book.UpdateIndustryAsync(user.ToActor(), id, input, ct);
            return view is null ? Problems.NotFound("产业") : TypedResults.Ok(view);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Created<ChainSummary>, ValidationProblem>> CreateChain(ChainInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        try
        {
            var view = await book.CreateChainAsync(user.ToActor(), input, ct);
            return TypedResults.Created($"/api/v1/industry/chains/{view.Id}/map", view);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<int> YearAsync(int? year, Guid zone, ChainMaps maps, CancellationToken ct) => year ?? await maps.DefaultYearAsync(zone, ct);

    private static async Task<Ok<IReadOnlyList<ChainMapView>>> Maps(ClaimsPrincipal user, ChainMaps maps, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        return TypedResults.Ok(await maps.BuildAsync(zone, await YearAsync(year, zone, maps, ct), null, ct));
    }

    private static async Task<IResult> ExportMaps(ClaimsPrincipal user, ChainMaps maps, TimeProvider clock, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        var all = await maps.BuildAsync(zone, await YearAsync(year, zone, maps, ct), null, ct);
        var rows = all.SelectMany(m => m.Nodes.Select(n => new NodeExportRow(m.Name, Labels.Segment(n.Segment), new string('　', n.Depth) + n.Name, n.Enterprises, n.KeyFirms,
            n.Output, Labels.Strength(n.Strength), n.OpenLeads, string.Join("、", n.Firms.Select(f => f.Name)))));
        return await ExcelExport.FileAsync(rows, "产业链图谱", clock, ct);
    }

    private static async Task<Results<Ok<ChainMapView>, NotFound<ProblemBody>>> Map1(Guid id, ClaimsPrincipal user, ChainMaps maps, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        var map = await maps.BuildAsync(zone, await YearAsync(year, zone, maps, ct), id, ct) is [var only, ..] ? only : null;
        return map is null ? Problems.NotFound("产业链") : TypedResults.Ok(map);
    }

    private static async Task<Results<Created<NodeCreated>, NotFound<ProblemBody>, ValidationProblem>> AddNode(Guid id, NodeInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        try
        {
            var node = await book.AddNodeAsync(user.ToActor(), id, input, ct);
            return node is null ? Problems.NotFound("产业链") : TypedResults.Created($"/api/v1/industry/chains/{id}/map", node);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Created<FirmOnNode>, NotFound<ProblemBody>, ValidationProblem>> Place(Guid id, PlacementInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        try
        {
            var firm = await book.PlaceAsync(user.ToActor(), id, input, ct);
            return firm is null ? Problems.NotFound("环节") : TypedResults.Created($"/api/v1/industry/placements/{firm.PlacementId}", firm);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<NoContent, NotFound<ProblemBody>>> PutOutput(Guid id, OutputInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct) =>
        await book.PutOutputAsync(user.ToActor(), id, input, ct) ? TypedResults.NoContent() : Problems.NotFound("落链记录");

    private static async Task<Results<NoContent, NotFound<ProblemBody>>> RemovePlacement(Guid id, ClaimsPrincipal user, IndustryBook book, CancellationToken ct) =>
        await book.RemovePlacementAsync(user.ToActor(), id, ct) ? TypedResults.NoContent() : Problems.NotFound("落链记录");

    internal static async Task<IReadOnlyList<GapView>> GapsAsync(Guid zone, int year, ChainMaps maps, LeadBook leads, CancellationToken ct)
    {
        var all = await maps.BuildAsync(zone, year, null, ct);
        var pipeline = (await leads.ListAsync(zone, new LeadFilter(), ct, all.SelectMany(m => m.Nodes).ToDictionary(n => n.Id, n => n.Strength))).ToLookup(l => l.NodeId);
        return all.SelectMany(m => m.Nodes.Where(n => n.Strength != NodeStrength.Strong)
                .Select(n => new GapView(n.Id, n.Name, m.Name, n.Segment, n.Strength, n.Finding, n.Enterprises, n.Output, pipeline[n.Id].ToList())))
            .OrderBy(g => g.Strength).ThenBy(g => g.Chain).ThenBy(g => g.Segment).ToList();
    }

    private static async Task<Ok<IReadOnlyList<GapView>>> Gaps(ClaimsPrincipal user, ChainMaps maps, LeadBook leads, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        return TypedResults.Ok(await GapsAsync(zone, await YearAsync(year, zone, maps, ct), maps, leads, ct));
    }

    private static async Task<Ok<IReadOnlyList<LeadView>>> Leads(ClaimsPrincipal user, LeadBook leads, Guid? nodeId, Guid? chainId, LeadStage? stage, bool? stale, CancellationToken ct) =>
        TypedResults.Ok(await leads.ListAsync(user.ToActor().ZoneId, new LeadFilter(nodeId, chainId, stage, stale), ct));

    private static async Task<IResult> ExportLeads(ClaimsPrincipal user, LeadBook leads, TimeProvider clock, Guid? chainId, LeadStage? stage, bool? stale, CancellationToken ct)
    {
        var rows = (await leads.ListAsync(user.ToActor().ZoneId, new LeadFilter(null, chainId, stage, stale), ct))
            .Select(l => new LeadExportRow(l.Company, l.Location ?? string.Empty, l.Chain, l.Node, l.ExpectedInvestment, l.StageLabel, l.Owner, l.NextStep ?? string.Empty,
                l.NextStepOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, l.DaysSinceStep, l.Stale ? "是" : "否"));
        return await ExcelExport.FileAsync(rows, "招商线索", clock, ct);
    }

    private static async Task<Results<Ok<LeadDetail>, NotFound<ProblemBody>>> Lead(Guid id, ClaimsPrincipal user, LeadBook leads, CancellationToken ct) =>
        await leads.GetAsync(user.ToActor().ZoneId, id, ct) is { } lead ? TypedResults.Ok(lead) : Problems.NotFound("招商线索");

    private static async Task<Results<Created<LeadDetail>, ValidationProblem>> CreateLead(LeadInput input, ClaimsPrincipal user, LeadBook leads, CancellationToken ct)
    {
        try
        {
            var lead = await leads.CreateAsync(user.ToActor(), input, ct);
            return TypedResults.Created($"/api/v1/industry/leads/{lead.Lead.Id}", lead);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Ok<LeadDetail>, NotFound<ProblemBody>, ValidationProblem>> StepLead(Guid id, LeadStepInput input, ClaimsPrincipal user, LeadBook leads, CancellationToken ct)
    {
        try
        {
            return await leads.StepAsync(user.ToActor(), id, input, ct) is { } lead ? TypedResults.Ok(lead) : Problems.NotFound("招商线索");
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<IResult> ExportProjects(ClaimsPrincipal user, ProjectBook book, TimeProvider clock, CancellationToken ct)
    {
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var rows = (await book.ListAsync(user.ToActor().ZoneId, ct)).Select(p => new ProjectExportRow(p.Name, p.Company ?? string.Empty, p.Investment, p.Area, D(p.StartOn),
            D(p.PlannedCompletionOn), (p.Progress * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%", p.Status, p.Capacity ?? string.Empty, p.ExpectedAnnualRevenue));
        return await ExcelExport.FileAsync(rows, "重大项目", clock, ct);
    }

    private static async Task<Results<Ok<ProjectView>, NotFound<ProblemBody>>> Project(Guid id, ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        await book.GetAsync(user.ToActor().ZoneId, id, ct) is { } p ? TypedResults.Ok(p) : Problems.NotFound("重大项目");

    private static async Task<Results<Created<ProjectView>, ValidationProblem>> CreateProject(ProjectInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct)
    {
        try
        {
            var p = await book.CreateAsync(user.ToActor(), input, ct);
            return TypedResults.Created($"/api/v1/industry/projects/{p.Id}", p);
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Ok<ProjectView>, NotFound<ProblemBody>, ValidationProblem>> AddMilestone(Guid id, MilestoneInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct)
    {
        try
        {
            return await book.AddMilestoneAsync(user.ToActor(), id, input, ct) is { } p ? TypedResults.Ok(p) : Problems.NotFound("重大项目");
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Ok<ProjectView>, NotFound<ProblemBody>, ValidationProblem>> CompleteMilestone(Guid id, Guid milestoneId, DateOnly? doneOn, ClaimsPrincipal user, ProjectBook book, CancellationToken ct)
    {
        try
        {
            return await book.CompleteMilestoneAsync(user.ToActor(), id, milestoneId, doneOn, ct) is { } p ? TypedResults.Ok(p) : Problems.NotFound("里程碑");
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Ok<ProjectView>, NotFound<ProblemBody>, ValidationProblem>> PutYear(Guid id, int year, ProjectYearInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct)
    {
        try
        {
            return await book.PutYearAsync(user.ToActor(), id, year, input, ct) is { } p ? TypedResults.Ok(p) : Problems.NotFound("重大项目");
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Results<Ok<SettingsView>, ValidationProblem>> PutSettings(SettingsInput input, ClaimsPrincipal user, IndustryBook book, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(await book.PutSettingsAsync(user.ToActor(), input, ct));
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static async Task<Ok<IndustryOverview>> Overview(ClaimsPrincipal user, IIndustryFigures figures, int? year, CancellationToken ct) =>
        TypedResults.Ok(await figures.OverviewAsync(user.ToActor().ZoneId, year, ct));
}

internal static class Labels
{
    public static string Segment(ChainSegment s) => s switch
    {
        ChainSegment.Upstream => "上游",
        ChainSegment.Midstream => "中游",
        _ => "下游",
    };

    public static string Strength(NodeStrength s) => s switch
    {
        NodeStrength.Gap => "缺口",
        NodeStrength.Weak => "薄弱",
        _ => "较强",
    };

    public static string Tier(IndustryTier t) => t switch
    {
        IndustryTier.Leading => "主导产业",
        IndustryTier.Advantage => "优势产业",
        _ => "未来产业",
    };
}
