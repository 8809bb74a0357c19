using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.TechContracts;

/// <summary>
/// The technology-contract registry (技术合同登记). The operators register any contract of the zone; a seller organisation its
/// own. A contract from a deal closes the deal (已签约, with a step) and solves its demand; one from a scene proposal adopts
/// the proposal by contract (and the scene with it). Everything is saved at once or not at all; two registrations of one deal
/// or proposal meet at their version: one wins, the other gets 409.
/// </summary>
public sealed class ContractRegistry(GaoxinDbContext db, TimeProvider time, IServiceProvider services)
{
    internal const string ContractWord = "技术合同";

    private DateOnly Today => ZoneClock.Of(time).Today;

    public async Task<ContractView> CreateAsync(Actor actor, ContractInput input, CancellationToken ct)
    {
        DealDesk.Check(input);
        var zone = new ZoneId(actor.ZoneId);
        var buyer = input.BuyerOrganisationId!.Value;
        var seller = input.SellerOrganisationId!.Value;
        if (!DealDesk.IsOperator(actor))
        {
            if (!actor.IsOrganisationBound || !ScenesAccess.Suppliers.Any(actor.IsIn) || actor.OrganisationId != seller)
            {
                throw Refusal.Forbidden("单位只能登记本单位作为卖方的技术合同。");
            }
        }

        var amount = input.Amount!.Value;
        var signedOn = input.SignedOn!.Value;
        var today = Today;
        var outcomes = new List<RuleOutcome>
        {
            new DistinctPartiesRule().Check(new PartiesFacts(buyer, seller)),
            new TechnologyAmountWithinContractRule().Check(new TechnologyAmountFacts(amount, input.TechnologyAmount!.Value)),
            new PaymentsAddUpRule().Check(new PaymentFacts(amount, [.. input.Payments.Select(p => p.Amount!.Value)])),
        };
        if (signedOn > today)
        {
            throw Refusal.Invalid("signedOn", "签订日期不能晚于今天。");
        }

        string? number = null;
        if (!string.IsNullOrWhiteSpace(input.RegistrationNumber) || input.RegisteredOn is not null)
        {
            number = input.RegistrationNumber?.Trim() ?? throw Refusal.Invalid("registrationNumber", "填写登记日期时须同时填写合同登记号。");
            var on = input.RegisteredOn ?? throw Refusal.Invalid("registeredOn", "填写合同登记号时须同时填写登记日期。");
            outcomes.Add(new RegistrationNumberFormatRule().Check(number));
            outcomes.Add(new RegistrationDateRule().Check(new RegistrationDateFacts(signedOn, on, today)));
        }

        Refusal.ThrowIfAnyFailed(outcomes);
        if (input.DealId is not null && input.SceneProposalId is not null)
        {
            throw Refusal.Invalid("sceneProposalId", "一份合同只能来自一个对接或一个场景方案。");
        }

        var parties = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && (o.Id == buyer || o.Id == seller)).Select(o => o.Id).ToListAsync(ct);
        if (!parties.Contains(buyer))
        {
            throw Refusal.Invalid("buyerOrganisationId", "买方不存在于本园区。");
        }

        if (!parties.Contains(seller))
        {
            throw Refusal.Invalid("sellerOrganisationId", "卖方不存在于本园区。");
        }

        if (number is not null)
        {
            await EnsureNumberFreeAsync(zone, number, ct);
        }

        var contract = new TechContract
        {
            ZoneId = zone, Title = input.Title.Trim(), Kind = input.Kind!.Value, BuyerOrganisationId = buyer, SellerOrganisationId = seller, Amount = amount,
            TechnologyAmount = input.TechnologyAmount.Value, SignedOn = signedOn, RelayProjectId = input.RelayProjectId,
            AchievementId = input.AchievementId,
        };
        contract.Payments.AddRange(input.Payments.OrderBy(p => p.DueOn).Select((p, n) => new ContractPayment { ZoneId = zone, ContractId = contract.Id, Sequence = n + 1, DueOn = p.DueOn!.Value, Amount = p.Amount!.Value }));
        if (number is not null)
        {
            contract.Register(number, input.RegisteredOn!.Value);
        }

        if (input.RelayProjectId is { } projectId)
        {
            var relay = services.GetService<IRelayProjects>() ?? throw Refusal.Invalid("relayProjectId", "接力项目（科技成果转化）模块未启用。");
            var project = await relay.FindAsync(zone.Value, projectId, ct) ?? throw Refusal.Invalid("relayProjectId", "接力项目不存在于本园区。");
            Guid?[] its = [project.LeadOrganisationId, project.CompanyOrganisationId, project.EnterpriseId];
            if (!its.Contains(buyer) && !its.Contains(seller))
            {
                throw Refusal.Invalid("relayProjectId", "接力项目的承担单位不是合同的买方或卖方。");
            }
        }

        if (input.AchievementId is { } achievementId)
        {
            await CheckAchievementAsync(zone, achievementId, buyer, seller, ct);
        }

        if (input.DealId is { } dealId)
        {
            await FromDealAsync(actor, zone, dealId, contract, ct);
        }

        if (input.SceneProposalId is { } proposalId)
        {
            await FromProposalAsync(actor, zone, proposalId, contract, ct);
        }

        db.Add(contract);
        await RecordOnRelayAsync(actor, contract, ct);
        await SaveAsync(ct);
        return await GetAsync(actor, contract.Id, ct);
    }

    /// <summary>Records the registration (认定登记号、登记日期) of a contract registered without one.</summary>
    public async Task<ContractView> RegisterAsync(Actor actor, Guid id, RegisterContractInput input, CancellationToken ct)
    {
        DealDesk.Check(input);
        var contract = await Visible(actor).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw Refusal.NotFound(ContractWord);
        if (!DealDesk.IsOperator(actor) && actor.OrganisationId != contract.SellerOrganisationId)
        {
            throw Refusal.Forbidden("只有管委会、创新中心或卖方单位可以登记合同。");
        }

        if (input.Version is { } version && version != contract.Version)
        {
            throw Refusal.Conflict("该合同已被他人更新，请刷新后重试。");
        }

        var number = input.RegistrationNumber.Trim();
        Refusal.ThrowIfAnyFailed([
            new RegistrationNumberFormatRule().Check(number),
            new RegistrationDateRule().Check(new RegistrationDateFacts(contract.SignedOn, input.RegisteredOn!.Value, Today)),
        ]);
        await EnsureNumberFreeAsync(contract.ZoneId, number, ct);
        contract.Register(number, input.RegisteredOn.Value);
        await RecordOnRelayAsync(actor, contract, ct);
        await SaveAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    public async Task<ContractView> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await Visible(actor).AsNoTracking().Include(c => c.Payments).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw Refusal.NotFound(ContractWord);
        return (await ViewsAsync(row.ZoneId, [row], ct))[0];
    }

    /// <summary>One page of contracts, newest signed first; organisations see only contracts they are party to.</summary>
    public async Task<Page<ContractView>> ListAsync(Actor actor, ContractFilter filter, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = Visible(actor).AsNoTracking();
        if (filter.Kind is { } kind)
        {
            q = q.Where(c => c.Kind == kind);
        }

        if (filter.Registered is { } registered)
        {
            q = registered ? q.Where(c => c.RegisteredOn != null) : q.Where(c => c.RegisteredOn == null);
        }

        if (filter.Year is { } year and >= 1900 and <= 2200)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            q = q.Where(c => c.SignedOn >= from && c.SignedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var s = filter.Q.Trim();
            var orgs = db.Organisations.Where(o => o.ZoneId == zone && o.Name.Contains(s)).Select(o => o.Id);
            q = q.Where(c => c.Title.Contains(s) || (c.RegistrationNumber != null && c.RegistrationNumber.Contains(s))
                || orgs.Contains(c.BuyerOrganisationId) || orgs.Contains(c.SellerOrganisationId));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.Include(c => c.Payments).OrderByDescending(c => c.SignedOn).ThenBy(c => c.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ContractView>(await ViewsAsync(zone, rows, ct), page.Number, page.Size, total);
    }

    /// <summary>The new-contract form's starting point from a deal or a scene proposal the caller may see.</summary>
    public async Task<ContractDraft> DraftAsync(Actor actor, Guid? dealId, Guid? proposalId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (dealId is { } d)
        {
            var deal = await db.Set<Deal>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == d && x.ZoneId == zone, ct) ?? throw Refusal.NotFound("对接");
            var names = await NamesAsync(zone, [deal.BuyerOrganisationId, deal.SellerOrganisationId ?? Guid.Empty], ct);
            return new ContractDraft(deal.BuyerOrganisationId, names.GetValueOrDefault(deal.BuyerOrganisationId, ""), deal.SellerOrganisationId ?? Guid.Empty,
                deal.SellerOrganisationId is { } s ? names.GetValueOrDefault(s, "") : "", "", null, deal.Id, null, TechContractKind.Development);
        }

        if (proposalId is { } p)
        {
            var proposal = await db.Set<SceneProposal>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == p && x.ZoneId == zone, ct) ?? throw Refusal.NotFound("场景方案");
            var scene = await db.Set<Scene>().AsNoTracking().SingleAsync(x => x.Id == proposal.SceneId, ct);
            var names = await NamesAsync(zone, [scene.OwnerOrganisationId, proposal.ProposerOrganisationId], ct);
            return new ContractDraft(scene.OwnerOrganisationId, names.GetValueOrDefault(scene.OwnerOrganisationId, ""), proposal.ProposerOrganisationId,
                names.GetValueOrDefault(proposal.ProposerOrganisationId, ""), scene.Title, proposal.QuotedAmount, null, proposal.Id, TechContractKind.Service);
        }

        throw Refusal.Invalid("deal", "请指定对接或场景方案。");
    }

    /// <summary>The zone's organisations a contract may name.</summary>
    public Task<List<PartyChoice>> PartiesAsync(Actor actor, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.ZoneId == new ZoneId(actor.ZoneId)).OrderBy(o => o.Name).Select(o => new PartyChoice(o.Id, o.Name)).ToListAsync(ct);

    /// <summary>
    /// The relay achievements a contract between <paramref name="buyer"/> and <paramref name="seller"/> may link (owned by either
    /// party, as the registry requires), whose title contains <paramref name="q"/>; at most 30, titles with their owner's name.
    /// </summary>
    public async Task<IReadOnlyList<AchievementChoice>> AchievementsAsync(Actor actor, Guid? buyer, Guid? seller, string? q, CancellationToken ct)
    {
        if (services.GetService<IRelayAchievements>() is not { } relay || (buyer is null && seller is null))
        {
            return [];
        }

        var text = q?.Trim() ?? string.Empty;
        var rows = (await relay.ListAsync(actor.ZoneId, ct))
            .Where(a => (a.OwnerOrganisationId == buyer || a.OwnerOrganisationId == seller) && a.Title.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Title, StringComparer.Ordinal).Take(30).ToList();
        var names = await NamesAsync(new ZoneId(actor.ZoneId), [.. rows.Select(a => a.OwnerOrganisationId).Distinct()], ct);
        return [.. rows.Select(a => new AchievementChoice(a.Id, a.Title, names.GetValueOrDefault(a.OwnerOrganisationId, "")))];
    }

    internal IQueryable<TechContract> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<TechContract>().Where(c => c.ZoneId == zone);
        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            q = q.Where(c => c.BuyerOrganisationId == own || c.SellerOrganisationId == own);
        }

        return q;
    }

    private async Task FromDealAsync(Actor actor, ZoneId zone, Guid dealId, TechContract contract, CancellationToken ct)
    {
        var deal = await db.Set<Deal>().SingleOrDefaultAsync(d => d.Id == dealId && d.ZoneId == zone, ct) ?? throw Refusal.Invalid("dealId", "对接不存在于本园区。");
        if (actor.IsOrganisationBound && deal.SellerOrganisationId != actor.OrganisationId)
        {
            throw Refusal.Invalid("dealId", "对接不存在于本园区。");
        }

        if (deal.BuyerOrganisationId != contract.BuyerOrganisationId || deal.SellerOrganisationId != contract.SellerOrganisationId)
        {
            throw Refusal.Invalid("dealId", "合同的买方和卖方须与对接的需求方和供给方一致。");
        }

        db.Add(deal.Advance(DealStage.Contracted, contract.SignedOn, $"签订技术合同：{contract.Title}", actor.Name));
        deal.ContractId = contract.Id;
        contract.DealId = deal.Id;
        if (deal.Side == DemandSide.Demand
            && await db.Set<Demand>().SingleOrDefaultAsync(d => d.Id == deal.DemandId && d.ZoneId == zone, ct) is { Status: DemandStatus.Published } demand)
        {
            demand.MarkSolved();
        }
    }

    private async Task FromProposalAsync(Actor actor, ZoneId zone, Guid proposalId, TechContract contract, CancellationToken ct)
    {
        var proposal = await db.Set<SceneProposal>().SingleOrDefaultAsync(p => p.Id == proposalId && p.ZoneId == zone, ct) ?? throw Refusal.Invalid("sceneProposalId", "场景方案不存在于本园区。");
        if (actor.IsOrganisationBound && proposal.ProposerOrganisationId != actor.OrganisationId)
        {
            throw Refusal.Invalid("sceneProposalId", "场景方案不存在于本园区。");
        }

        var scene = await db.Set<Scene>().SingleAsync(s => s.Id == proposal.SceneId, ct);
        if (scene.OwnerOrganisationId != contract.BuyerOrganisationId || proposal.ProposerOrganisationId != contract.SellerOrganisationId)
        {
            throw Refusal.Invalid("sceneProposalId", "合同的买方和卖方须为场景的发布方和方案的提出方。");
        }

        proposal.Adopt(scene, AdoptionKind.Contract, contract.RegisteredOn ?? contract.SignedOn, contract.Id);
        contract.SceneProposalId = proposal.Id;
    }

    /// <summary>
    /// The relay achievement a contract transfers or licenses: one of the zone's (400 otherwise, as for the other links), owned by
    /// the buyer or the seller — an organisation links only achievements of a party to its own contract.
    /// </summary>
    private async Task CheckAchievementAsync(ZoneId zone, Guid achievementId, Guid buyer, Guid seller, CancellationToken ct)
    {
        var relay = services.GetService<IRelayAchievements>() ?? throw Refusal.Invalid("achievementId", "接力项目（科技成果转化）模块未启用。");
        var found = await relay.FindAsync(zone.Value, [achievementId], ct);
        if (found.Count == 0)
        {
            throw Refusal.Invalid("achievementId", "科技成果不存在于本园区。");
        }

        if (found[0].OwnerOrganisationId != buyer && found[0].OwnerOrganisationId != seller)
        {
            throw Refusal.Invalid("achievementId", "科技成果的所有单位不是合同的买方或卖方。");
        }
    }

    /// <summary>
    /// A registered contract of a relay project or achievement is reported to the relay in the same save (the relay's door joins
    /// the unit of work): the project's timeline shows it and the relay's conversion figure counts it.
    /// </summary>
    private async Task RecordOnRelayAsync(Actor actor, TechContract contract, CancellationToken ct)
    {
        if ((contract.RelayProjectId is null && contract.AchievementId is null) || contract.RegistrationNumber is not { } number || contract.RegisteredOn is not { } on
            || services.GetService<IRelayConversions>() is not { } relay)
        {
            return;
        }

        var names = await NamesAsync(contract.ZoneId, [contract.BuyerOrganisationId, contract.SellerOrganisationId], ct);
        await relay.RecordContractAsync(new RegisteredTechContract(contract.ZoneId.Value, contract.RelayProjectId, contract.Id, number, ContractLabels.Of(contract.Kind), contract.Title,
            contract.Amount, contract.TechnologyAmount, names.GetValueOrDefault(contract.BuyerOrganisationId, ""), names.GetValueOrDefault(contract.SellerOrganisationId, ""),
            on, actor.Name, time.GetUtcNow(), contract.AchievementId), ct);
    }

    private async Task EnsureNumberFreeAsync(ZoneId zone, string number, CancellationToken ct)
    {
        if (await db.Set<TechContract>().AsNoTracking().AnyAsync(c => c.ZoneId == zone && c.RegistrationNumber == number, ct))
        {
            throw Refusal.Conflict($"合同登记号 {number} 已被本园区的另一份合同使用。");
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale deal or proposal (another registration won) or a registration number taken meanwhile.
            throw Refusal.Conflict("该对接、方案或合同登记号已被另一份合同使用，请刷新后重试。");
        }
    }

    private Task<Dictionary<Guid, string>> NamesAsync(ZoneId zone, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    private async Task<List<ContractView>> ViewsAsync(ZoneId zone, IReadOnlyList<TechContract> rows, CancellationToken ct)
    {
        var names = await NamesAsync(zone, [.. rows.SelectMany(r => new[] { r.BuyerOrganisationId, r.SellerOrganisationId }).Distinct()], ct);
        return [.. rows.Select(c => new ContractView(c.Id, c.Title, c.Kind, c.BuyerOrganisationId, names.GetValueOrDefault(c.BuyerOrganisationId, ""), c.SellerOrganisationId,
            names.GetValueOrDefault(c.SellerOrganisationId, ""), c.Amount, c.TechnologyAmount, c.SignedOn, c.RegistrationNumber, c.RegisteredOn, c.DealId, c.SceneProposalId,
            c.RelayProjectId, c.AchievementId, c.Version, [.. c.Payments.OrderBy(p => p.Sequence).Select(p => new PaymentView(p.Sequence, p.DueOn, p.Amount))]))];
    }
}
