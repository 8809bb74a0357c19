using Gaoxin.Capital.Registry;
using Gaoxin.Capital.Rounds;
using Gaoxin.Contracts.Funding;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Capital.Demo;

/// <summary>
/// Investors and funds of the kind that back Zigong's projects, three rounds closed last year, and, when the fund's demo
/// left a 先投后股 instrument unconverted, an A round on its company closed today so the fund holds one pending conversion
/// proposal for the demo operator to approve. Deterministic; does nothing when the zone already has investors.
/// </summary>
internal sealed class CapitalDemoSeeder(RegistryDesk registry, RoundDesk rounds, IServiceProvider services, TimeProvider clock) : IDemoSeeder
{
    public int Order => 45;

    private static readonly (string Name, InvestorKind Kind, string Contact)[] Investors =
    [
        ("自贡创新发展投资基金管理有限公司", InvestorKind.StateOwnedFund, "投资部 0813-2201001"),
        ("四川省创新创业投资引导基金管理有限公司", InvestorKind.StateOwnedFund, "项目部 028-86120001"),
        ("川南盐都创业投资合伙企业（有限合伙）", InvestorKind.VentureCapital, "合伙人办公室 0813-8100200"),
        ("成都锦程股权投资管理有限公司", InvestorKind.PrivateEquity, "投资总监 028-61880022"),
        ("东方电气产业投资有限公司", InvestorKind.Corporate, "战略投资部 028-87590001"),
        ("王志远", InvestorKind.Angel, "天使投资人"),
    ];

    private static readonly (string Name, int Manager, decimal Size, string Focus)[] Funds =
    [
        ("自贡创新发展投资基金", 0, 1_000_000_000m, "新能源、新材料、高端装备的中试与产业化项目"),
        ("四川省创新创业投资引导基金（自贡子基金）", 1, 500_000_000m, "种子期、初创期科技型中小企业"),
        ("盐都科创一期创业投资基金", 2, 300_000_000m, "锂电与储能、节能环保"),
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Investor>().AnyAsync(i => i.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var actor = new Actor("demo-seed-operator", "演示数据（创新中心）", new HashSet<string> { Roles.CenterOperator }, null, zone.ZoneId);
        var ids = new List<Guid>();
        foreach (var (name, kind, contact) in Investors)
        {
            ids.Add((await registry.AddInvestorAsync(actor, new InvestorInput(name, kind, contact), cancellationToken)).Id);
        }

        foreach (var (name, manager, size, focus) in Funds)
        {
            await registry.AddFundAsync(actor, new FundInput(name, ids[manager], size, focus), cancellationToken);
        }

        var fund = services.GetService<IFundConversions>();
        var enterprises = await db.Set<Organisation>().AsNoTracking().Where(o => o.ZoneId == zoneId && o.Kind == OrganisationKind.Enterprise).OrderBy(o => o.Name)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        // Rounds are raised by companies: an instrument held by an institute (a project without its company yet) is left alone.
        var open = fund is null ? [] : (await fund.CompaniesWithOpenInstrumentsAsync(zone.ZoneId, cancellationToken)).Where(enterprises.Contains).ToList();
        var today = ZoneClock.Of(clock).Today;
        var lastYear = new DateOnly(today.Year - 1, 1, 1);

        // Last year's closed rounds, on companies with no instrument waiting (so they propose nothing).
        var plain = enterprises.Where(e => !open.Contains(e)).Take(3).ToList();
        var past = new (string Round, decimal Pre, decimal Shares, (int Investor, decimal Amount)[] Parts, int Day)[]
        {
            ("天使轮", 20_000_000m, 10_000_000m, [(5, 2_000_000m), (2, 1_000_000m)], 60),
            ("Pre-A 轮", 80_000_000m, 20_000_000m, [(2, 6_000_000m), (0, 4_000_000m)], 150),
            ("A 轮", 300_000_000m, 50_000_000m, [(3, 30_000_000m), (4, 15_000_000m), (1, 5_000_000m)], 280),
        };
        foreach (var (company, spec) in plain.Zip(past))
        {
            await RoundAsync(actor, company, spec.Round, spec.Pre, spec.Shares, spec.Parts.Select(p => (ids[p.Investor], p.Amount)).ToList(), lastYear.AddDays(spec.Day), cancellationToken);
        }

        // Today's A round on the company whose 先投后股 instrument is still open: the fund proposes its conversion.
        if (open.Count > 0)
        {
            await RoundAsync(actor, open[0], "A 轮", 120_000_000m, 10_000_000m, [(ids[0], 12_000_000m), (ids[2], 8_000_000m)], today, cancellationToken);
        }
    }

    private async Task RoundAsync(Actor actor, Guid company, string name, decimal pre, decimal shares, List<(Guid Investor, decimal Amount)> parts, DateOnly closedOn, CancellationToken ct)
    {
        var amount = parts.Sum(p => p.Amount);
        var draft = await rounds.CreateAsync(actor, new RoundInput(company, null, name, pre, amount, pre + amount, shares,
            parts.Select(p => new RoundInvestorInput(p.Investor, p.Amount)).ToList()), ct);
        await rounds.CloseAsync(actor, draft.Id, new CloseRoundInput(closedOn), ct);
    }
}
