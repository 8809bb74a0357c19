using Gaoxin.Contracts.Funding;
using Gaoxin.Data;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Proposals;

/// <summary>
/// 转股建议: made when a round closes elsewhere (through <see cref="IFundConversions"/>, Contracts/FundConversions), decided here. Approval converts the
/// instrument through <see cref="InstrumentService.ConvertAsync"/>, the same path (ledger entry, audit) as a manual conversion.
/// </summary>
internal sealed class ProposalService(GaoxinDbContext db, InstrumentService instruments, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConversionProposalRef>> ProposeAsync(Guid zoneId, ClosedRound round, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var open = await db.Set<EquityInstrument>().AsNoTracking()
            .Where(i => i.ZoneId == zone && i.OrganisationId == round.CompanyOrganisationId && i.Status == InstrumentStatus.Unconverted).OrderBy(i => i.Id).ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }

        var made = await db.Set<ConversionProposal>().AsNoTracking().Where(p => p.ZoneId == zone && p.RoundId == round.RoundId).ToDictionaryAsync(p => p.InstrumentId, ct);
        var money = await FundLedger.AwardMoneyAsync(db, zone, open.Select(i => i.AwardId).ToList(), ct);
        var refs = new List<ConversionProposalRef>();
        foreach (var i in open)
        {
            if (made.TryGetValue(i.Id, out var earlier))
            {
                refs.Add(Ref(earlier, false));
                continue;
            }

            var facts = new ProposalFacts(money[i.AwardId].Paid, round.PreMoney, round.PricePerShare, i.Discount, round.ClosedOn, i.StartedOn);
            if (!new ConversionProposalRule().Check(facts).Passed)
            {
                continue; // Nothing to propose for this instrument (e.g. nothing paid yet); the round's close stands.
            }

            var stake = ProposedStake.Of(facts);
            var p = new ConversionProposal
            {
                ZoneId = zone, InstrumentId = i.Id, RoundId = round.RoundId, OrganisationId = i.OrganisationId, ProjectTitle = i.ProjectTitle, RoundName = round.RoundName,
                RoundClosedOn = round.ClosedOn, PreMoney = round.PreMoney, PricePerShare = round.PricePerShare, Discount = i.Discount, Principal = facts.Principal,
                ConversionPrice = stake.ConversionPrice, Shares = stake.Shares, StakeOfPreMoney = stake.StakeOfPreMoney, ProposedAt = clock.GetUtcNow(),
            };
            db.Add(p);
            refs.Add(Ref(p, true));
        }

        return refs;
    }

    public async Task<IReadOnlyList<Guid>> CompaniesWithOpenInstrumentsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        return await db.Set<EquityInstrument>().AsNoTracking().Where(i => i.ZoneId == zone && i.Status == InstrumentStatus.Unconverted)
            .OrderBy(i => i.Id).Select(i => i.OrganisationId).Distinct().ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ConversionProposalRef>> ForRoundAsync(Guid zoneId, Guid roundId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rows = await db.Set<ConversionProposal>().AsNoTracking().Where(p => p.ZoneId == zone && p.RoundId == roundId).OrderBy(p => p.Id).ToListAsync(ct);
        return rows.Select(p => Ref(p, false)).ToList();
    }

    public async Task<IReadOnlyList<ProposalView>> ListAsync(Actor actor, ProposalStatus? status, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<ConversionProposal>().AsNoTracking().Where(p => p.ZoneId == zone);
        if (status is { } s)
        {
            q = q.Where(p => p.Status == s);
        }

        return (await q.OrderByDescending(p => p.Id).Take(500).ToListAsync(ct)).Select(ProposalView.Of).ToList();
    }

    /// <summary>The proposals of one instrument the actor may see, newest first.</summary>
    public async Task<IReadOnlyList<ProposalView>> ForInstrumentAsync(Actor actor, Guid instrumentId, CancellationToken ct)
    {
        var i = await instruments.FindAsync(actor, instrumentId, ct);
        return (await db.Set<ConversionProposal>().AsNoTracking().Where(p => p.ZoneId == i.ZoneId && p.InstrumentId == i.Id).OrderByDescending(p => p.Id).ToListAsync(ct))
            .Select(ProposalView.Of).ToList();
    }

    /// <summary>批准: the proposal and the conversion are saved together by the conversion's transaction, or neither.</summary>
    public async Task<ProposalView> ApproveAsync(Actor actor, Guid id, ApproveProposalInput input, CancellationToken ct)
    {
        var p = await FindAsync(actor, id, ct);
        p.Approve(actor.Name, clock.GetUtcNow(), input.Note);
        await instruments.ConvertAsync(actor, p.InstrumentId, new ConversionInput(ConversionTrigger.OutsideRound, p.RoundClosedOn, p.RoundName, p.PricePerShare,
            $"依据融资轮次转股建议批准（{p.RoundName}，交割 {p.RoundClosedOn:yyyy-MM-dd}）"), ct);
        return ProposalView.Of(p);
    }

    public async Task<ProposalView> RejectAsync(Actor actor, Guid id, RejectProposalInput input, CancellationToken ct)
    {
        var p = await FindAsync(actor, id, ct);
        p.Reject(actor.Name, clock.GetUtcNow(), input.Reason);
        await db.SaveChangesAsync(ct);
        return ProposalView.Of(p);
    }

    private async Task<ConversionProposal> FindAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var p = await db.Set<ConversionProposal>().FirstOrDefaultAsync(x => x.Id == id && x.ZoneId == zone, ct);
        if (p is null || !RecordAccess.MaySee(actor, FundingAccess.Records, p.OrganisationId, zone.Value))
        {
            throw Refusal.NotFound("转股建议");
        }

        return p;
    }

    private static ConversionProposalRef Ref(ConversionProposal p, bool isNew) =>
        new(p.Id, p.InstrumentId, p.ProjectTitle, p.Principal, p.Shares, p.StakeOfPreMoney, p.Status.ToString(), isNew);
}
