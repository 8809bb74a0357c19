using Gaoxin.Capital.Registry;
using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Capital.Rounds;

/// <summary>
/// Financing rounds (融资轮次): drafts with their figures and investors, the close that asks the fund for its 先投后股
/// conversion proposals in the same save, and cancellation. An enterprise user sees its own company's rounds only
/// (another's answers 404, as a missing one does).
/// </summary>
internal sealed class RoundDesk(GaoxinDbContext db, RegistryDesk registry, IServiceProvider services, TimeProvider clock)
{
    private IQueryable<FinancingRound> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<FinancingRound>().AsNoTracking().Where(r => r.ZoneId == zone);
        return actor.IsOrganisationBound ? q.Where(r => r.CompanyOrganisationId == actor.OrganisationId) : q;
    }

    public async Task<Page<RoundRow>> ListAsync(Actor actor, RoundFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor);
        if (filter.State is { } state)
        {
            query = query.Where(r => r.State == state);
        }

        if (filter.CompanyOrganisationId is { } company)
        {
            query = query.Where(r => r.CompanyOrganisationId == company);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(r => r.CompanyName.Contains(q) || r.Name.Contains(q));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.Id).Skip(page.Skip).Take(page.Size)
            .Select(r => new { r.Id, r.CompanyName, r.Name, r.PreMoney, r.Amount, r.PostMoney, r.State, r.ClosedOn, Investors = r.Investors.Count }).ToListAsync(ct);
        return new Page<RoundRow>(rows.Select(r => new RoundRow(r.Id, r.CompanyName, r.Name, r.PreMoney, r.Amount, r.PostMoney, r.State, RoundLabels.State(r.State), r.ClosedOn, r.Investors)).ToList(),
            page.Number, page.Size, total);
    }

    public async Task<RoundDetail> GetAsync(Actor actor, Guid id, CancellationToken ct) => await DetailAsync(await LoadAsync(actor, id, false, ct), ct);

    public async Task<RoundDetail> CreateAsync(Actor actor, RoundInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var company = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == input.CompanyOrganisationId && o.ZoneId == zone && o.Kind == OrganisationKind.Enterprise, ct)
            ?? throw Refusal.Invalid("companyOrganisationId", "企业不存在或不属于本园区。");
        string? projectTitle = null;
        if (input.ProjectId is { } projectId)
        {
            var project = services.GetService<IRelayProjects>() is { } relay ? await relay.FindAsync(zone.Value, projectId, ct) : null;
            if (project is null || (project.CompanyOrganisationId != company.Id && project.LeadOrganisationId != company.Id))
            {
                throw Refusal.Invalid("projectId", "接力项目不存在或不属于该企业。");
            }

            projectTitle = project.Title;
        }

        var ids = input.Investors.Select(i => i.InvestorId).ToList();
        if (ids.Distinct().Count() != ids.Count)
        {
            throw Refusal.Invalid("investors", "同一投资方只能出现一次。");
        }

        var names = await registry.NamesAsync(zone, ids, ct);
        if (names.Count != ids.Count)
        {
            throw Refusal.Invalid("investors", "投资方不存在或不属于本园区。");
        }

        var round = new FinancingRound
        {
            ZoneId = zone, CompanyOrganisationId = company.Id, CompanyName = company.Name, ProjectId = input.ProjectId, ProjectTitle = projectTitle, Name = input.Name.Trim(),
            PreMoney = input.PreMoney, Amount = input.Amount, PostMoney = input.PostMoney, PreMoneyShares = input.PreMoneyShares, CreatedBy = actor.Name,
        };
        round.Investors.AddRange(input.Investors.Select(i => new RoundInvestor { ZoneId = zone, RoundId = round.Id, InvestorId = i.InvestorId, InvestorName = names[i.InvestorId], Amount = i.Amount }));
        round.CheckFigures();
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(round, ct);
    }

    /// <summary>
    /// 交割: closes the draft and, when the fund is installed, has it propose its conversions in the same save (one
    /// transaction: the close and the proposals stand or fall together). Of two closes racing, the row version lets one save.
    /// </summary>
    public async Task<RoundDetail> CloseAsync(Actor actor, Guid id, CloseRoundInput input, CancellationToken ct)
    {
        var round = await LoadAsync(actor, id, true, ct);
        round.Close(input.ClosedOn, ZoneClock.Of(clock).Today, actor.Name);
        if (services.GetService<IFundConversions>() is { } fund)
        {
            await fund.ProposeAsync(actor.ZoneId, new ClosedRound(round.Id, round.CompanyOrganisationId, round.Name, input.ClosedOn, round.PreMoney, round.Amount, round.PricePerShare), ct);
        }

        await SaveAsync(ct);
        return await DetailAsync(round, ct);
    }

    public async Task<RoundDetail> CancelAsync(Actor actor, Guid id, CancelRoundInput input, CancellationToken ct)
    {
        var round = await LoadAsync(actor, id, true, ct);
        round.Cancel(input.Reason);
        await SaveAsync(ct);
        return await DetailAsync(round, ct);
    }

    public async Task<IReadOnlyList<RoundExportRow>> ExportAsync(Actor actor, RoundFilter filter, CancellationToken ct)
    {
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => ListAsync(actor, filter, p, ct));
        return rows.Select(r => new RoundExportRow(r.CompanyName, r.Name, r.PreMoney, r.Amount, r.PostMoney, r.StateText,
            r.ClosedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, r.Investors)).ToList();
    }

    /// <summary>The zone's enterprises a round may be recorded for (the form's choice).</summary>
    public async Task<IReadOnlyList<CompanyOption>> CompaniesAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var rows = await db.Set<Organisation>().AsNoTracking().Where(o => o.ZoneId == zone && o.Kind == OrganisationKind.Enterprise).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return rows.Select(r => new CompanyOption(r.Id, r.Name)).ToList();
    }

    private async Task<FinancingRound> LoadAsync(Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<FinancingRound>().Include(r => r.Investors).Where(r => r.Id == id && r.ZoneId == zone);
        var round = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (round is null || !RecordAccess.MaySee(actor, CapitalAccess.Rounds, round.CompanyOrganisationId, zone.Value))
        {
            throw Refusal.NotFound("融资轮次");
        }

        return round;
    }

    private async Task<RoundDetail> DetailAsync(FinancingRound r, CancellationToken ct)
    {
        IReadOnlyList<ConversionProposalRef> proposals = r.State == RoundState.Closed && services.GetService<IFundConversions>() is { } fund
            ? await fund.ForRoundAsync(r.ZoneId.Value, r.Id, ct)
            : [];
        return new RoundDetail(r.Id, r.CompanyOrganisationId, r.CompanyName, r.ProjectId, r.ProjectTitle, r.Name, r.PreMoney, r.Amount, r.PostMoney, r.PreMoneyShares, r.PricePerShare,
            r.State, RoundLabels.State(r.State), r.ClosedOn, r.CreatedBy, r.ClosedBy, r.CancelReason,
            r.Investors.OrderByDescending(i => i.Amount).Select(i => new RoundInvestorView(i.InvestorId, i.InvestorName, i.Amount)).ToList(),
            proposals.Select(p => new RoundProposalView(p.ProposalId, p.InstrumentId, p.ProjectTitle, p.Principal, p.Shares, p.StakeOfPreMoney, p.Status)).ToList());
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw Refusal.Conflict("该融资轮次已被他人交割或修改，请刷新后重试。");
        }
    }
}
