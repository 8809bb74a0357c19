using System.Reflection;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Enterprises;

/// <summary>Enterprise registry and cultivation (企业库与梯度培育): the module's one door.</summary>
public sealed class EnterprisesModule : IGaoxinModule
{
    public string Key => "enterprises";

    public void BuildModel(ModelBuilder modelBuilder) => Data.EnterprisesModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.EnterprisesSqliteMigrations, Data.EnterprisesPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Registry.EnterpriseRegistry>();
        services.AddScoped<Registry.TransformationRate>();
        services.AddScoped<Import.AnnualDataImport>();
        services.AddSingleton(Certification.SchemeCatalog.Default);
        services.AddSingleton<Certification.CertificationEngine>();
        services.AddScoped<Evaluations.EnterpriseEvaluations>();
        services.AddScoped<Registry.IStoredVerdicts, Evaluations.StoredVerdicts>();
        services.AddScoped<Cultivation.CultivationBoard>();
        services.AddScoped<Policies.PolicyMatching>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.EnterprisesDemoSeeder>();
        services.AddScoped<IHeadlineFigureSource, EnterpriseFigures>();
        services.AddScoped<Gaoxin.Contracts.Enterprises.IEnterpriseDirectory, Contracts.EnterpriseDirectory>();
        services.AddScoped<Gaoxin.Contracts.Enterprises.IEnterpriseAgenda, Contracts.EnterpriseAgendaSource>();
        services.AddScoped<Gaoxin.Contracts.Enterprises.IEnterpriseAnnualSeries, Contracts.EnterpriseAnnualSeriesSource>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => EnterprisesEndpoints.Map(api);

    public Assembly? PagesAssembly => typeof(EnterprisesModule).Assembly;

    public NavArea NavigationArea => NavArea.Enterprises;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/enterprises", EnterprisesText.Get("Nav.Enterprises"), MudBlazor.Icons.Material.Filled.Business, 20, [.. EnterpriseAccess.Records.CanSee]),
        new("/enterprises/cultivation", EnterprisesText.Get("Nav.Cultivation"), MudBlazor.Icons.Material.Filled.Stairs, 21, EnterpriseAccess.ZoneStaff),
        new("/enterprises/policies", EnterprisesText.Get("Nav.Policies"), MudBlazor.Icons.Material.Filled.Redeem, 22),
        new("/enterprises/import", EnterprisesText.Get("Nav.Import"), MudBlazor.Icons.Material.Filled.UploadFile, 24, EnterpriseAccess.Registrars),
        new("/enterprises/self-check", EnterprisesText.Get("Nav.SelfCheck"), MudBlazor.Icons.Material.Filled.FactCheck, 23, [Roles.EnterpriseUser, Roles.VehicleOperator]),
    ];
}
