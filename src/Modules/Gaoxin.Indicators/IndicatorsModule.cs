using System.Reflection;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Indicators;

/// <summary>Zone economic indicators (经济指标), targets, the cockpit (驾驶舱), period reports and open data: the module's one door.</summary>
public sealed class IndicatorsModule : IGaoxinModule
{
    public string Key => "indicators";

    public void BuildModel(ModelBuilder modelBuilder) => Data.IndicatorsModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.IndicatorsSqliteMigrations, Data.IndicatorsPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Series.IndicatorBook>();
        services.AddScoped<Import.IndicatorImport>();
        services.AddScoped<Cockpit.CockpitData>();
        services.AddScoped<Reports.PeriodReport>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.IndicatorsDemoSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => IndicatorsEndpoints.Map(api);

    public Assembly? PagesAssembly => typeof(IndicatorsModule).Assembly;

    public NavArea NavigationArea => NavArea.Economy;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/cockpit", IndicatorsText.Get("Nav.Cockpit"), MudBlazor.Icons.Material.Filled.Dashboard, 5, IndicatorsAccess.ZoneStaff),
        new("/indicators", IndicatorsText.Get("Nav.Indicators"), MudBlazor.Icons.Material.Filled.ShowChart, 33, IndicatorsAccess.ZoneStaff),
        new("/open-data", IndicatorsText.Get("Nav.OpenData"), MudBlazor.Icons.Material.Filled.Public, 34),
    ];
}
