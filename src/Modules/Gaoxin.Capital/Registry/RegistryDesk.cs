using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Capital.Registry;

/// <summary>The registry of investors (创投机构) and their funds (基金), per zone; a name already known (normalised) is refused.</summary>
internal sealed class RegistryDesk(GaoxinDbContext db)
{
    public async Task<Page<InvestorView>> InvestorsAsync(Actor actor, string? q, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Investor>().AsNoTracking().Where(i => i.ZoneId == zone);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var n = Names.Normalise(q);
            query = query.Where(i => i.NormalisedName.Contains(n));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(i => i.Name).Skip(page.Skip).Take(page.Size)
            .Select(i => new { i.Id, i.Name, i.Kind, i.Contact, Funds = db.Set<VentureFund>().Count(f => f.ManagerId == i.Id) }).ToListAsync(ct);
        return new Page<InvestorView>(rows.Select(r => new InvestorView(r.Id, r.Name, r.Kind, InvestorLabels.Kind(r.Kind), r.Contact, r.Funds)).ToList(), page.Number, page.Size, total);
    }

    public async Task<IReadOnlyList<FundView>> FundsAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var funds = await db.Set<VentureFund>().AsNoTracking().Where(f => f.ZoneId == zone).OrderBy(f => f.Name).ToListAsync(ct);
        var names = await NamesAsync(zone, funds.Select(f => f.ManagerId).ToList(), ct);
        return funds.Select(f => new FundView(f.Id, f.Name, f.ManagerId, names.GetValueOrDefault(f.ManagerId, string.Empty), f.Size, f.Focus)).ToList();
    }

    public async Task<InvestorView> AddInvestorAsync(Actor actor, InvestorInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var investor = Investor.Of(zone, input.Name, input.Kind, input.Contact);
        if (await db.Set<Investor>().AnyAsync(i => i.ZoneId == zone && i.NormalisedName == investor.NormalisedName, ct))
        {
            throw Refusal.Conflict($"创投机构“{investor.Name}”已登记。");
        }

        db.Add(investor);
        await db.SaveChangesAsync(ct);
        return new InvestorView(investor.Id, investor.Name, investor.Kind, InvestorLabels.Kind(investor.Kind), investor.Contact, 0);
    }

    public async Task<FundView> AddFundAsync(Actor actor, FundInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var manager = await db.Set<Investor>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == input.ManagerId && i.ZoneId == zone, ct)
            ?? throw Refusal.Invalid("managerId", "管理机构不存在。");
        if (decimal.Round(input.Size, 2) != input.Size)
        {
            throw Refusal.Invalid("size", "基金规模的精度超过分（最多两位小数）。");
        }

        var normalised = Names.Normalise(input.Name);
        if (await db.Set<VentureFund>().AnyAsync(f => f.ZoneId == zone && f.NormalisedName == normalised, ct))
        {
            throw Refusal.Conflict($"基金“{input.Name.Trim()}”已登记。");
        }

        var fund = new VentureFund
        {
            ZoneId = zone, Name = input.Name.Trim(), NormalisedName = normalised, ManagerId = manager.Id, Size = input.Size,
            Focus = string.IsNullOrWhiteSpace(input.Focus) ? null : input.Focus.Trim(),
        };
        db.Add(fund);
        await db.SaveChangesAsync(ct);
        return new FundView(fund.Id, fund.Name, manager.Id, manager.Name, fund.Size, fund.Focus);
    }

    /// <summary>Investors of the zone by id (for rounds), refusing any id the zone does not know.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(ZoneId zone, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Set<Investor>().AsNoTracking().Where(i => i.ZoneId == zone && ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> AllInvestorsAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var rows = await db.Set<Investor>().AsNoTracking().Where(i => i.ZoneId == zone).OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }
}
