using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Services;

/// <summary>
/// The module's one door: enterprise services (极简审批、智慧服务、精准纾困) — the catalogue, approvals against the legal
/// clock in working days, each enterprise's service page with its notices, and relief cases.
/// </summary>
public sealed class ServicesModule : IGaoxinModule
{
    public string Key => "services";

    public void BuildModel(ModelBuilder modelBuilder) => Data.ServicesModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.ServicesSqliteMigrations, Data.ServicesPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.ServicesDemoSeeder>();
        services.AddScoped<Calendar.ZoneCalendar>();
        services.AddScoped<Notices.Noticeboard>();
        services.AddScoped<Departments.DepartmentBook>();
        // Catalogue and calendar
        // Approvals
        // Queues and the clock
        services.AddScoped<Queues.QueueBook>();
        services.AddScoped<Queues.ClockWatch>();
        services.AddHostedService<Queues.ClockWatchService>();
        services.AddScoped<Figures.ServicesFigures>();
        services.AddScoped<Gaoxin.Contracts.Services.IServicesFigures, Contracts.ServicesFiguresSource>();
        // Enterprise service page and notices
        // Relief
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        // Departments, the catalogue (事项清单) and the holiday calendar (节假日)
        var everyone = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Everyone));
        everyone.MapGet("/departments", Departments.DepartmentsApi.List).WithSummary("审批部门及其人员数、事项数");

        // Approvals (极简审批：申请、审查、补正、办结)

        // Department queues and the clock (部门工作台、时限预警与督办、统计)
        var officers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Officers));
        officers.MapGet("/queue", Queues.QueueApi.List).WithSummary("部门办件队列：在办事项按到期日排序，含剩余工作日与时限状态（正常、预警、超期、补正中）及各状态数量；部门人员仅见本部门，分页（每页至多 100 条）");
        officers.MapGet("/queue/export", Queues.QueueApi.Export).WithSummary("导出部门办件队列（Excel，与列表同一筛选）");
        var overseers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Overseers));
        overseers.MapGet("/figures/{year:int}", Figures.FiguresApi.ForYear).WithSummary("年度企业服务统计：平均用时与法定时限、按时办结率、每件补正次数、在办与超期，纾困诉求按类别的办结用时与满意度");

        // The enterprise's service page and notices (智慧服务)

        // Relief (精准纾困)
    }

    public Assembly? PagesAssembly => typeof(ServicesModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/services", ServicesText.Get("Nav.Services"), MudBlazor.Icons.Material.Filled.SupportAgent, 100, ServicesAccess.Everyone),
        new("/services/queue", ServicesText.Get("Nav.Queue"), MudBlazor.Icons.Material.Filled.PendingActions, 102, ServicesAccess.Officers),
        new("/services/figures", ServicesText.Get("Nav.Figures"), MudBlazor.Icons.Material.Filled.QueryStats, 108, ServicesAccess.Overseers),
    ];
}
