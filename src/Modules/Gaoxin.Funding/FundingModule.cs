using System.Reflection;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding;

/// <summary>Pilot special fund (中试专项资金): budget, gradient awards, tranches, 先投后股, ledger, operator assessment. The module's one door.</summary>
public sealed class FundingModule : IGaoxinModule
{
    public string Key => "funding";

    public void BuildModel(ModelBuilder modelBuilder) => Data.FundingModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.FundingSqliteMigrations, Data.FundingPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Ledger.FundLedger>();
        services.AddSingleton<Decisions.FundWriter>();
        services.AddSingleton<Ledger.LedgerSums>();
        services.AddSingleton<Gaoxin.Data.Audit.IChainHead, Ledger.LedgerChainHead>();
        services.AddScoped<Policy.PolicyBook>();
        services.AddSingleton<Policy.PolicyVersions>();
        services.AddScoped<Awards.AwardService>();
        services.AddScoped<Awards.AwardReads>();
        services.AddScoped<Decisions.FundDecisions>();
        services.AddScoped<Instruments.InstrumentService>();
        services.AddScoped<Instruments.InstrumentReads>();
        services.AddScoped<Assessment.AssessmentService>();
        services.AddScoped<Statements.FundStatements>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.FundingDemoSeeder>();
        services.AddScoped<IHeadlineFigureSource, FundingFigures>();
        services.AddScoped<IToDoSource, FundToDos>();
        services.AddScoped<Gaoxin.Contracts.Funding.IFundPosition, Contracts.FundPositionService>();
        services.AddScoped<Proposals.ProposalService>();
        services.AddScoped<Gaoxin.Contracts.Funding.IFundConversions, Contracts.FundConversions>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => Api.FundingEndpoints.Map(api);

    public Assembly? PagesAssembly => typeof(FundingModule).Assembly;

    public IReadOnlyList<CliCommand> CliCommands => [Ledger.LedgerCliCommands.Verify];

    public NavArea NavigationArea => NavArea.Fund;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/funding", FundingText.Get("Nav.Dashboard"), MudBlazor.Icons.Material.Filled.AccountBalance, 40, FundingAccess.Staff),
        new("/funding/applications", FundingText.Get("Nav.Applications"), MudBlazor.Icons.Material.Filled.Inbox, 41, FundingAccess.Readers),
        new("/funding/instruments", FundingText.Get("Nav.Instruments"), MudBlazor.Icons.Material.Filled.SwapHoriz, 42, FundingAccess.Readers),
        new("/funding/ledger", FundingText.Get("Nav.Ledger"), MudBlazor.Icons.Material.Filled.ReceiptLong, 43, FundingAccess.Staff),
        new("/funding/assessment", FundingText.Get("Nav.Assessment"), MudBlazor.Icons.Material.Filled.Grading, 44, FundingAccess.Staff),
    ];
}
