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
        services.AddSingleton<Matching.MarketBoard>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Matching.MarketSaveListener>();
        services.AddHostedService<Matching.MarketCatchUp>();
        services.AddScoped<Matching.MatchDesk>();
        // Deals and technology contracts
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Readers));
        readers.MapGet("/overview", Market.MarketApi.Overview).WithSummary("场景与需求概况：征集中与已落地场景、已发布与待审核需求、产品与专家数");

        // Scenes, proposals and trials (应用场景、解决方案、场景验证)

        // Demands, supply and the public pages (技术需求、产品与专家、公开页面与开放数据)

        // Matching (供需匹配)
        readers.MapGet("/matches/demands/{id:guid}", Matching.MatchApi.Demand).WithSummary("技术需求的供需匹配：排序的成果、产品、企业、专家与中试服务，附命中词与匹配理由（本单位或运营方）");
        readers.MapGet("/matches/scenes/{id:guid}", Matching.MatchApi.Scene).WithSummary("应用场景的供需匹配：排序的成果、产品、企业、专家与中试服务，附命中词与匹配理由（本单位或运营方）");
        readers.MapGet("/matches/achievements/{id:guid}", Matching.MatchApi.Achievement).WithSummary("科技成果找需求：排序的已发布需求与场景（本单位或运营方）");
        readers.MapGet("/matches/products/{id:guid}", Matching.MatchApi.Product).WithSummary("产品找需求：排序的已发布需求与场景（本单位或运营方）");
        readers.MapGet("/search", Matching.MatchApi.Search).WithSummary("搜索供需市场（中文分词、领域词与同义词），可按类型筛选，分页");

        // Deals and technology contracts (对接撮合、技术合同)
    }

    public Assembly? PagesAssembly => typeof(ScenesModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/scenes", ScenesText.Get("Nav.Scenes"), MudBlazor.Icons.Material.Filled.Storefront, 90, ScenesAccess.Readers),
    ];
}
