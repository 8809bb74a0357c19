using System.Reflection;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Industry;

/// <summary>Industry system (产业体系): 3+2+1 industries, chains and nodes with gaps, investment leads, major projects. The module's one door.</summary>
public sealed class IndustryModule : IGaoxinModule
{
    public string Key => "industry";

    public void BuildModel(ModelBuilder modelBuilder) => Data.IndustryModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.IndustrySqliteMigrations, Data.IndustryPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Gaps.ChainMaps>();
        services.AddScoped<Gaps.SettingsBook>();
        services.AddScoped<IToDoSource, Leads.LeadToDos>();
        services.AddScoped<Gaps.IOpenLeadCounts, Leads.OpenLeadCounts>();
        services.AddScoped<Chains.IndustryBook>();
        services.AddScoped<Leads.LeadBook>();
        services.AddScoped<Projects.ProjectBook>();
        services.AddScoped<IIndustryFigures, Contracts.IndustryFigures>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.IndustryDemoSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => IndustryEndpoints.Map(api);

    public Assembly? PagesAssembly => typeof(IndustryModule).Assembly;

    public NavArea NavigationArea => NavArea.Industry;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/industry", IndustryText.Get("Nav.Industry"), MudBlazor.Icons.Material.Filled.AccountTree, 30, IndustryAccess.ZoneStaff),
        new("/industry/leads", IndustryText.Get("Nav.Leads"), MudBlazor.Icons.Material.Filled.Handshake, 31, IndustryAccess.ZoneStaff),
        new("/industry/projects", IndustryText.Get("Nav.Projects"), MudBlazor.Icons.Material.Filled.Construction, 32, IndustryAccess.ZoneStaff),
    ];
}
