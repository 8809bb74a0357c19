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
        services.AddScoped<Scheduling.ScheduleProposals>();
        services.AddScoped<Utilisation.UtilisationReport>();
        services.AddScoped<Gaoxin.Contracts.PilotBase.IPilotBaseFigures, Contracts.PilotBaseFiguresSource>();
        services.AddScoped<IHeadlineFigureSource, Contracts.PilotBaseHeadlineFigures>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        // Facilities and the public catalogue (设施与服务目录)
        var facilities = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PilotBaseAccess.Everyone));
        facilities.MapGet("/areas", Facilities.ListAreas.Handle);

        // Bookings and the availability calendar (预约与日历)

        // Pilot runs (中试记录)

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

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/pilot-base", PilotBaseText.Get("Nav.PilotBase"), MudBlazor.Icons.Material.Filled.Science, 90, PilotBaseAccess.Everyone),
        new("/pilot-base/scheduling", PilotBaseText.Get("Nav.Scheduling"), MudBlazor.Icons.Material.Filled.EventNote, 93, PilotBaseAccess.Operators),
        new("/pilot-base/utilisation", PilotBaseText.Get("Nav.Utilisation"), MudBlazor.Icons.Material.Filled.Insights, 94, Utilisation.UtilisationApi.Readers),
    ];
}
