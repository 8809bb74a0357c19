using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes;

/// <summary>
/// The module's one door: the scenes and demands marketplace (场景/需求) — scenes and technical demands, the supply they are
/// matched against in Chinese text, and the loop from a match to a registered technology contract (市场需求—产品供给—技术转化).
/// </summary>
public sealed class ScenesModule : IGaoxinModule
{
    public string Key => "scenes";

    public void BuildModel(ModelBuilder modelBuilder) => Data.ScenesModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.ScenesSqliteMigrations, Data.ScenesPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.ScenesDemoSeeder>();
        services.AddScoped<Market.MarketOverview>();
        // Scenes, proposals and trials
        services.AddScoped<SceneBoard.SceneDesk>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.SceneProposalsDemoSeeder>();
        // Demands, supply and the public pages
        // Matching
        // Deals and technology contracts
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Readers));
        readers.MapGet("/overview", Market.MarketApi.Overview).WithSummary("场景与需求概况：征集中与已落地场景、已发布与待审核需求、产品与专家数");

        // Scenes, proposals and trials (应用场景、解决方案、场景验证)
        var managing = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ScenesAccess.Operators, .. ScenesAccess.Posters]));
        var operating = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Operators));
        var supplying = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Suppliers));
        readers.MapGet("/scenes", SceneBoard.ScenesApi.List).WithSummary("应用场景列表（草稿仅所属单位与运营方可见）；q=检索，kind，status，owner，page，pageSize≤100");
        readers.MapGet("/scenes/export", SceneBoard.ScenesApi.Export).WithSummary("导出应用场景列表（Excel）");
        readers.MapGet("/scenes/{id:guid}", SceneBoard.ScenesApi.Get).WithSummary("应用场景详情：问题、提供条件、要求、时间安排");
        managing.MapPost("/scenes", SceneBoard.ScenesApi.Create).Validate<SceneBoard.SceneInput>().WithSummary("新建场景（草稿；编号 CJ-年份-序号自动分配）：运营方可为管委会或区内企业建，企业为本单位建");
        managing.MapPut("/scenes/{id:guid}", SceneBoard.ScenesApi.Edit).Validate<SceneBoard.SceneInput>().WithSummary("修改场景（草稿或尚无方案的征集中场景；须带所读版本，过期 409）");
        operating.MapPost("/scenes/{id:guid}/publish", SceneBoard.ScenesApi.Publish).WithSummary("审核发布场景（管委会、创新中心）");
        managing.MapPost("/scenes/{id:guid}/close", SceneBoard.ScenesApi.Close).WithSummary("截止方案征集（入围方案继续验证）");
        managing.MapPost("/scenes/{id:guid}/withdraw", SceneBoard.ScenesApi.Withdraw).WithSummary("撤回未落地的场景");
        readers.MapGet("/scenes/{id:guid}/proposals", SceneBoard.ScenesApi.Proposals).WithSummary("场景的解决方案（所属单位与运营方见全部，提交方见本单位的，其他人只见数量）");
        supplying.MapPost("/scenes/{id:guid}/proposals", SceneBoard.ScenesApi.Submit).Validate<SceneBoard.ProposalInput>().WithSummary("为本单位提交解决方案（征集中且未过截止日；成熟度、资质须满足要求；每单位一个有效方案）");
        supplying.MapPut("/scenes/{id:guid}/proposals/{proposalId:guid}", SceneBoard.ScenesApi.EditProposal).Validate<SceneBoard.ProposalInput>().WithSummary("修改本单位的方案（入围前；须带所读版本）");
        supplying.MapPost("/scenes/{id:guid}/proposals/{proposalId:guid}/withdraw", SceneBoard.ScenesApi.WithdrawProposal).WithSummary("撤回本单位的方案（入围前）");
        managing.MapPost("/scenes/{id:guid}/proposals/{proposalId:guid}/shortlist", SceneBoard.ScenesApi.Shortlist).Validate<SceneBoard.DecisionInput>().WithSummary("方案入围（场景所属单位或运营方）");
        managing.MapPost("/scenes/{id:guid}/proposals/{proposalId:guid}/decline", SceneBoard.ScenesApi.Decline).Validate<SceneBoard.DecisionInput>().WithSummary("方案不予入围（须填写原因）");
        managing.MapPost("/scenes/{id:guid}/proposals/{proposalId:guid}/trial", SceneBoard.ScenesApi.StartTrial).Validate<SceneBoard.TrialStartInput>().WithSummary("入围方案开始场景验证");
        managing.MapPost("/scenes/{id:guid}/proposals/{proposalId:guid}/trial-result", SceneBoard.ScenesApi.RecordTrial).Validate<SceneBoard.TrialResultInput>().WithSummary("登记场景验证结果（通过或未通过；须填写验证结果；不晚于验证截止日）");
        managing.MapPost("/scenes/{id:guid}/proposals/{proposalId:guid}/adopt", SceneBoard.ScenesApi.Adopt).Validate<SceneBoard.PurchaseInput>().WithSummary("以采购方式采用验证通过的方案（以技术合同采用请登记技术合同）");

        // Demands, supply and the public pages (技术需求、产品与专家、公开页面与开放数据)

        // Matching (供需匹配)

        // Deals and technology contracts (对接撮合、技术合同)
    }

    public Assembly? PagesAssembly => typeof(ScenesModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/scenes", ScenesText.Get("Nav.Scenes"), MudBlazor.Icons.Material.Filled.Storefront, 90, ScenesAccess.Readers),
    ];
}
