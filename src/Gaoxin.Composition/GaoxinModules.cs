using Gaoxin.Data.Modules;
using Gaoxin.Enterprises;
using Gaoxin.TechTransfer;
using Gaoxin.Funding;
using Gaoxin.Indicators;
using Gaoxin.Industry;

namespace Gaoxin.Composition;

/// <summary>
/// The modules this build of Gaoxin contains: the one list the web host, the command line, the migrations and
/// the tests share. To add a module, reference its project here and add an instance below.
/// </summary>
public static class GaoxinModules
{
    public static IReadOnlyList<IGaoxinModule> All { get; } =
    [
        new EnterprisesModule(),
        new TechTransferModule(),
        new IndustryModule(),
        new IndicatorsModule(),
        new FundingModule(),
        new Gaoxin.PilotBase.PilotBaseModule(),
        new Gaoxin.Services.ServicesModule(),
        new Gaoxin.Scenes.ScenesModule(),
        new Gaoxin.Mobility.MobilityModule(),
        new Gaoxin.Platforms.PlatformsModule(),
        new Gaoxin.Capital.CapitalModule(),
    ];
}
