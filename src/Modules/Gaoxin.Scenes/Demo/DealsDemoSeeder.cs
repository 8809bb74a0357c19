using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Gaoxin.Scenes.TechContracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Demo;

/// <summary>
/// Deals and contracts of the demo: the committee buys 九识智能's delivery service by a registered contract that adopts its
/// TrialPassed proposal for CJ-2025-001 (when the scenes' seeder left it so); deals for the demands XQ-2025-001..005 at every
/// stage — 兴储世纪's contracted with 四川轻化工大学 by a registered contract on its sodium-ion relay project (so the relay and the
/// indicators count it), one stalled (last step 40 days before the zone's today), one dropped. Days are fixed or counted from
/// the zone's today: the same demo on every run. Idempotent: each part is skipped once its rows exist.
/// </summary>
internal sealed class DealsDemoSeeder(TimeProvider time, IServiceProvider services) : IDemoSeeder
{
    public int Order => 84;

    private const string Seeder = "创新中心运营";

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        var today = ZoneClock.Of(time).Today;
        await AdoptDeliveryAsync(db, zone, zoneId, today, cancellationToken);
        if (!await db.Set<Deal>().AnyAsync(d => d.ZoneId == zoneId, cancellationToken))
        {
            await DealsAsync(db, zone, zoneId, today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The committee's delivery-service contract with 九识智能 adopting the passed trial on CJ-2025-001.</summary>
    private static async Task AdoptDeliveryAsync(GaoxinDbContext db, DemoZone zone, ZoneId zoneId, DateOnly today, CancellationToken ct)
    {
        var org = zone.OrganisationsByName;
        if (!org.TryGetValue(ScenesDemoSeeder.Committee, out var committee) || !org.TryGetValue("九识智能", out var jiushi))
        {
            return;
        }

        var scene = await db.Set<Scene>().SingleOrDefaultAsync(s => s.ZoneId == zoneId && s.Code == "CJ-2025-001", ct);
        var proposal = scene is null ? null
            : await db.Set<SceneProposal>().FirstOrDefaultAsync(p => p.ZoneId == zoneId && p.SceneId == scene.Id && p.ProposerOrganisationId == jiushi, ct);
        var signed = new DateOnly(2026, 4, 8);
        var registered = new DateOnly(2026, 4, 20);
        if (scene is null || proposal is not { Status: ProposalStatus.TrialPassed } || registered > today)
        {
            return;
        }

        var contract = new TechContract
        {
            ZoneId = zoneId, Title = "高新区无人车物流配送服务合同", Kind = TechContractKind.Service, BuyerOrganisationId = committee, SellerOrganisationId = jiushi,
            Amount = 1_200_000m, TechnologyAmount = 1_000_000m, SignedOn = signed, SceneProposalId = proposal.Id,
        };
        contract.Payments.AddRange(new (DateOnly Due, decimal Amount)[] { (new(2026, 4, 30), 360_000m), (new(2026, 10, 31), 480_000m), (new(2027, 4, 30), 360_000m) }
            .Select((p, n) => new ContractPayment { ZoneId = zoneId, ContractId = contract.Id, Sequence = n + 1, DueOn = p.Due, Amount = p.Amount }));
        contract.Register("2026510300000088", registered);
        proposal.Adopt(scene, AdoptionKind.Contract, registered, contract.Id);
        db.Add(contract);
    }

    private sealed record DealSeed(string Demand, SupplyKind Kind, string Supply, decimal Score, string Reasons, (DealStage Stage, int DaysAgo, string Note)[] Steps);

    private static readonly DealSeed[] Deals =
    [
        // Contracted: see ContractedAsync.
        new("XQ-2025-001", SupplyKind.Enterprise, "四川轻化工大学", 91.5m, "正极材料；钠离子电池；包覆改性；高温循环",
            [(DealStage.Introduced, 150, "创新中心引荐兴储世纪与四川轻化工大学正极材料课题组。"), (DealStage.Met, 130, "双方在学校实验室会面，查看包覆改性样品数据。"),
             (DealStage.Negotiating, 100, "就技术开发范围、指标与付款节点开始谈判。")]),
        new("XQ-2025-002", SupplyKind.Expert, "李明远", 78m, "钠离子电池；材料中试放大",
            [(DealStage.Introduced, 60, "引荐李明远教授与珈钠能源技术团队。"), (DealStage.Met, 20, "专家到企业现场查看碳化工艺。"), (DealStage.Negotiating, 8, "商谈技术咨询合同条款。")]),
        // Stalled: the last step 40 days before today.
        new("XQ-2025-003", SupplyKind.Expert, "刘晓川", 74m, "机器视觉；缺陷检测",
            [(DealStage.Introduced, 70, "引荐刘晓川高工与长盈精密工艺部。"), (DealStage.Met, 40, "双方会面，企业提供焊缝缺陷样本。")]),
        new("XQ-2025-004", SupplyKind.Product, "工业巡检机器人", 82m, "声纹；故障诊断；巡检",
            [(DealStage.Introduced, 5, "引荐优必选工业巡检机器人团队与川力科技设备部。")]),
        // Dropped.
        new("XQ-2025-005", SupplyKind.Enterprise, "天钧精密", 55m, "精密加工；减速器",
            [(DealStage.Introduced, 80, "引荐天钧精密与优必选关节团队。"), (DealStage.Dropped, 50, "天钧精密暂无谐波减速器设计能力，双方终止对接。")]),
    ];

    private async Task DealsAsync(GaoxinDbContext db, DemoZone zone, ZoneId zoneId, DateOnly today, CancellationToken ct)
    {
        var demands = await db.Set<Demand>().Where(d => d.ZoneId == zoneId && d.Code.StartsWith("XQ-2025-")).ToDictionaryAsync(d => d.Code, ct);
        var products = await db.Set<Product>().Where(p => p.ZoneId == zoneId).ToDictionaryAsync(p => p.Name, ct);
        var experts = await db.Set<Expert>().Where(e => e.ZoneId == zoneId).ToDictionaryAsync(e => e.Name, ct);
        var org = zone.OrganisationsByName;
        foreach (var s in Deals)
        {
            if (!demands.TryGetValue(s.Demand, out var demand) || demand.Status != DemandStatus.Published)
            {
                continue;
            }

            (Guid Id, Guid? Seller)? supply = s.Kind switch
            {
                SupplyKind.Enterprise => org.TryGetValue(s.Supply, out var o) ? (o, o) : null,
                SupplyKind.Expert => experts.TryGetValue(s.Supply, out var e) ? (e.Id, e.OrganisationId) : null,
                SupplyKind.Product => products.TryGetValue(s.Supply, out var p) ? (p.Id, p.OrganisationId) : null,
                _ => null,
            };
            if (supply is not { } found)
            {
                continue;
            }

            var opened = today.AddDays(-s.Steps[0].DaysAgo - 10);
            var deal = new Deal
            {
                ZoneId = zoneId, Side = DemandSide.Demand, DemandId = demand.Id, BuyerOrganisationId = demand.PosterOrganisationId, SupplyKind = s.Kind, SupplyId = found.Id,
                SellerOrganisationId = found.Seller, MatchScore = s.Score, MatchReasons = s.Reasons, OpenedOn = opened, LastStepOn = opened,
            };
            deal.Steps.Add(new DealStep { ZoneId = zoneId, DealId = deal.Id, Stage = DealStage.Matched, On = opened, Note = "发起对接", ActorName = Seeder });
            foreach (var (stage, daysAgo, note) in s.Steps)
            {
                deal.Advance(stage, today.AddDays(-daysAgo), note, Seeder);
            }

            if (s.Demand == "XQ-2025-001")
            {
                await ContractedAsync(db, zoneId, deal, demand, today, ct);
            }

            // Added once its steps are all there: steps with preset keys reached later through the collection would be taken for existing rows.
            db.Add(deal);
        }
    }

    /// <summary>兴储世纪's deal ends in a registered development contract on its sodium-ion relay project, written on the project's timeline.</summary>
    private async Task ContractedAsync(GaoxinDbContext db, ZoneId zoneId, Deal deal, Demand demand, DateOnly today, CancellationToken ct)
    {
        if (deal.SellerOrganisationId is not { } seller)
        {
            return;
        }

        var signed = today.AddDays(-60);
        var registered = today.AddDays(-45);
        var contract = new TechContract
        {
            ZoneId = zoneId, Title = "层状氧化物正极材料包覆改性技术开发合同", Kind = TechContractKind.Development, BuyerOrganisationId = deal.BuyerOrganisationId,
            SellerOrganisationId = seller, Amount = 1_600_000m, TechnologyAmount = 1_500_000m, SignedOn = signed, DealId = deal.Id,
        };
        contract.Payments.AddRange(new (int Days, decimal Amount)[] { (15, 480_000m), (180, 640_000m), (365, 480_000m) }
            .Select((p, n) => new ContractPayment { ZoneId = zoneId, ContractId = contract.Id, Sequence = n + 1, DueOn = signed.AddDays(p.Days), Amount = p.Amount }));
        contract.Register("2026510300000123", registered);
        deal.Advance(DealStage.Contracted, signed, $"签订技术合同：{contract.Title}", Seeder);
        deal.ContractId = contract.Id;
        if (demand.Status == DemandStatus.Published)
        {
            demand.MarkSolved();
        }

        // The relay project: 兴储世纪's sodium-ion project (it is the project's company), when the relay is there.
        if (services.GetService<IRelayProjects>() is { } relay)
        {
            var projects = await relay.ListAsync(zoneId.Value, deal.BuyerOrganisationId, ct);
            var project = projects.Where(p => p.Title.Contains('钠')).OrderBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault()
                ?? projects.OrderBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault();
            if (project is not null)
            {
                contract.RelayProjectId = project.Id;
                if (services.GetService<IRelayConversions>() is { } conversions)
                {
                    await conversions.RecordContractAsync(new RegisteredTechContract(zoneId.Value, project.Id, contract.Id, contract.RegistrationNumber!, ContractLabels.Of(contract.Kind),
                        contract.Title, contract.Amount, contract.TechnologyAmount, "兴储世纪", "四川轻化工大学", registered, Seeder, time.GetUtcNow()), ct);
                }
            }
        }

        db.Add(contract);
    }
}
