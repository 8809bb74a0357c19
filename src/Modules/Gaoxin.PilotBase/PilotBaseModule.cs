using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase;

/// <summary>The module's one door: its tables, migrations, services, routes, pages and navigation.</summary>
public sealed class PilotBaseModule : IGaoxinModule
{
    public string Key => "pilot-base";

    public void BuildModel(ModelBuilder modelBuilder) => Data.PilotBaseModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.PilotBaseSqliteMigrations, Data.PilotBasePostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.PilotBaseDemoSeeder>();
        services.AddScoped<Runs.RunDesk>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.PilotRunsDemoSeeder>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        // Facilities and the public catalogue (设施与服务目录)
        var facilities = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Everyone));
        facilities.MapGet("/areas", Facilities.ListAreas.Handle);

        // Bookings and the availability calendar (预约与日历)

        // Pilot runs (中试记录)
        var runs = api.MapGroup("/runs").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Everyone));
        runs.MapGet("/", Runs.RunEndpoints.List).WithSummary("中试运行记录（分页、筛选；企业与院所只见本单位项目的记录）");
        runs.MapGet("/export", Runs.RunEndpoints.Export).WithSummary("导出中试运行记录（Excel，与列表同一筛选）");
        runs.MapGet("/projects", Runs.RunEndpoints.Projects).RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators)).WithSummary("可登记运行的接力项目及其中试里程碑与验收目标");
        runs.MapGet("/{id:guid}", Runs.RunEndpoints.Get).WithSummary("运行记录详情");
        runs.MapPost("/", Runs.RunEndpoints.Record).Validate<Runs.RunInput>().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators)).WithSummary("登记中试运行");
        runs.MapPost("/{id:guid}/accept", Runs.RunEndpoints.Accept).Validate<Runs.RunDecisionInput>().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators)).WithSummary("确认运行记录（计入接力项目；通过的运行满足其中试里程碑）");
        runs.MapPost("/{id:guid}/return", Runs.RunEndpoints.Return).Validate<Runs.RunDecisionInput>().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators)).WithSummary("退回运行记录（须说明原因）");
        runs.MapPost("/{id:guid}/reports", Runs.RunEndpoints.Upload).RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators)).WithSummary("上传报告文件（请求体为文件本身：PDF、PNG、JPEG 或 .xlsx，至多 10 MB；?fileName= 文件名）");
        runs.MapGet("/{id:guid}/reports/{reportId:guid}", Runs.RunEndpoints.Download).WithSummary("下载报告文件");

        // Scheduling (排程)

        // Utilisation and revenue (利用率与收入)
    }

    public Assembly? PagesAssembly => typeof(PilotBaseModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/pilot-base", PilotBaseText.Get("Nav.PilotBase"), MudBlazor.Icons.Material.Filled.Science, 90, PilotBaseAccess.Everyone),
        new("/pilot-base/runs", PilotBaseText.Get("Nav.Runs"), MudBlazor.Icons.Material.Filled.FactCheck, 92, PilotBaseAccess.Everyone),
    ];
}
