using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platforms.Registry;

/// <summary>
/// The registry of innovation platforms (创新平台): the zone's staff register, correct, evaluate and revoke; hosts
/// (enterprises, institutes) read the platforms they host and nothing else (another's is a 404).
/// </summary>
internal sealed class PlatformRegistry(GaoxinDbContext db, TimeProvider clock)
{
    private const string Word = "创新平台";
    private const string Stale = "该平台已被他人修改，请刷新后重试。";

    private DateOnly Today => ZoneClock.Of(clock).Today;

    public async Task<Page<PlatformRow>> ListAsync(Actor actor, PlatformFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Filtered(Visible(actor).AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Include(p => p.CoBuilders).Include(p => p.Evaluations).AsSplitQuery()
            .OrderBy(p => p.Level == PlatformLevel.National ? 0 : p.Level == PlatformLevel.Provincial ? 1 : 2).ThenByDescending(p => p.RecognisedOn).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var names = await HostNamesAsync(rows.Select(r => r.HostOrganisationId), ct);
        return new Page<PlatformRow>(rows.Select(p => Row(p, names)).ToList(), page.Number, page.Size, total);
    }

    public async Task<PlatformDetail> GetAsync(Actor actor, Guid id, CancellationToken ct) => await DetailAsync(actor, await LoadAsync(actor, id, ct), ct);

    public async Task<PlatformDetail> CreateAsync(Actor actor, PlatformInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var spec = await SpecAsync(zone, input, null, ct);
        var platform = new InnovationPlatform(zone, spec, clock.GetUtcNow());
        db.Add(platform);
        await SaveAsync(ct);
        return await DetailAsync(actor, platform, ct);
    }

    public async Task<PlatformDetail> EditAsync(Actor actor, Guid id, PlatformInput input, CancellationToken ct)
    {
        var platform = await LoadAsync(actor, id, ct);
        Fresh(platform, input.Version);
        platform.Edit(await SpecAsync(platform.ZoneId, input, platform.Id, ct));
        await SaveAsync(ct);
        return await DetailAsync(actor, platform, ct);
    }

    public async Task<PlatformDetail> EvaluateAsync(Actor actor, Guid id, EvaluationInput input, CancellationToken ct)
    {
        var platform = await LoadAsync(actor, id, ct);
        Fresh(platform, input.Version);
        db.Add(platform.Evaluate(input.EvaluatedOn, input.Result, input.Note, Today, clock.GetUtcNow()));
        await SaveAsync(ct);
        return await DetailAsync(actor, platform, ct);
    }

    public async Task<PlatformDetail> RevokeAsync(Actor actor, Guid id, RevokeInput input, CancellationToken ct)
    {
        var platform = await LoadAsync(actor, id, ct);
        Fresh(platform, input.Version);
        platform.Revoke(input.Reason, Today);
        await SaveAsync(ct);
        return await DetailAsync(actor, platform, ct);
    }

    public async Task<PlatformDetail> AddEquipmentAsync(Actor actor, Guid id, EquipmentInput input, CancellationToken ct)
    {
        var platform = await LoadAsync(actor, id, ct);
        db.Add(platform.AddEquipment(input.Name, input.Model, Money.Of(input.ValueYuan), input.OpenToOthers, input.BookingContact));
        await SaveAsync(ct);
        return await DetailAsync(actor, platform, ct);
    }

    public async Task<PlatformDetail> RemoveEquipmentAsync(Actor actor, Guid id, Guid equipmentId, CancellationToken ct)
    {
        var platform = await LoadAsync(actor, id, ct);
        platform.RemoveEquipment(equipmentId);
        await SaveAsync(ct);
        return await DetailAsync(actor, platform, ct);
    }

    /// <summary>Active platforms of the zone by level, and the distinct co-builders (by normalised name), from the rows.</summary>
    public async Task<PlatformCounts> CountsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var active = db.Set<InnovationPlatform>().AsNoTracking().Where(p => p.ZoneId == zone && p.State == PlatformState.Active);
        var byLevel = await active.GroupBy(p => p.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(ct);
        var coBuilders = await db.Set<PlatformCoBuilder>().AsNoTracking()
            .Where(c => c.ZoneId == zone && active.Any(p => p.Id == c.PlatformId)).Select(c => c.Name).Distinct().ToListAsync(ct);
        var dues = await active.Select(p => new { p.Level, p.RecognisedOn, Last = p.Evaluations.Max(e => (DateOnly?)e.EvaluatedOn) }).ToListAsync(ct);
        var today = Today;
        var levels = Enum.GetValues<PlatformLevel>()
            .Select(l => new LevelCount(l, PlatformLabels.Level(l), byLevel.Where(x => x.Level == l).Sum(x => x.Count))).ToList();
        return new PlatformCounts(levels.Sum(l => l.Count), levels.Where(l => l.Level != PlatformLevel.Municipal).Sum(l => l.Count), levels,
            coBuilders.Select(PlatformNames.Normalise).Distinct().Count(),
            dues.Count(d => !new EvaluationDueRule().Check(new DueFacts(d.Level, d.RecognisedOn, d.Last, today)).Passed));
    }

    /// <summary>The zone's organisations that may host a platform (for the form).</summary>
    public async Task<IReadOnlyList<HostView>> HostsAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        return await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone)
            .OrderBy(o => o.Name).Select(o => new HostView(o.Id, o.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PlatformExportRow>> ExportAsync(Actor actor, PlatformFilter filter, CancellationToken ct)
    {
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => ListAsync(actor, filter, p, ct));
        return rows.Select(r => new PlatformExportRow(r.Name, r.TypeText, r.LevelText, r.HostName, Day(r.RecognisedOn), r.DocumentNumber ?? string.Empty,
            string.Join("、", r.CoBuilders), r.StateText, r.NextEvaluationDue is { } d ? Day(d) : string.Empty)).ToList();
    }

    internal static IQueryable<InnovationPlatform> Filtered(IQueryable<InnovationPlatform> query, PlatformFilter filter)
    {
        if (filter.Type is { } type)
        {
            query = query.Where(p => p.Type == type);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(p => p.Level == level);
        }

        if (filter.HostOrganisationId is { } host)
        {
            query = query.Where(p => p.HostOrganisationId == host);
        }

        if (filter.State is { } state)
        {
            query = query.Where(p => p.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(p => p.Name.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q)) || p.CoBuilders.Any(c => c.Name.Contains(q)));
        }

        return query;
    }

    internal static DateOnly? DueOn(InnovationPlatform p) => p.State == PlatformState.Active
        ? EvaluationDueRule.DueOn(Facts(p, default))
        : null;

    private static DueFacts Facts(InnovationPlatform p, DateOnly today) =>
        new(p.Level, p.RecognisedOn, p.Evaluations.Count == 0 ? null : p.Evaluations.Max(e => e.EvaluatedOn), today);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks the input: the host and named co-builders are organisations of the zone; then the entry rules (422 naming the first failed).</summary>
    private async Task<PlatformSpec> SpecAsync(ZoneId zone, PlatformInput input, Guid? self, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == input.HostOrganisationId && o.ZoneId == zone, ct))
        {
            throw Refusal.Invalid("hostOrganisationId", "依托单位不存在，或不属于本园区。");
        }

        var coBuilders = (input.CoBuilders ?? []).ToList();
        var named = coBuilders.Where(c => c.OrganisationId is not null).Select(c => c.OrganisationId!.Value).Distinct().ToList();
        if (named.Count > 0 && await db.Organisations.CountAsync(o => named.Contains(o.Id) && o.ZoneId == zone, ct) != named.Count)
        {
            throw Refusal.Invalid("coBuilders", "共建单位中有机构不存在，或不属于本园区。");
        }

        if (coBuilders.Select(c => PlatformNames.Normalise(c.Name)).Distinct().Count() != coBuilders.Count)
        {
            throw Refusal.Invalid("coBuilders", "共建单位有重复。");
        }

        var spec = new PlatformSpec(input.Name, input.Type, input.Level, input.HostOrganisationId, input.RecognisedOn, input.DocumentNumber,
            coBuilders.Select(c => new CoBuilderSpec(c.Name, c.OrganisationId)).ToList(), input.Note);
        var others = await db.Set<InnovationPlatform>().AsNoTracking()
            .Where(p => p.ZoneId == zone && p.HostOrganisationId == input.HostOrganisationId && p.Id != self).Select(p => p.Name).ToListAsync(ct);
        Refusal.ThrowIfAnyFailed(PlatformRules.CheckEntry(spec, others, Today));
        return spec;
    }

    private static void Fresh(InnovationPlatform platform, int? seen)
    {
        if (seen is { } version && version != platform.Version)
        {
            throw Refusal.Conflict(Stale);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict(Stale);
        }
    }

    private async Task<InnovationPlatform> LoadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var platform = await Visible(actor).Include(p => p.CoBuilders).Include(p => p.Evaluations).Include(p => p.Equipment).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        return platform is not null && RecordAccess.MaySee(actor, PlatformsAccess.Platforms, platform.HostOrganisationId, platform.ZoneId.Value)
            ? platform
            : throw Refusal.NotFound(Word);
    }

    private IQueryable<InnovationPlatform> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<InnovationPlatform>().Where(p => p.ZoneId == zone);
        return actor.IsOrganisationBound ? query.Where(p => p.HostOrganisationId == actor.OrganisationId) : query;
    }

    private async Task<Dictionary<Guid, string>> HostNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private PlatformRow Row(InnovationPlatform p, Dictionary<Guid, string> names)
    {
        var due = DueOn(p);
        return new(p.Id, p.Name, p.Type, PlatformLabels.Type(p.Type), p.Level, PlatformLabels.Level(p.Level), p.HostOrganisationId,
            names.GetValueOrDefault(p.HostOrganisationId, string.Empty), p.RecognisedOn, p.DocumentNumber, p.State, PlatformLabels.State(p.State),
            p.CoBuilders.OrderBy(c => c.Order).Select(c => c.Name).ToList(), due, due is { } d && d < Today, p.Version);
    }

    private async Task<PlatformDetail> DetailAsync(Actor actor, InnovationPlatform p, CancellationToken ct)
    {
        var names = await HostNamesAsync([p.HostOrganisationId], ct);
        var due = DueOn(p);
        var check = p.State == PlatformState.Active ? new EvaluationDueRule().Check(Facts(p, Today)) : null;
        return new PlatformDetail(p.Id, p.Name, p.Type, PlatformLabels.Type(p.Type), p.Level, PlatformLabels.Level(p.Level), p.HostOrganisationId,
            names.GetValueOrDefault(p.HostOrganisationId, string.Empty), p.RecognisedOn, p.DocumentNumber, p.Note, p.State, PlatformLabels.State(p.State),
            p.RevokedOn, p.RevocationReason, EvaluationCycle.YearsFor(p.Level), due, check is { Passed: false }, check?.Message, p.Version,
            p.CoBuilders.OrderBy(c => c.Order).Select(c => new CoBuilderView(c.Name, c.OrganisationId)).ToList(),
            p.Evaluations.OrderByDescending(e => e.EvaluatedOn).Select(e => new EvaluationView(e.Id, e.EvaluatedOn, e.Result, PlatformLabels.Result(e.Result), e.Note)).ToList(),
            p.Equipment.OrderBy(e => e.Name).ThenBy(e => e.Id).Select(e => new EquipmentView(e.Id, e.Name, e.Model, e.Value.Yuan, e.OpenToOthers, e.BookingContact)).ToList(),
            p.State == PlatformState.Active && RecordAccess.MayChange(actor, PlatformsAccess.Platforms, p.HostOrganisationId, p.ZoneId.Value));
    }
}
