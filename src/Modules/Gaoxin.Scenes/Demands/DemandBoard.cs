using System.Globalization;
using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Demands;

/// <summary>
/// Technical demands (技术需求) from posting through moderation to closing. A firm posts for itself, an operator for any firm of
/// the zone; the operator publishes or refuses; an anonymous poster's name is shown only to the poster and the operators.
/// Every write checks the whole input first and saves once, so a refusal leaves nothing behind.
/// </summary>
public sealed class DemandBoard(GaoxinDbContext db, TimeProvider time)
{
    internal const string Word = "需求";

    /// <summary>What an anonymous poster is called where its name is hidden.</summary>
    public const string AnonymousName = "匿名企业";

    private static readonly DuplicatePostingRule Duplicates = new();

    private DateOnly Today => ZoneClock.Of(time).Today;

    public static bool IsOperator(Actor actor) => ScenesAccess.Operators.Any(actor.IsIn);

    /// <summary>
    /// Posts a demand (pending moderation). A posting that repeats an open demand of the zone is not saved: the answer names
    /// the earlier one, unless the caller acknowledged exactly that one.
    /// </summary>
    public async Task<DemandPosting> PostAsync(Actor actor, DemandInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var poster = await PosterAsync(actor, input.PosterOrganisationId, ct);
        Check(input);
        var text = Text(input.Title, input.Problem);
        var open = await OpenTextsAsync(zone, text, ct);
        var duplicate = Duplicates.Check(new DuplicateFacts(text, open));
        if (!duplicate.Passed && (input.AcknowledgeDuplicateOf is not { } acknowledged || acknowledged.ToString() != duplicate.Figures["duplicateOfId"]))
        {
            var id = Guid.Parse(duplicate.Figures["duplicateOfId"]);
            var title = await db.Set<Demand>().AsNoTracking().Where(d => d.Id == id).Select(d => d.Title).SingleAsync(ct);
            return new DemandPosting(null, new DuplicateOf(id, duplicate.Figures["duplicateOfCode"], title,
                decimal.Parse(duplicate.Figures["similarity"], CultureInfo.InvariantCulture), duplicate.Message));
        }

        var today = Today;
        for (var attempt = 1; ; attempt++)
        {
            var demand = new Demand
            {
                ZoneId = zone, Code = await NextCodeAsync(zone, today.Year, ct), PosterOrganisationId = poster.Id, Title = input.Title.Trim(),
                Problem = input.Problem.Trim(), Industry = input.Industry!.Value, ChainLink = Blank(input.ChainLink), BudgetMin = input.BudgetMin,
                BudgetMax = input.BudgetMax, Deadline = input.Deadline!.Value, Anonymous = input.Anonymous, PostedOn = today,
            };
            db.Add(demand);
            try
            {
                await db.SaveChangesAsync(ct);
                return new DemandPosting((await ViewsAsync(actor, [demand], ct))[0], null);
            }
            catch (DbUpdateException ex) when (attempt < 5 && ex is not DbUpdateConcurrencyException)
            {
                // Two postings took the same next code at once: the unique index refused the later one; take the next code.
                db.Entry(demand).State = EntityState.Detached;
                if (!await CodeTakenAsync(zone, demand.Code, ct))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>The poster edits its pending or published demand; a published one goes back to moderation.</summary>
    public async Task<DemandView> EditAsync(Actor actor, Guid id, DemandInput input, CancellationToken ct)
    {
        var demand = await FindAsync(actor, id, ct);
        if (!IsPoster(actor, demand))
        {
            throw Refusal.Forbidden("只有发布需求的企业可以修改需求。");
        }

        if (input.PosterOrganisationId is { } named && named != demand.PosterOrganisationId)
        {
            throw Refusal.Invalid("posterOrganisationId", "需求的发布单位不能修改。");
        }

        Check(input);
        CheckVersion(demand, input.Version);
        demand.Revise();
        demand.Title = input.Title.Trim();
        demand.Problem = input.Problem.Trim();
        demand.Industry = input.Industry!.Value;
        demand.ChainLink = Blank(input.ChainLink);
        demand.BudgetMin = input.BudgetMin;
        demand.BudgetMax = input.BudgetMax;
        demand.Deadline = input.Deadline!.Value;
        demand.Anonymous = input.Anonymous;
        await SaveAsync(ct);
        return (await ViewsAsync(actor, [demand], ct))[0];
    }

    public async Task<DemandView> PublishAsync(Actor actor, Guid id, PublishDemandInput input, CancellationToken ct)
    {
        RequireOperator(actor);
        RequestValidation.ThrowIfInvalid(input);
        var demand = await FindAsync(actor, id, ct);
        if (demand.Deadline < Today)
        {
            throw Refusal.Conflict($"该需求的截止日期 {demand.Deadline:yyyy-MM-dd} 已过，不能发布。");
        }

        Refusal.ThrowIfAnyFailed([new PlainTextRule().Check(new PlainTextFacts(input.Note))]);
        demand.Publish(Today, Blank(input.Note));
        await SaveAsync(ct);
        return (await ViewsAsync(actor, [demand], ct))[0];
    }

    public async Task<DemandView> RejectAsync(Actor actor, Guid id, RejectDemandInput input, CancellationToken ct)
    {
        RequireOperator(actor);
        RequestValidation.ThrowIfInvalid(input);
        var demand = await FindAsync(actor, id, ct);
        FieldRule("reason", new PlainTextRule().Check(new PlainTextFacts(input.Reason)));
        demand.Reject(input.Reason.Trim());
        await SaveAsync(ct);
        return (await ViewsAsync(actor, [demand], ct))[0];
    }

    /// <summary>The poster or an operator closes a demand.</summary>
    public async Task<DemandView> CloseAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var demand = await FindAsync(actor, id, ct);
        if (!IsPoster(actor, demand) && !IsOperator(actor))
        {
            // Another firm's published demand is readable but not its to close: as with any record it may not act on, not found.
            throw Refusal.NotFound(Word);
        }

        demand.Close(null);
        await SaveAsync(ct);
        return (await ViewsAsync(actor, [demand], ct))[0];
    }

    /// <summary>
    /// Merges two open demands that say the same thing: the newer posting is closed into the earlier one. The poster of both
    /// or an operator only.
    /// </summary>
    public async Task<DemandView> MergeAsync(Actor actor, Guid id, MergeDemandInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var one = await FindAsync(actor, id, ct);
        if (input.TargetId == id)
        {
            throw Refusal.Invalid("targetId", "不能与自身合并。");
        }

        var other = await Visible(actor).SingleOrDefaultAsync(d => d.Id == input.TargetId, ct) ?? throw Refusal.Invalid("targetId", "要合并的需求不存在于本园区。");
        if (!IsOperator(actor) && !(IsPoster(actor, one) && IsPoster(actor, other)))
        {
            throw Refusal.Forbidden("只有两条需求的同一发布企业或运营人员可以合并需求。");
        }

        foreach (var d in new[] { one, other })
        {
            if (d.Status is not (DemandStatus.Pending or DemandStatus.Published))
            {
                throw Refusal.Conflict($"需求 {d.Code} 已不在待审核或已发布状态，不能合并。");
            }
        }

        var (older, newer) = IsEarlier(one, other) ? (one, other) : (other, one);
        newer.Close(older.Id);
        await SaveAsync(ct);
        return (await ViewsAsync(actor, [newer], ct))[0];
    }

    public async Task<DemandView> GetAsync(Actor actor, Guid id, CancellationToken ct) =>
        (await ViewsAsync(actor, [await FindAsync(actor, id, ct, tracked: false)], ct))[0];

    /// <summary>One page, newest first: operators see every demand, a poster its own in every status and others' published, everyone else published ones.</summary>
    public async Task<Page<DemandView>> ListAsync(Actor actor, DemandFilter filter, PageRequest page, CancellationToken ct)
    {
        var q = Visible(actor).AsNoTracking();
        if (filter.Industry is { } industry)
        {
            q = q.Where(d => d.Industry == industry);
        }

        if (filter.Status is { } status)
        {
            q = q.Where(d => d.Status == status);
        }

        if (filter.Poster is { } poster)
        {
            // Filtering by poster must not unmask an anonymous one: only the poster itself and the operators match anonymous rows.
            var own = actor.OrganisationId;
            var sees = IsOperator(actor);
            q = q.Where(d => d.PosterOrganisationId == poster && (!d.Anonymous || sees || d.PosterOrganisationId == own));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var s = filter.Q.Trim();
            q = q.Where(d => d.Title.Contains(s) || d.Code.Contains(s) || d.Problem.Contains(s) || (d.ChainLink != null && d.ChainLink.Contains(s)));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(d => d.PostedOn).ThenByDescending(d => d.Code).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<DemandView>(await ViewsAsync(actor, rows, ct), page.Number, page.Size, total);
    }

    /// <summary>The zone's firms an operator may post for (enterprises and vehicle operators).</summary>
    public Task<List<(Guid Id, string Name)>> PostersAsync(Actor actor, CancellationToken ct) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.ZoneId == new ZoneId(actor.ZoneId) && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator))
            .OrderBy(o => o.Name).Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync(ct);

    internal static DemandExportRow ExportRow(DemandView d) => new(d.Code, d.Title, d.PosterName, d.Anonymous ? "是" : string.Empty, d.IndustryText,
        d.ChainLink ?? string.Empty, d.BudgetMin, d.BudgetMax, Day(d.Deadline), d.StatusText, Day(d.PostedOn), d.PublishedOn is { } p ? Day(p) : string.Empty,
        d.ModerationNote ?? string.Empty, d.Problem);

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every check of a posting or an edit, reported together by field, before anything is saved.</summary>
    internal void Check(DemandInput input)
    {
        var errors = RequestValidation.Errors(input).ToDictionary(e => e.Key, e => e.Value.ToList(), StringComparer.Ordinal);
        void Add(string field, RuleOutcome outcome)
        {
            if (!outcome.Passed)
            {
                (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(outcome.Message);
            }
        }

        var plain = new PlainTextRule();
        Add("title", plain.Check(new PlainTextFacts(input.Title)));
        Add("problem", plain.Check(new PlainTextFacts(input.Problem)));
        Add("chainLink", plain.Check(new PlainTextFacts(input.ChainLink)));
        if (string.IsNullOrWhiteSpace(input.Title) && !errors.ContainsKey("title"))
        {
            errors["title"] = ["请填写需求名称。"];
        }

        if (string.IsNullOrWhiteSpace(input.Problem) && !errors.ContainsKey("problem"))
        {
            errors["problem"] = ["请描述技术难题。"];
        }

        Add(input.BudgetMin is < 0 or > BudgetRangeRule.Ceiling ? "budgetMin" : "budgetMax", new BudgetRangeRule().Check(new BudgetFacts(input.BudgetMin, input.BudgetMax)));
        if (input.Deadline is { } deadline)
        {
            Add("deadline", new DeadlineWindowRule().Check(new DeadlineFacts(deadline, Today)));
        }

        RequestValidation.ThrowIfAny(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void FieldRule(string field, RuleOutcome outcome)
    {
        if (!outcome.Passed)
        {
            throw Refusal.Invalid(field, outcome.Message);
        }
    }

    private static string Text(string title, string problem) => title + "\n" + problem;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool IsEarlier(Demand a, Demand b) =>
        a.PostedOn < b.PostedOn || (a.PostedOn == b.PostedOn && string.CompareOrdinal(a.Code, b.Code) < 0);

    private static bool IsPoster(Actor actor, Demand d) =>
        actor.IsOrganisationBound && ScenesAccess.Posters.Any(actor.IsIn) && actor.OrganisationId == d.PosterOrganisationId;

    private static void RequireOperator(Actor actor)
    {
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden("只有管委会或创新中心可以审核需求。");
        }
    }

    private static void CheckVersion(Demand d, int? expected)
    {
        if (expected is { } v && v != d.Version)
        {
            throw Refusal.Conflict("该需求已被他人修改，请刷新后重试。");
        }
    }

    /// <summary>The firm a posting is for: its own for a firm's user, the named zone firm for an operator.</summary>
    private async Task<Organisation> PosterAsync(Actor actor, Guid? named, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        Guid id;
        if (actor.IsOrganisationBound)
        {
            if (!ScenesAccess.Posters.Any(actor.IsIn) || actor.OrganisationId is not { } own || (named is { } n && n != own))
            {
                throw Refusal.Forbidden("企业只能为本企业发布需求。");
            }

            id = own;
        }
        else
        {
            if (!IsOperator(actor))
            {
                throw Refusal.Forbidden();
            }

            id = named ?? throw Refusal.Invalid("posterOrganisationId", "请选择发布需求的企业。");
        }

        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.ZoneId == zone
                && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator), ct)
            ?? throw Refusal.Invalid("posterOrganisationId", "发布需求的企业不存在于本园区。");
    }

    /// <summary>
    /// The open demands that could be duplicates of <paramref name="text"/>, narrowed in SQL on a condition every duplicate meets:
    /// Jaccard ≥ t needs |A∩B| ≥ t·|A∪B| ≥ t·|A|, so the candidate's stored normalised text contains at least ⌈t·|A|⌉ of the
    /// posting's bigrams (counted over at most <see cref="DuplicateCandidates.MaxTerms"/> of them, the shortfall subtracted), and is
    /// at least that many bigrams long. The rule then scores the few that remain.
    /// </summary>
    private async Task<List<OpenDemandText>> OpenTextsAsync(ZoneId zone, string text, CancellationToken ct)
    {
        var q = db.Set<Demand>().AsNoTracking().Where(d => d.ZoneId == zone && (d.Status == DemandStatus.Pending || d.Status == DemandStatus.Published));
        if (DuplicateCandidates.Filter(text) is not { } filter)
        {
            return [];
        }

        return (await q.Where(filter).Select(d => new { d.Id, d.Code, d.Title, d.Problem }).ToListAsync(ct))
            .Select(d => new OpenDemandText(d.Id, d.Code, Text(d.Title, d.Problem))).ToList();
    }

    private IQueryable<Demand> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<Demand>().Where(d => d.ZoneId == zone);
        if (IsOperator(actor))
        {
            return q;
        }

        if (actor.IsOrganisationBound && ScenesAccess.Posters.Any(actor.IsIn) && actor.OrganisationId is { } own)
        {
            return q.Where(d => d.PosterOrganisationId == own || d.Status == DemandStatus.Published);
        }

        return q.Where(d => d.Status == DemandStatus.Published);
    }

    private async Task<Demand> FindAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = true)
    {
        var q = Visible(actor);
        if (!tracked)
        {
            q = q.AsNoTracking();
        }

        return await q.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw Refusal.NotFound(Word);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict("该需求已被他人处理，请刷新后重试。");
        }
    }

    private Task<bool> CodeTakenAsync(ZoneId zone, string code, CancellationToken ct) =>
        db.Set<Demand>().AsNoTracking().AnyAsync(d => d.ZoneId == zone && d.Code == code, ct);

    /// <summary>XQ-{year}-{serial}: the zone's highest serial of the year plus one (the unique index and a retry settle a race).</summary>
    private async Task<string> NextCodeAsync(ZoneId zone, int year, CancellationToken ct)
    {
        var prefix = $"XQ-{year}-";
        var codes = await db.Set<Demand>().AsNoTracking().Where(d => d.ZoneId == zone && d.Code.StartsWith(prefix)).Select(d => d.Code).ToListAsync(ct);
        var last = codes.Select(c => int.TryParse(c[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return prefix + (last + 1).ToString("D3", CultureInfo.InvariantCulture);
    }

    internal async Task<List<DemandView>> ViewsAsync(Actor actor, IReadOnlyList<Demand> rows, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var ids = rows.Select(r => r.PosterOrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var mergedIds = rows.Where(r => r.MergedIntoId != null).Select(r => r.MergedIntoId!.Value).Distinct().ToList();
        var merged = await db.Set<Demand>().AsNoTracking().Where(d => d.ZoneId == zone && mergedIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var today = Today;
        var op = IsOperator(actor);
        return rows.Select(d =>
        {
            var mine = IsPoster(actor, d);
            var unmasked = !d.Anonymous || mine || op;
            var open = d.Status is DemandStatus.Pending or DemandStatus.Published;
            return new DemandView(d.Id, d.Code, d.Title, d.Problem, d.Industry, DemandLabels.Of(d.Industry), d.ChainLink, d.BudgetMin, d.BudgetMax, d.Deadline,
                d.Anonymous, unmasked ? d.PosterOrganisationId : null, unmasked ? names.GetValueOrDefault(d.PosterOrganisationId, string.Empty) : AnonymousName,
                d.PostedOn, d.PublishedOn, d.Status, DemandLabels.Of(d, today), d.IsExpiredOn(today), mine || op ? d.ModerationNote : PublicNote(d),
                d.MergedIntoId, d.MergedIntoId is { } m ? merged.GetValueOrDefault(m) : null, d.Version,
                mine && open, op && d.Status == DemandStatus.Pending, (mine || op) && open);
        }).ToList();
    }

    /// <summary>A publication note is public; a refusal's reason is for the poster and the operators only.</summary>
    private static string? PublicNote(Demand d) => d.Status == DemandStatus.Published ? d.ModerationNote : null;
}
