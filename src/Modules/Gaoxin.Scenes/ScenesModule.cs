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
        // Demands, supply and the public pages
        // Matching
        // Deals and technology contracts
        services.AddScoped<Deals.DealDesk>();
        services.AddScoped<TechContracts.ContractRegistry>();
        services.AddScoped<Gaoxin.Contracts.Scenes.IScenesFigures, Contracts.ScenesFiguresSource>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.DealsDemoSeeder>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Readers));
        readers.MapGet("/overview", Market.MarketApi.Overview).WithSummary("场景与需求概况：征集中与已落地场景、已发布与待审核需求、产品与专家数");

        // Scenes, proposals and trials (应用场景、解决方案、场景验证)

        // Demands, supply and the public pages (技术需求、产品与专家、公开页面与开放数据)

        // Matching (供需匹配)

        // Deals and technology contracts (对接撮合、技术合同)
        var operators = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Operators));
        var dealers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ScenesAccess.Operators, .. ScenesAccess.Suppliers]));
        readers.MapGet("/deals", Deals.DealsApi.List).WithSummary("供需对接列表（单位只见本单位参与的）；stage=进展，stalled=停滞（30 天以上无进展），q=检索，分页（每页至多 100 条）");
        readers.MapGet("/deals/export", Deals.DealsApi.Export).WithSummary("导出供需对接列表（Excel，与列表同一筛选）");
        readers.MapGet("/deals/{id:guid}", Deals.DealsApi.Get).WithSummary("对接详情：双方、匹配得分与理由、进展记录、是否停滞");
        operators.MapPost("/deals", Deals.DealsApi.Open).Validate<Deals.OpenDealInput>().WithSummary("由匹配结果发起对接（管委会、创新中心）；同一需求与供给只能有一个对接（409 指明已有对接）");
        dealers.MapPost("/deals/{id:guid}/steps", Deals.DealsApi.AddStep).Validate<Deals.DealStepInput>().WithSummary("登记对接进展（管委会、创新中心：引荐、会面、谈判、终止；双方单位：会面、谈判）");
        readers.MapGet("/contracts", TechContracts.ContractsApi.List).WithSummary("技术合同列表（单位只见本单位为买方或卖方的）；kind、registered、year（签订年份）、q，分页");
        readers.MapGet("/contracts/export", TechContracts.ContractsApi.Export).WithSummary("导出技术合同列表（Excel，与列表同一筛选）");
        readers.MapGet("/contracts/{id:guid}", TechContracts.ContractsApi.Get).WithSummary("技术合同详情：双方、金额、付款计划、登记与来源");
        dealers.MapPost("/contracts", TechContracts.ContractsApi.Create).Validate<TechContracts.ContractInput>().WithSummary("登记技术合同（管委会、创新中心，或卖方单位本单位的合同）：分期合计须等于成交额；来自对接则对接签约、需求解决；来自场景方案则以合同方式采用");
        dealers.MapPost("/contracts/{id:guid}/register", TechContracts.ContractsApi.Register).Validate<TechContracts.RegisterContractInput>().WithSummary("补登认定登记号与登记日期（登记号在园区内唯一）");
    }

    public Assembly? PagesAssembly => typeof(ScenesModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/scenes", ScenesText.Get("Nav.Scenes"), MudBlazor.Icons.Material.Filled.Storefront, 90, ScenesAccess.Readers),
        new("/scenes/deals", ScenesText.Get("Deals.Nav.Deals"), MudBlazor.Icons.Material.Filled.Handshake, 93, ScenesAccess.Readers),
        new("/scenes/contracts", ScenesText.Get("Deals.Nav.Contracts"), MudBlazor.Icons.Material.Filled.Gavel, 94, ScenesAccess.Readers),
    ];
}
