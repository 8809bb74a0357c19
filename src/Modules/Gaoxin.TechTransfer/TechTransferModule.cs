using System.Reflection;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gaoxin.TechTransfer;

/// <summary>The technology-transfer relay (科技成果转化 → 中试孵化 → 产业孵化): the module's one door.</summary>
public sealed class TechTransferModule : IGaoxinModule
{
    public string Key => "tech-transfer";

    public void BuildModel(ModelBuilder modelBuilder) => Data.TechTransferModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.TechTransferSqliteMigrations, Data.TechTransferPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Projects.ProjectDesk>();
        services.AddScoped<Projects.IScreeningResults, Screening.ProjectScreeningResults>();
        services.AddScoped<Achievements.AchievementDesk>();
        services.AddScoped<Achievements.IAchievementUses, Projects.ProjectAchievementUses>();
        services.AddScoped<Screening.RoundDesk>();
        services.AddScoped<Analytics.RelayAnalytics>();
        services.AddScoped<Contracts.RelayContracts>();
        services.AddScoped<IRelayProjects>(sp => sp.GetRequiredService<Contracts.RelayContracts>());
        services.AddScoped<IRelayFigures>(sp => sp.GetRequiredService<Contracts.RelayContracts>());
        services.AddScoped<IRelayPilotRuns, Contracts.RelayPilotRuns>();
        services.AddScoped<IRelayAchievements, Contracts.RelayAchievements>();
        services.AddScoped<IRelayConversions, Contracts.RelayConversions>();
        services.AddScoped<Package.SupportPackages>();
        services.TryAddScoped<Gaoxin.Contracts.Talent.IProjectTalent, Package.NoProjectTalent>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.TechTransferDemoSeeder>();
        services.AddScoped<IHeadlineFigureSource, RelayHeadlineFigures>();
        services.AddScoped<IToDoSource, RelayToDos>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => Endpoints.Map(api);

    public Assembly? PagesAssembly => typeof(TechTransferModule).Assembly;

    public NavArea NavigationArea => NavArea.Relay;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/tech-transfer", TechTransferText.Get("Nav.Board"), MudBlazor.Icons.Material.Filled.ViewKanban, 10, [.. TechTransferAccess.Records.CanSee]),
        new("/tech-transfer/achievements", TechTransferText.Get("Nav.Achievements"), MudBlazor.Icons.Material.Filled.Science, 11, [.. TechTransferAccess.Records.CanSee]),
        new("/tech-transfer/rounds", TechTransferText.Get("Nav.Rounds"), MudBlazor.Icons.Material.Filled.HowToVote, 12, TechTransferAccess.ZoneStaff),
        new("/tech-transfer/analytics", TechTransferText.Get("Nav.Analytics"), MudBlazor.Icons.Material.Filled.Insights, 13, TechTransferAccess.ZoneStaff),
        new("/tech-transfer/package", TechTransferText.Get("Nav.Package"), MudBlazor.Icons.Material.Filled.Widgets, 14, TechTransferAccess.ZoneStaff),
    ];
}
