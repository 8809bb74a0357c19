using Gaoxin.Data.Http;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Contracts;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;
using Gaoxin.Industry.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.Industry;

/// <summary>
/// /api/v1/industry, one line per route: the zone's staff read; the committee and the innovation center change; thresholds
/// are the committee's. Handlers live in their feature folders and throw refusals, which the host answers as problems.
/// </summary>
internal static class IndustryEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(IndustryAccess.ZoneStaff)).ProducesRefusals();
        var edit = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(IndustryAccess.Editors));
        var policy = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(IndustryAccess.PolicyMakers));

        api.MapGet("/industries", ChainsApi.Industries).WithSummary("产业体系（3+2+1）及其产业链");
        edit.MapPost("/industries", ChainsApi.CreateIndustry).Validate<IndustryInput>().WithSummary("新增产业");
        edit.MapPut("/industries/{id:guid}", ChainsApi.UpdateIndustry).Validate<IndustryInput>().WithSummary("修改产业名称、类别与层级");
        edit.MapPost("/chains", ChainsApi.CreateChain).Validate<ChainInput>().WithSummary("新增产业链");
        api.MapGet("/maps", GapsApi.Maps).WithSummary("全部产业链图谱：各环节本地企业、产值、强弱与缺口");
        api.MapGet("/maps/export", GapsApi.ExportMaps).WithSummary("导出产业链图谱（Excel）");
        api.MapGet("/chains/{id:guid}/map", GapsApi.ChainMap).WithSummary("一条产业链的图谱");
        edit.MapPost("/chains/{id:guid}/nodes", ChainsApi.AddNode).Validate<NodeInput>().WithSummary("新增环节（可嵌套）；同一环节不得挂在两条链上");
        edit.MapPost("/nodes/{id:guid}/placements", ChainsApi.Place).Validate<PlacementInput>().WithSummary("把企业库中的企业落到环节上");
        edit.MapPut("/placements/{id:guid}/outputs", ChainsApi.PutOutput).Validate<OutputInput>().WithSummary("录入企业在该环节的年产值");
        edit.MapDelete("/placements/{id:guid}", ChainsApi.RemovePlacement).WithSummary("从环节移除企业");
        api.MapGet("/gaps", LeadsApi.Gaps).WithSummary("缺口与薄弱环节，以及针对它们的招商线索");
        api.MapGet("/leads", LeadsApi.List).WithSummary("招商线索（可按环节、产业链、阶段、是否长期未跟进筛选）");
        api.MapGet("/leads/export", LeadsApi.Export).WithSummary("导出招商线索（Excel）");
        api.MapGet("/leads/{id:guid}", LeadsApi.Get).WithSummary("招商线索详情与跟进记录");
        edit.MapPost("/leads", LeadsApi.Create).Validate<LeadInput>().WithSummary("登记招商线索");
        edit.MapPost("/leads/{id:guid}/steps", LeadsApi.Step).Validate<LeadStepInput>().WithSummary("记录跟进（阶段后退须说明原因）");
        api.MapGet("/projects", ProjectsApi.List).WithSummary("重大项目");
        api.MapGet("/projects/export", ProjectsApi.Export).WithSummary("导出重大项目（Excel）");
        api.MapGet("/projects/{id:guid}", ProjectsApi.Get).WithSummary("重大项目详情：里程碑、逐年承诺与实际");
        edit.MapPost("/projects", ProjectsApi.Create).Validate<ProjectInput>().WithSummary("登记重大项目");
        edit.MapPut("/projects/{id:guid}", ProjectsApi.Revise).Validate<ProjectInput>().WithSummary("修改重大项目（带版本号，过期的修改返回 409）");
        edit.MapPost("/projects/{id:guid}/milestones", ProjectsApi.AddMilestone).Validate<MilestoneInput>().WithSummary("新增里程碑");
        edit.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/done", ProjectsApi.CompleteMilestone).WithSummary("里程碑完成");
        edit.MapPut("/projects/{id:guid}/years/{year:int}", ProjectsApi.PutYear).Validate<ProjectYearInput>().WithSummary("录入某年承诺与实际（投资、营收）");
        api.MapGet("/settings", GapsApi.Settings).WithSummary("强弱判定门槛与长期未跟进天数");
        policy.MapPut("/settings", GapsApi.PutSettings).Validate<SettingsInput>().WithSummary("设定门槛（自生效日起）");
        api.MapGet("/overview", OverviewApi.Overview).WithSummary("驾驶舱用的产业概览：产业构成、图谱、线索、重大项目");
    }
}

/// <summary>Display names of the module's enums in the reader's language (Resources/IndustryText*.resx).</summary>
internal static class Labels
{
    public static string Segment(ChainSegment s) => IndustryText.Get("Label.Segment." + s);

    public static string Strength(NodeStrength s) => IndustryText.Get("Label.Strength." + s);

    public static string Tier(IndustryTier t) => IndustryText.Get("Label.Tier." + t);

    public static string Category(ZoneIndustry c) => IndustryText.Get("Label.Category." + c);
}
