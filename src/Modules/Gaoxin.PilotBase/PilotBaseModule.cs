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
        services.AddScoped<Bookings.BookingDesk>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.BookingsDemoSeeder>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        // Facilities and the public catalogue (设施与服务目录)
        var facilities = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Everyone));
        facilities.MapGet("/areas", Facilities.ListAreas.Handle);

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

        // Scheduling (排程)

        // Utilisation and revenue (利用率与收入)
    }

    public Assembly? PagesAssembly => typeof(PilotBaseModule).Assembly;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/pilot-base", PilotBaseText.Get("Nav.PilotBase"), MudBlazor.Icons.Material.Filled.Science, 90, PilotBaseAccess.Everyone),
        new("/pilot-base/bookings", PilotBaseText.Get("Nav.Bookings"), MudBlazor.Icons.Material.Filled.EventAvailable, 91, PilotBaseAccess.Everyone),
    ];
}
