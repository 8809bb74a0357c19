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
        services.AddScoped<Facilities.FacilityBook>();
        services.AddScoped<Facilities.ResourceSearch>();
        services.AddScoped<Catalogue.CatalogueBook>();
        services.AddScoped<Catalogue.PublicCatalogue>();
        services.AddScoped<Gaoxin.Contracts.PilotBase.IPilotCapabilities, Catalogue.PilotCapabilities>();
        services.AddScoped<Bookings.BookingDesk>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.BookingsDemoSeeder>();
        services.AddScoped<Runs.RunDesk>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.PilotRunsDemoSeeder>();
        services.AddScoped<Scheduling.ScheduleProposals>();
        services.AddScoped<Utilisation.UtilisationReport>();
        services.AddScoped<Gaoxin.Contracts.PilotBase.IPilotBaseFigures, Contracts.PilotBaseFiguresSource>();
        services.AddScoped<Gaoxin.Contracts.PilotBase.IPilotRunsByProject, Contracts.PilotRunsByProject>();
        services.AddScoped<IHeadlineFigureSource, Contracts.PilotBaseHeadlineFigures>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        // Facilities and the public catalogue (设施与服务目录)
        var facilities = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Everyone));
        var facilityOps = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators));
        facilities.MapGet("/areas", Facilities.ListAreas.Handle);
        facilities.MapGet("/areas/{id:guid}", Facilities.FacilitiesApi.Area).WithSummary("片区详情：楼栋、房间，建设中片区的建设进度（来自产业模块的重大项目）");
        facilityOps.MapPut("/areas/{id:guid}", Facilities.FacilitiesApi.EditArea).Validate<Facilities.AreaInput>().WithSummary("修改片区（名称、面积、投资、关联重大项目）");
        facilityOps.MapPost("/areas/{id:guid}/open", Facilities.FacilitiesApi.OpenArea).WithSummary("建设中片区竣工投运");
        facilityOps.MapPost("/buildings", Facilities.FacilitiesApi.AddBuilding).Validate<Facilities.BuildingInput>().WithSummary("新增楼栋");
        facilityOps.MapPut("/buildings/{id:guid}", Facilities.FacilitiesApi.RenameBuilding).Validate<Facilities.NameInput>().WithSummary("修改楼栋名称");
        facilityOps.MapPost("/rooms", Facilities.FacilitiesApi.AddRoom).Validate<Facilities.RoomInput>().WithSummary("新增房间");
        facilityOps.MapPut("/rooms/{id:guid}", Facilities.FacilitiesApi.EditRoom).Validate<Facilities.RoomEditInput>().WithSummary("修改房间");
        facilities.MapGet("/resources", Facilities.FacilitiesApi.Search).WithSummary("检索中试资源：文字、类型、产业、片区、状态与能力参数（如 capability=Temperature&value=1500），分页");
        facilities.MapGet("/resources/export", Facilities.FacilitiesApi.Export).WithSummary("导出检索结果（Excel）");
        facilities.MapGet("/resources/{id:guid}", Facilities.FacilitiesApi.Resource).WithSummary("资源详情：能力参数与资质");
        facilityOps.MapPost("/resources", Facilities.FacilitiesApi.CreateResource).Validate<Facilities.ResourceInput>().WithSummary("登记资源（编号在园区内唯一）");
        facilityOps.MapPut("/resources/{id:guid}", Facilities.FacilitiesApi.EditResource).Validate<Facilities.ResourceEditInput>().WithSummary("修改资源（须带所读版本，过期版本 409）");
        facilityOps.MapPost("/resources/{id:guid}/status", Facilities.FacilitiesApi.ChangeStatus).Validate<Facilities.ResourceStatusInput>().WithSummary("变更资源状态（可用、维护中、已停用）");
        facilityOps.MapPost("/resources/{id:guid}/capabilities", Facilities.FacilitiesApi.AddCapability).Validate<Facilities.CapabilityInput>().WithSummary("新增能力参数");
        facilityOps.MapDelete("/resources/{id:guid}/capabilities/{capabilityId:guid}", Facilities.FacilitiesApi.RemoveCapability).WithSummary("删除能力参数");
        facilityOps.MapPost("/resources/{id:guid}/qualifications", Facilities.FacilitiesApi.AddQualification).Validate<Facilities.QualificationInput>().WithSummary("新增资质（CMA、CNAS）");
        facilityOps.MapDelete("/resources/{id:guid}/qualifications/{qualificationId:guid}", Facilities.FacilitiesApi.RemoveQualification).WithSummary("删除资质");
        facilityOps.MapGet("/qualifications/expiring", Facilities.FacilitiesApi.Expiring).WithSummary("90 天内到期与已过期的资质");
        facilities.MapGet("/services", Catalogue.CatalogueApi.List).WithSummary("服务目录（运营方含未发布服务）");
        facilities.MapGet("/services/{id:guid}", Catalogue.CatalogueApi.Get).WithSummary("服务详情");
        facilityOps.MapPost("/services", Catalogue.CatalogueApi.Create).Validate<Catalogue.ServiceInput>().WithSummary("新增服务");
        facilityOps.MapPut("/services/{id:guid}", Catalogue.CatalogueApi.Edit).Validate<Catalogue.ServiceInput>().WithSummary("修改服务（编号不变）");
        facilityOps.MapDelete("/services/{id:guid}", Catalogue.CatalogueApi.Delete).WithSummary("删除未被引用的服务");
        api.MapGet("/catalogue", Catalogue.CatalogueApi.Public).ProducesRefusals().AllowAnonymous().WithSummary("公开服务目录（免登录）：已发布的服务及其资源能力与资质；zone=园区代码");

        // Bookings and the availability calendar (预约与日历)
        var bookings = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Everyone));
        var booking = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Bookers));
        var operating = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators));
        booking.MapPost("/bookings", Bookings.BookingsApi.Create).Validate<Bookings.BookingInput>().WithSummary("预约资源或服务（时段不重叠由数据库保证）");
        bookings.MapGet("/bookings", Bookings.BookingsApi.List).WithSummary("预约列表（企业与院所仅见本单位）");
        bookings.MapGet("/bookings/export", Bookings.BookingsApi.Export).WithSummary("导出预约列表");
        booking.MapGet("/bookings/conflicts", Bookings.BookingsApi.Check).WithSummary("时段冲突检查（表单实时提示）");
        bookings.MapGet("/bookings/{id:guid}", Bookings.BookingsApi.Get).WithSummary("预约详情");
        operating.MapPost("/bookings/{id:guid}/approve", Bookings.BookingsApi.Approve).WithSummary("批准预约");
        operating.MapPost("/bookings/{id:guid}/reject", Bookings.BookingsApi.Reject).Validate<Bookings.RejectInput>().WithSummary("驳回预约（须填写原因）");
        booking.MapPost("/bookings/{id:guid}/cancel", Bookings.BookingsApi.Cancel).Validate<Bookings.NoteInput>().WithSummary("取消预约");
        operating.MapPost("/bookings/{id:guid}/no-show", Bookings.BookingsApi.NoShow).Validate<Bookings.NoteInput>().WithSummary("登记爽约");
        operating.MapPost("/bookings/{id:guid}/complete", Bookings.BookingsApi.Complete).Validate<Bookings.NoteInput>().WithSummary("登记完成");
        bookings.MapGet("/resources/{id:guid}/calendar", Bookings.BookingsApi.Calendar).WithSummary("资源可用日历（周/月）");
        operating.MapPost("/maintenance-windows", Bookings.BookingsApi.CreateMaintenance).Validate<Bookings.MaintenanceInput>().WithSummary("新增维护窗口");
        operating.MapDelete("/maintenance-windows/{id:guid}", Bookings.BookingsApi.RemoveMaintenance).WithSummary("删除维护窗口");

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
        var scheduling = api.MapGroup("/schedule").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Operators));
        scheduling.MapPost("/proposals", Scheduling.SchedulingApi.Propose).Validate<Scheduling.ScheduleInput>();
        scheduling.MapGet("/proposals/{id:guid}", Scheduling.SchedulingApi.Get);
        scheduling.MapPost("/proposals/{id:guid}/accept", Scheduling.SchedulingApi.Accept);

        // Utilisation and revenue (利用率与收入)
        var utilisation = api.MapGroup("/utilisation").ProducesRefusals().RequireAuthorization(p => p.RequireRole(Utilisation.UtilisationApi.Readers));
        utilisation.MapGet("/{year:int}", Utilisation.UtilisationApi.Get);
        utilisation.MapGet("/{year:int}/export", Utilisation.UtilisationApi.Export).WithSummary("导出资源利用率与收入（Excel）");
    }

    public Assembly? PagesAssembly => typeof(PilotBaseModule).Assembly;

    public NavArea NavigationArea => NavArea.Relay;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/pilot-base", PilotBaseText.Get("Nav.PilotBase"), MudBlazor.Icons.Material.Filled.Science, 90, PilotBaseAccess.Everyone),
        new("/pilot-base/catalogue", PilotBaseText.Get("Nav.Catalogue"), MudBlazor.Icons.Material.Filled.Public, 91, PilotBaseAccess.Everyone),
        new("/pilot-base/resources", PilotBaseText.Get("Nav.Resources"), MudBlazor.Icons.Material.Filled.PrecisionManufacturing, 92, PilotBaseAccess.Everyone),
        new("/pilot-base/bookings", PilotBaseText.Get("Nav.Bookings"), MudBlazor.Icons.Material.Filled.EventAvailable, 93, PilotBaseAccess.Everyone),
        new("/pilot-base/runs", PilotBaseText.Get("Nav.Runs"), MudBlazor.Icons.Material.Filled.FactCheck, 94, PilotBaseAccess.Everyone),
        new("/pilot-base/scheduling", PilotBaseText.Get("Nav.Scheduling"), MudBlazor.Icons.Material.Filled.EventNote, 95, PilotBaseAccess.Operators),
        new("/pilot-base/utilisation", PilotBaseText.Get("Nav.Utilisation"), MudBlazor.Icons.Material.Filled.Insights, 96, Utilisation.UtilisationApi.Readers),
    ];
}
