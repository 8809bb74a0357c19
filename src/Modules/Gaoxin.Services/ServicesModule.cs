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
        services.Configure<Notices.MailSettings>(configuration.GetSection("Smtp"));
        services.Configure<Notices.NoticeSchedule>(configuration.GetSection("Notices"));
        services.AddScoped<Notices.NoticeInbox>();
        services.AddScoped<Notices.NoticeMailer>();
        services.AddScoped<ServicePage.EnterpriseServicePage>();
        services.AddScoped<Notices.IDailyNoticeSweep, ServicePage.DueSweep>();
        services.AddSingleton<Notices.NoticeDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<Notices.NoticeDelivery>());
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.NoticesDemoSeeder>();
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

        // The enterprise's service page and notices (智慧服务)
        var pageReaders = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ServicesAccess.Applicants, .. ServicesAccess.Overseers]));
        pageReaders.MapGet("/enterprises/{id:guid}/page", ServicePage.ServicePageApi.Get).WithSummary("企业服务页（一企一页）：在办事项及时限、匹配政策、待办到期事项、消息");
        everyone.MapGet("/notices", Notices.NoticesApi.List).WithSummary("我的消息（发给本人及本单位），分页，含未读数");
        everyone.MapPost("/notices/{id:guid}/read", Notices.NoticesApi.Read).WithSummary("标记消息已读");
        everyone.MapPost("/notices/read-all", Notices.NoticesApi.ReadAll).WithSummary("全部标记已读");
        everyone.MapGet("/notices/preferences", Notices.NoticesApi.Preferences).WithSummary("消息设置：邮件即时发送、每日汇总或不发送");
        everyone.MapPut("/notices/preferences", Notices.NoticesApi.Choose).Validate<Notices.NoticePreferencesInput>().WithSummary("更改消息设置");

        // Relief (精准纾困)
    }

    public Assembly? PagesAssembly => typeof(ServicesModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/services", ServicesText.Get("Nav.Services"), MudBlazor.Icons.Material.Filled.SupportAgent, 100, ServicesAccess.Everyone),
        new("/services/my", ServicesText.Get("Nav.MyServices"), MudBlazor.Icons.Material.Filled.Dashboard, 101, ServicesAccess.Applicants),
        new("/services/notices", ServicesText.Get("Nav.Notices"), MudBlazor.Icons.Material.Filled.Notifications, 109, ServicesAccess.Everyone),
    ];
}
