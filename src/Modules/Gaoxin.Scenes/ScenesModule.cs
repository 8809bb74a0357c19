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
        services.AddScoped<Demands.DemandBoard>();
        services.AddScoped<Supply.SupplyBook>();
        services.AddScoped<Public.PublicMarket>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.DemandsDemoSeeder>();
        // Matching
        services.AddSingleton<Matching.MarketBoard>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Matching.MarketSaveListener>();
        services.AddHostedService<Matching.MarketCatchUp>();
        services.AddHostedService<Matching.MatchNotifier>();
        services.AddScoped<Matching.MatchDesk>();
        // Deals and technology contracts
        services.AddScoped<Deals.DealDesk>();
        services.AddScoped<TechContracts.ContractRegistry>();
        services.AddScoped<Gaoxin.Contracts.Scenes.IScenesFigures, Contracts.ScenesFiguresSource>();
        services.AddScoped<Gaoxin.Contracts.Scenes.IProjectScenes, Contracts.ProjectScenes>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.DealsDemoSeeder>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.RelayScenesDemoSeeder>();
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
        var posting = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ScenesAccess.Posters, .. ScenesAccess.Operators]));
        var moderating = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ScenesAccess.Operators));
        var listing = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ScenesAccess.Suppliers, .. ScenesAccess.Operators]));
        var open = api.MapGroup("/").ProducesRefusals().AllowAnonymous();
        readers.MapGet("/demands", Demands.DemandsApi.List).WithSummary("技术需求（运营人员见全部；企业见本企业各状态及他人已发布；其他角色仅已发布）；q、industry、status、poster、page、pageSize≤100");
        moderating.MapGet("/demands/export", Demands.DemandsApi.Export).WithSummary("导出技术需求（Excel，与列表同一筛选）");
        readers.MapGet("/demands/{id:guid}", Demands.DemandsApi.Get).WithSummary("需求详情（匿名发布的需求对他人显示“匿名企业”）");
        posting.MapPost("/demands", Demands.DemandsApi.Post).Validate<Demands.DemandInput>().WithSummary("发布技术需求（企业为本企业，运营人员为园区企业）；待审核；疑似重复时 409 并指明已有需求，可合并或 acknowledgeDuplicateOf 确认后发布");
        posting.MapPut("/demands/{id:guid}", Demands.DemandsApi.Edit).Validate<Demands.DemandInput>().WithSummary("发布企业修改待审核或已发布的需求（已发布的修改后重新审核）");
        moderating.MapPost("/demands/{id:guid}/publish", Demands.DemandsApi.Publish).Validate<Demands.PublishDemandInput>().WithSummary("审核通过并发布（可附审核意见；已过截止日期的不能发布）");
        moderating.MapPost("/demands/{id:guid}/reject", Demands.DemandsApi.Reject).Validate<Demands.RejectDemandInput>().WithSummary("不予发布（须填写理由）");
        posting.MapPost("/demands/{id:guid}/close", Demands.DemandsApi.Close).WithSummary("关闭需求（发布企业或运营人员）");
        posting.MapPost("/demands/{id:guid}/merge", Demands.DemandsApi.Merge).Validate<Demands.MergeDemandInput>().WithSummary("合并重复需求：两条中较新的关闭并指向较早的（同一发布企业或运营人员）");
        readers.MapGet("/products", Supply.SupplyApi.Products).WithSummary("产品供给（q、industry、organisationId、includeWithdrawn、page、pageSize≤100）");
        readers.MapGet("/products/export", Supply.SupplyApi.ExportProducts).WithSummary("导出产品供给（Excel）");
        readers.MapGet("/products/{id:guid}", Supply.SupplyApi.Product).WithSummary("产品详情");
        listing.MapPost("/products", Supply.SupplyApi.ListProduct).Validate<Supply.ProductInput>().WithSummary("发布产品（企业、院所为本单位，运营人员为园区任一单位）");
        listing.MapPut("/products/{id:guid}", Supply.SupplyApi.EditProduct).Validate<Supply.ProductInput>().WithSummary("修改产品（须带所读版本，过期版本 409）");
        listing.MapPost("/products/{id:guid}/withdraw", Supply.SupplyApi.WithdrawProduct).WithSummary("下架产品（本单位或运营人员）");
        readers.MapGet("/experts", Supply.SupplyApi.Experts).WithSummary("专家库（未同意对接的专家仅运营人员可见）；q、industry、page、pageSize≤100");
        moderating.MapGet("/experts/export", Supply.SupplyApi.ExportExperts).WithSummary("导出专家库（Excel）");
        moderating.MapPost("/experts", Supply.SupplyApi.AddExpert).Validate<Supply.ExpertInput>().WithSummary("新增专家（运营人员）");
        moderating.MapPut("/experts/{id:guid}", Supply.SupplyApi.EditExpert).Validate<Supply.ExpertInput>().WithSummary("修改专家信息（运营人员）");
        open.MapGet("/public/scenes", Public.PublicApi.Scenes).WithSummary("公开场景（免登录）：征集中、征集截止与已落地的场景，q 检索；zone=园区代码");
        open.MapGet("/public/scenes/{id:guid}", Public.PublicApi.Scene).WithSummary("公开场景详情（免登录）");
        open.MapGet("/public/demands", Public.PublicApi.Demands).WithSummary("公开技术需求（免登录）：仅已发布，匿名发布者显示“匿名企业”；q、industry 检索");
        open.MapGet("/public/demands/{id:guid}", Public.PublicApi.Demand).WithSummary("公开需求详情（免登录）");
        open.MapGet("/open-data/scenes.csv", Public.PublicApi.ScenesCsv).WithSummary("开放数据：公开场景（CSV，UTF-8 带 BOM）");
        open.MapGet("/open-data/scenes.json", Public.PublicApi.ScenesJson).WithSummary("开放数据：公开场景（JSON）");
        open.MapGet("/open-data/demands.csv", Public.PublicApi.DemandsCsv).WithSummary("开放数据：已发布技术需求（CSV，UTF-8 带 BOM；不含匿名发布者名称）");
        open.MapGet("/open-data/demands.json", Public.PublicApi.DemandsJson).WithSummary("开放数据：已发布技术需求（JSON；不含匿名发布者名称）");

        // Matching (供需匹配)
        readers.MapGet("/matches/demands/{id:guid}", Matching.MatchApi.Demand).WithSummary("技术需求的供需匹配：排序的成果、产品、企业、专家与中试服务，附命中词与匹配理由（本单位或运营方）");
        readers.MapGet("/matches/scenes/{id:guid}", Matching.MatchApi.Scene).WithSummary("应用场景的供需匹配：排序的成果、产品、企业、专家与中试服务，附命中词与匹配理由（本单位或运营方）");
        readers.MapGet("/matches/achievements/{id:guid}", Matching.MatchApi.Achievement).WithSummary("科技成果找需求：排序的已发布需求与场景（本单位或运营方）");
        readers.MapGet("/matches/products/{id:guid}", Matching.MatchApi.Product).WithSummary("产品找需求：排序的已发布需求与场景（本单位或运营方）");
        readers.MapGet("/search", Matching.MatchApi.Search).WithSummary("搜索供需市场（中文分词、领域词与同义词），可按类型筛选，分页");

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

    public NavArea NavigationArea => NavArea.Scenes;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/scenes", ScenesText.Get("Nav.Scenes"), MudBlazor.Icons.Material.Filled.Storefront, 90, ScenesAccess.Readers),
        new("/scenes/demands", ScenesText.Get("Nav.Demands"), MudBlazor.Icons.Material.Filled.Campaign, 91, ScenesAccess.Readers),
        new("/scenes/products", ScenesText.Get("Nav.Products"), MudBlazor.Icons.Material.Filled.Inventory2, 92, ScenesAccess.Readers),
        new("/scenes/deals", ScenesText.Get("Deals.Nav.Deals"), MudBlazor.Icons.Material.Filled.Handshake, 93, ScenesAccess.Readers),
        new("/scenes/contracts", ScenesText.Get("Deals.Nav.Contracts"), MudBlazor.Icons.Material.Filled.Gavel, 94, ScenesAccess.Readers),
    ];
}
