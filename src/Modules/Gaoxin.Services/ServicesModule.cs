using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
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
        services.AddScoped<Gaoxin.Contracts.Services.IOrganisationNotices, Notices.OrganisationNotices>();
        services.AddScoped<Departments.DepartmentBook>();
        // Catalogue and calendar
        services.AddScoped<Catalogue.CatalogueBook>();
        services.AddScoped<Catalogue.PublicCatalogue>();
        services.AddScoped<Calendar.CalendarBook>();
        services.AddScoped<Approvals.ClocksFollowTheCalendar>();
        services.AddScoped<Calendar.ICalendarChange>(sp => sp.GetRequiredService<Approvals.ClocksFollowTheCalendar>());
        services.AddScoped<Catalogue.IItemUsage>(sp => sp.GetRequiredService<Approvals.ClocksFollowTheCalendar>());
        // Approvals
        services.AddScoped<Approvals.ApprovalDesk>();
        services.AddSingleton(new Approvals.ApprovalSettings(configuration.GetValue("Services:Approvals:DeferMaxDays", Approvals.DeferPromiseRule.DefaultMaxDays)));
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.ApprovalsDemoSeeder>();
        // Queues and the clock
        services.AddScoped<Queues.QueueBook>();
        services.AddScoped<Queues.ClockWatch>();
        services.AddHostedService<Queues.ClockWatchService>();
        services.AddScoped<Figures.ServicesFigures>();
        services.AddScoped<Gaoxin.Contracts.Services.IServicesFigures, Contracts.ServicesFiguresSource>();
        // Enterprise service page and notices
        services.Configure<Notices.MailSettings>(configuration.GetSection("Smtp"));
        services.Configure<Notices.NoticeSchedule>(configuration.GetSection("Notices"));
        services.AddScoped<Notices.NoticeInbox>();
        services.AddScoped<Notices.NoticeMailer>();
        services.AddScoped<ServicePage.EnterpriseServicePage>();
        services.AddScoped<IToDoSource, ServicePage.EnterpriseToDos>();
        services.AddScoped<Notices.IDailyNoticeSweep, ServicePage.DueSweep>();
        services.AddSingleton<Notices.NoticeDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<Notices.NoticeDelivery>());
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.NoticesDemoSeeder>();
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
        var administering = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Administrators));
        everyone.MapGet("/departments", Departments.DepartmentsApi.List).WithSummary("审批部门及其人员数");
        administering.MapPost("/departments", Departments.DepartmentsApi.Create).Validate<Departments.DepartmentInput>().WithSummary("新增审批部门（代码在园区内唯一）");
        administering.MapPut("/departments/{id:guid}", Departments.DepartmentsApi.Rename).Validate<Departments.DepartmentInput>().WithSummary("修改部门名称（代码不变）");
        administering.MapGet("/departments/{id:guid}/members", Departments.DepartmentsApi.Members).WithSummary("部门审批人员及负责人");
        administering.MapPost("/departments/{id:guid}/members", Departments.DepartmentsApi.AddMember).Validate<Departments.MemberInput>().WithSummary("按登录邮箱添加部门审批人员（须持部门审批人员角色），或改其是否负责人");
        administering.MapDelete("/departments/{id:guid}/members/{memberId:guid}", Departments.DepartmentsApi.RemoveMember).WithSummary("移除部门审批人员");
        everyone.MapGet("/items", Catalogue.CatalogueApi.List).WithSummary("事项清单（管委会管理员含未发布事项）；q=检索，department=部门");
        everyone.MapGet("/items/export", Catalogue.CatalogueApi.Export).WithSummary("导出事项清单（Excel）");
        everyone.MapGet("/items/{id:guid}", Catalogue.CatalogueApi.Get).WithSummary("事项详情：时限、材料、表单字段");
        administering.MapPost("/items", Catalogue.CatalogueApi.Create).Validate<Catalogue.ItemInput>().WithSummary("新增事项（编码在园区内唯一；同名字段键在各事项中类型一致）");
        administering.MapPut("/items/{id:guid}", Catalogue.CatalogueApi.Edit).Validate<Catalogue.ItemInput>().WithSummary("修改事项（须带所读版本，过期版本 409）");
        administering.MapDelete("/items/{id:guid}", Catalogue.CatalogueApi.Delete).WithSummary("删除无人申请的事项");
        api.MapGet("/catalogue", Catalogue.CatalogueApi.Public).ProducesRefusals().AllowAnonymous().WithSummary("公开办事指南（免登录）：已发布事项、时限、材料；zone=园区代码");
        everyone.MapGet("/calendar", Catalogue.CatalogueApi.CalendarYears).WithSummary("已发布节假日安排的年份");
        everyone.MapGet("/calendar/{year:int}", Catalogue.CatalogueApi.CalendarYear).WithSummary("某年的放假与调休日期、各月工作日数");
        administering.MapPut("/calendar/{year:int}", Catalogue.CatalogueApi.LoadCalendarYear).Validate<Calendar.CalendarYearInput>().WithSummary("导入（替换）某年的节假日安排，并重算在办事项的到期日");

        // Approvals (极简审批：申请、审查、补正、办结)
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ServicesAccess.Applicants, .. ServicesAccess.Overseers]));
        var applicants = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ServicesAccess.Applicants, Roles.ZoneAdmin]));
        var officers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Officers));
        applicants.MapPost("/applications", Approvals.ApprovalsApi.Apply).Validate<Approvals.ApplyInput>().WithSummary("申请（一表申请多个事项；必要材料齐全，非必要材料可容缺承诺）");
        readers.MapGet("/applications", Approvals.ApprovalsApi.List).WithSummary("办件列表（企业只见本企业的，部门人员只见含本部门事项的）");
        readers.MapGet("/applications/export", Approvals.ApprovalsApi.Export).WithSummary("办件列表导出 Excel");
        readers.MapGet("/applications/{id:guid}", Approvals.ApprovalsApi.Get).WithSummary("办件详情：各事项的时限、状态、补正、容缺与办理结果");
        applicants.MapPost("/applications/{id:guid}/withdraw", Approvals.ApprovalsApi.Withdraw).WithSummary("申请企业撤回办理中的办件");
        officers.MapPost("/applications/{id:guid}/items/{itemId:guid}/approve", Approvals.ApprovalsApi.Approve).Validate<Approvals.ReviewInput>().WithSummary("准予办理（生成办理结果 PDF）");
        officers.MapPost("/applications/{id:guid}/items/{itemId:guid}/return", Approvals.ApprovalsApi.Return).Validate<Approvals.ReviewInput>().WithSummary("退回补正（须填写原因；时限暂停）");
        officers.MapPost("/applications/{id:guid}/items/{itemId:guid}/refuse", Approvals.ApprovalsApi.Refuse).Validate<Approvals.ReviewInput>().WithSummary("不予办理（须填写理由）");
        officers.MapPost("/applications/{id:guid}/items/{itemId:guid}/deferred-received", Approvals.ApprovalsApi.ReceiveDeferred).WithSummary("容缺材料已补齐");
        applicants.MapPost("/applications/{id:guid}/items/{itemId:guid}/resubmit", Approvals.ApprovalsApi.Resubmit).Validate<Approvals.ResubmitInput>().WithSummary("补正后重新提交（时限恢复计算）");
        readers.MapGet("/applications/{id:guid}/items/{itemId:guid}/result.pdf", Approvals.ApprovalsApi.Result).WithSummary("办理结果文书（PDF）");

        // Department queues and the clock (部门工作台、时限预警与督办、统计)
        officers.MapGet("/queue", Queues.QueueApi.List).WithSummary("部门办件队列：在办事项按到期日排序，含剩余工作日与时限状态（正常、预警、超期、补正中）及各状态数量；部门人员仅见本部门，分页（每页至多 100 条）");
        officers.MapGet("/queue/export", Queues.QueueApi.Export).WithSummary("导出部门办件队列（Excel，与列表同一筛选）");
        var overseers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(ServicesAccess.Overseers));
        overseers.MapGet("/figures/{year:int}", Figures.FiguresApi.ForYear).WithSummary("年度企业服务统计：平均用时与法定时限、按时办结率、每件补正次数、在办与超期，纾困诉求按类别的办结用时与满意度");

        // The enterprise's service page and notices (智慧服务)
        var pageReaders = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole([.. ServicesAccess.Applicants, .. ServicesAccess.Overseers]));
        pageReaders.MapGet("/enterprises/{id:guid}/page", ServicePage.ServicePageApi.Get).WithSummary("企业服务页（一企一页）：在办事项及时限、匹配政策、待办到期事项、消息");
        everyone.MapGet("/notices", Notices.NoticesApi.List).WithSummary("我的消息（发给本人及本单位），分页，含未读数");
        everyone.MapPost("/notices/{id:guid}/read", Notices.NoticesApi.Read).WithSummary("标记消息已读");
        everyone.MapPost("/notices/read-all", Notices.NoticesApi.ReadAll).WithSummary("全部标记已读");
        everyone.MapGet("/notices/preferences", Notices.NoticesApi.Preferences).WithSummary("消息设置：邮件即时发送、每日汇总或不发送");
        everyone.MapPut("/notices/preferences", Notices.NoticesApi.Choose).Validate<Notices.NoticePreferencesInput>().WithSummary("更改消息设置");

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

    public NavArea NavigationArea => NavArea.Enterprises;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/services", ServicesText.Get("Nav.Services"), MudBlazor.Icons.Material.Filled.SupportAgent, 100, ServicesAccess.Everyone),
        new("/services/guide", ServicesText.Get("Nav.Guide"), MudBlazor.Icons.Material.Filled.MenuBook, 101, ServicesAccess.Everyone),
        new("/services/catalogue", ServicesText.Get("Nav.Catalogue"), MudBlazor.Icons.Material.Filled.ListAlt, 102, ServicesAccess.Everyone),
        new("/services/calendar", ServicesText.Get("Nav.Calendar"), MudBlazor.Icons.Material.Filled.CalendarMonth, 109, ServicesAccess.Everyone),
        new("/services/departments", ServicesText.Get("Nav.Departments"), MudBlazor.Icons.Material.Filled.AccountTree, 110, ServicesAccess.Administrators),
        new("/services/applications", ServicesText.Get("Nav.Applications"), MudBlazor.Icons.Material.Filled.AssignmentTurnedIn, 103, [.. ServicesAccess.Applicants, .. ServicesAccess.Overseers]),
        new("/services/my", ServicesText.Get("Nav.MyServices"), MudBlazor.Icons.Material.Filled.Dashboard, 101, ServicesAccess.Applicants),
        new("/services/notices", ServicesText.Get("Nav.Notices"), MudBlazor.Icons.Material.Filled.Notifications, 109, ServicesAccess.Everyone),
        new("/services/relief", ServicesText.Get("Nav.Relief"), MudBlazor.Icons.Material.Filled.VolunteerActivism, 104, Relief.ReliefAccess.Readers),
        new("/services/queue", ServicesText.Get("Nav.Queue"), MudBlazor.Icons.Material.Filled.PendingActions, 102, ServicesAccess.Officers),
        new("/services/figures", ServicesText.Get("Nav.Figures"), MudBlazor.Icons.Material.Filled.QueryStats, 108, ServicesAccess.Overseers),
    ];
}
