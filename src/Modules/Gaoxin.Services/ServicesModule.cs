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
        // Enterprise service page and notices
        // Relief
        services.AddScoped<Relief.ReliefDesk>();
        services.AddScoped<Relief.ReliefWarnings>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.ReliefDemoSeeder>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        // Departments, the catalogue (事项清单) and the holiday calendar (节假日)
        var everyone = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Everyone));
        everyone.MapGet("/departments", Departments.DepartmentsApi.List).WithSummary("审批部门及其人员数、事项数");

        // Approvals (极简审批：申请、审查、补正、办结)

        // Department queues and the clock (部门工作台、时限预警与督办、统计)

        // The enterprise's service page and notices (智慧服务)

        // Relief (精准纾困)
        var relief = api.MapGroup("/relief").ProducesRefusals().RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Readers));
        relief.MapGet("/cases", Relief.ReliefApi.List).WithSummary("纾困诉求（分页；按类别、状态、承办部门、逾期筛选；企业只见本企业）");
        relief.MapGet("/cases/export", Relief.ReliefApi.Export).WithSummary("导出纾困诉求（Excel，与列表同一筛选）");
        relief.MapGet("/cases/{id:guid}", Relief.ReliefApi.Get).WithSummary("诉求详情与办理过程");
        relief.MapPost("/cases", Relief.ReliefApi.Report).Validate<Relief.ReportInput>().RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Reporters)).WithSummary("反映困难（企业为本企业；管委会、创新中心可为园区任一企业登记）");
        relief.MapPost("/cases/{id:guid}/assign", Relief.ReliefApi.Assign).Validate<Relief.AssignInput>().RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Triage)).WithSummary("分办：承办部门与办理期限（缺省按类别的工作日数）");
        relief.MapPost("/cases/{id:guid}/measures", Relief.ReliefApi.AddMeasure).Validate<Relief.MeasureInput>().RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Workers)).WithSummary("登记帮扶措施（承办部门人员或管委会）");
        relief.MapPost("/cases/{id:guid}/propose-close", Relief.ReliefApi.ProposeClose).Validate<Relief.ProposeCloseInput>().RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Workers)).WithSummary("提出办结（须填写办结说明，请企业评价）");
        relief.MapPost("/cases/{id:guid}/rate", Relief.ReliefApi.Rate).Validate<Relief.RateInput>().RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Raters)).WithSummary("满意度评价 1–5 分：不高于 2 分重新办理（企业本身，或干部代录电话回访并说明）");
        relief.MapGet("/warnings", Relief.ReliefApi.Warnings).RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Monitors)).WithSummary("监测预警：营业收入下滑、连续亏损、从业人员减少的企业及触发的规则与数据");
        relief.MapPost("/warnings/{enterpriseId:guid}/case", Relief.ReliefApi.OpenCase).RequireAuthorization(p => p.RequireRole(Relief.ReliefAccess.Triage)).WithSummary("将预警转为纾困诉求（来源：监测预警）");
    }

    public Assembly? PagesAssembly => typeof(ServicesModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/services", ServicesText.Get("Nav.Services"), MudBlazor.Icons.Material.Filled.SupportAgent, 100, ServicesAccess.Everyone),
        new("/services/relief", ServicesText.Get("Nav.Relief"), MudBlazor.Icons.Material.Filled.VolunteerActivism, 104, Relief.ReliefAccess.Readers),
    ];
}
