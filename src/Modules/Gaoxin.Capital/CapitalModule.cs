using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Capital;

/// <summary>
/// The module's one door: capital (创投基金) — the registry of investors and their funds, and outside financing rounds
/// whose close asks the pilot fund for its 先投后股 conversion proposals; the rounds also give the fund's assessment its
/// follow-on investment.
/// </summary>
public sealed class CapitalModule : IGaoxinModule
{
    public string Key => "capital";

    public void BuildModel(ModelBuilder modelBuilder) => Data.CapitalModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.CapitalSqliteMigrations, Data.CapitalPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Registry.RegistryDesk>();
        services.AddScoped<Rounds.RoundDesk>();
        services.AddScoped<Gaoxin.Contracts.Capital.IFollowOnInvestment, Contracts.FollowOnInvestment>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.CapitalDemoSeeder>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var staff = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(CapitalAccess.Staff));
        var managers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(CapitalAccess.Managers));
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(CapitalAccess.RoundReaders));

        // Registry (创投机构与基金)
        staff.MapGet("/investors", Registry.RegistryApi.Investors).WithSummary("创投机构名录；q=名称，page，size≤200");
        managers.MapPost("/investors", Registry.RegistryApi.AddInvestor).Validate<Registry.InvestorInput>().WithSummary("登记创投机构（同名（规范化后）409）");
        staff.MapGet("/funds", Registry.RegistryApi.Funds).WithSummary("基金名录（管理机构、规模、投资方向）");
        managers.MapPost("/funds", Registry.RegistryApi.AddFund).Validate<Registry.FundInput>().WithSummary("登记基金（管理机构须已登记；同名 409）");

        // Rounds (融资轮次)
        readers.MapGet("/rounds", Rounds.RoundsApi.List).WithSummary("融资轮次列表（企业用户只见本企业）；q=企业或轮次，state，companyId，page，size≤200");
        staff.MapGet("/rounds/export", Rounds.RoundsApi.Export).WithSummary("导出融资轮次（Excel，与列表同一筛选；园区工作人员）");
        readers.MapGet("/rounds/{id:guid}", Rounds.RoundsApi.Get).WithSummary("融资轮次详情：投资方、每股价格、基金的转股建议");
        managers.MapPost("/rounds", Rounds.RoundsApi.Create).Validate<Rounds.RoundInput>().WithSummary("登记融资轮次草稿：投后估值=投前估值+融资额、各投资方合计=融资额，否则 422 指明规则");
        managers.MapPost("/rounds/{id:guid}/close", Rounds.RoundsApi.Close).Validate<Rounds.CloseRoundInput>().WithSummary("交割：交割日期不晚于今天；企业有未转股的先投后股时，基金同时生成转股建议（每项一次）；重复交割 409");
        managers.MapPost("/rounds/{id:guid}/cancel", Rounds.RoundsApi.Cancel).Validate<Rounds.CancelRoundInput>().WithSummary("取消草稿（须填写原因）");
    }

    public Assembly? PagesAssembly => typeof(CapitalModule).Assembly;

    public NavArea NavigationArea => NavArea.Fund;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/capital/rounds", CapitalText.Get("Nav.Rounds"), MudBlazor.Icons.Material.Filled.TrendingUp, 110, CapitalAccess.RoundReaders),
        new("/capital/investors", CapitalText.Get("Nav.Investors"), MudBlazor.Icons.Material.Filled.BusinessCenter, 111, CapitalAccess.Staff),
    ];
}
