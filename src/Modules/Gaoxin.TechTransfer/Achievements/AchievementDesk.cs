using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Data.Operations;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.TechTransfer.Achievements;

public sealed class AchievementInput
{
    [Required(ErrorMessage = "请填写成果名称。"), StringLength(200, ErrorMessage = "成果名称不超过 200 字。")]
    public string Title { get; set; } = string.Empty;

    [StringLength(2000, ErrorMessage = "简介不超过 2000 字。")]
    public string? Summary { get; set; }

    /// <summary>Required for zone staff; organisation-bound users always submit for their own organisation.</summary>
    public Guid? OwnerOrganisationId { get; set; }

    public AchievementOrigin Origin { get; set; } = AchievementOrigin.BroughtIn;

    public AchievementKind Kind { get; set; } = AchievementKind.InventionPatent;

    [Range(1, 9, ErrorMessage = "技术成熟度应为 1 到 9 级（GB/T 22900）。")]
    public int Readiness { get; set; } = 4;

    public ZoneIndustry Industry { get; set; } = ZoneIndustry.NewEnergy;

    public List<string> Patents { get; set; } = [];

    /// <summary>On an edit: the <see cref="AchievementListItem.Version"/> the editor saw; a different current one is refused 409. Ignored on create.</summary>
    [StringLength(64)]
    public string? Version { get; set; }
}

/// <param name="Version">A fingerprint of the editable fields: an edit names it so a change made meanwhile is not overwritten.</param>
public sealed record AchievementListItem(Guid Id, string Title, string Owner, AchievementOrigin Origin, AchievementKind Kind, int Readiness, ZoneIndustry Industry,
    DateOnly SubmittedOn, IReadOnlyList<string> Patents, string? Summary, Guid OwnerOrganisationId, string Version);

public sealed record AchievementFilter(string? Search, AchievementKind? Kind, ZoneIndustry? Industry, Guid? OwnerOrganisationId);

public sealed record ImportError(int Row, string Column, string Message);

/// <summary>What an import found and did: every bad row and column named; nothing saved from a file with errors unless asked.</summary>
public sealed record ImportReport(int Rows, int ValidRows, int Saved, bool ValidRowsOnly, IReadOnlyList<ImportError> Errors);

/// <summary>Achievements (科技成果): submitted one by one or in batches from Excel by universities and institutes.</summary>
internal sealed class AchievementDesk(GaoxinDbContext db, TimeProvider clock, IAchievementUses uses, GaoxinMetrics metrics)
{
    public const int MaxRows = 5_000;

    private static readonly string[] RequiredColumns = ["成果名称", "类型", "技术成熟度", "产业"];

    public static readonly IReadOnlyList<string> Columns = ["成果名称", "简介", "来源", "类型", "技术成熟度", "产业", "专利号", "所属单位"];

    public IQueryable<Achievement> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Achievement>().Where(a => a.ZoneId == zone);
        if (!actor.Roles.Any(TechTransferAccess.Records.CanSee.Contains))
        {
            return query.Where(_ => false);
        }

        return actor.IsOrganisationBound ? query.Where(a => a.OwnerOrganisationId == actor.OrganisationId) : query;
    }

    public async Task<Page<AchievementListItem>> ListAsync(Actor actor, AchievementFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            query = query.Where(a => a.Title.Contains(s) || a.Patents.Any(p => p.Number.Contains(s)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter.Industry is { } industry)
        {
            query = query.Where(a => a.Industry == industry);
        }

        if (filter.OwnerOrganisationId is { } owner)
        {
            query = query.Where(a => a.OwnerOrganisationId == owner);
        }

        var total = await query.CountAsync(ct);
        var rows = await (from a in query.OrderByDescending(a => a.SubmittedOn).ThenBy(a => a.Title).Skip(page.Skip).Take(page.Size)
                          join o in db.Organisations.AsNoTracking() on a.OwnerOrganisationId equals o.Id
                          select new { a.Id, a.Title, a.Summary, a.OwnerOrganisationId, Owner = o.Name, a.Origin, a.Kind, a.Readiness, a.Industry, a.SubmittedOn, Patents = a.Patents.Select(p => p.Number).ToList() })
            .ToListAsync(ct);
        return new Page<AchievementListItem>(rows.Select(r => new AchievementListItem(r.Id, r.Title, r.Owner, r.Origin, r.Kind, r.Readiness, r.Industry, r.SubmittedOn, r.Patents, r.Summary,
                r.OwnerOrganisationId, Fingerprint(r.Title, r.Summary, r.OwnerOrganisationId, r.Origin, r.Kind, r.Readiness, r.Industry, r.Patents))).ToList(),
            page.Number, page.Size, total);
    }

    public async Task<AchievementListItem> CreateAsync(Actor actor, AchievementInput input, CancellationToken ct)
    {
        if (!actor.Roles.Any(TechTransferAccess.Submitters.Contains))
        {
            throw Refusal.Forbidden();
        }

        var (owner, ownerName, patents) = await CheckedAsync(actor, input, input.OwnerOrganisationId, ct);
        var a = Build(actor, input, owner, patents);
        db.Add(a);
        await db.SaveChangesAsync(ct);
        return Item(a, ownerName);
    }

    /// <summary>
    /// Edits an achievement: the same checks as a registration; owners edit their own, operators and the admin any of the
    /// zone's (others get 404 as if it were not there). A version other than the current one is refused 409.
    /// </summary>
    public async Task<AchievementListItem> ChangeAsync(Actor actor, Guid id, AchievementInput input, CancellationToken ct)
    {
        var a = await ChangeableAsync(actor, id, ct);
        if (input.Version is { } seen && seen != Fingerprint(a))
        {
            throw Refusal.Conflict(ChangedMeanwhile);
        }

        // An organisation-bound user keeps the owner; zone staff may move it to another organisation of the zone.
        var (owner, ownerName, patents) = await CheckedAsync(actor, input, actor.IsOrganisationBound ? a.OwnerOrganisationId : input.OwnerOrganisationId ?? a.OwnerOrganisationId, ct);
        a.Title = input.Title.Trim();
        a.Summary = input.Summary?.Trim();
        a.OwnerOrganisationId = owner;
        a.Origin = input.Origin;
        a.Kind = input.Kind;
        a.Readiness = input.Readiness;
        a.Industry = input.Industry;
        foreach (var gone in a.Patents.Where(p => !patents.Contains(p.Number)).ToList())
        {
            a.Patents.Remove(gone);
            db.Remove(gone);
        }

        var kept = a.Patents.Select(p => p.Number).ToHashSet();
        a.Patents.AddRange(patents.Where(n => !kept.Contains(n)).Select(n => new AchievementPatent { ZoneId = a.ZoneId, AchievementId = a.Id, Number = n }));
        await db.SaveChangesAsync(ct);
        return Item(a, ownerName);
    }

    /// <summary>Deletes an achievement no relay project uses (refused naming the projects that do); the audit trail keeps what it was.</summary>
    public async Task DeleteAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var a = await ChangeableAsync(actor, id, ct);
        var outcome = new AchievementNotInUseRule().Check(await uses.ProjectsUsingAsync(a.Id, ct));
        if (!outcome.Passed)
        {
            throw Refusal.ByRule(outcome);
        }

        db.Remove(a);
        await db.SaveChangesAsync(ct);
    }

    public const string ChangedMeanwhile = "该成果已被他人修改，请刷新后重新编辑。";

    private async Task<Achievement> ChangeableAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var a = await Visible(actor).Include(x => x.Patents).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw Refusal.NotFound("科技成果");
        return RecordAccess.MayChange(actor, TechTransferAccess.Records, a.OwnerOrganisationId, a.ZoneId.Value) ? a : throw Refusal.Forbidden();
    }

    private static AchievementListItem Item(Achievement a, string owner)
    {
        var patents = a.Patents.Select(p => p.Number).ToList();
        return new AchievementListItem(a.Id, a.Title, owner, a.Origin, a.Kind, a.Readiness, a.Industry, a.SubmittedOn, patents, a.Summary, a.OwnerOrganisationId,
            Fingerprint(a.Title, a.Summary, a.OwnerOrganisationId, a.Origin, a.Kind, a.Readiness, a.Industry, patents));
    }

    private static string Fingerprint(Achievement a) =>
        Fingerprint(a.Title, a.Summary, a.OwnerOrganisationId, a.Origin, a.Kind, a.Readiness, a.Industry, a.Patents.Select(p => p.Number));

    /// <summary>A short hash of what an edit can change: no schema column needed, and any change (by anyone) changes it.</summary>
    private static string Fingerprint(string title, string? summary, Guid owner, AchievementOrigin origin, AchievementKind kind, int readiness, ZoneIndustry industry,
        IEnumerable<string> patents)
    {
        var text = string.Join('\u001f', title, summary ?? string.Empty, owner.ToString("N"), (int)origin, (int)kind, readiness, (int)industry,
            string.Join('\u001e', patents.Order(StringComparer.Ordinal)));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
    }

    private Achievement Build(Actor actor, AchievementInput input, Guid owner, IReadOnlyList<string> patents)
    {
        var zone = new ZoneId(actor.ZoneId);
        var a = new Achievement
        {
            ZoneId = zone,
            Title = input.Title.Trim(),
            Summary = input.Summary?.Trim(),
            OwnerOrganisationId = owner,
            Origin = input.Origin,
            Kind = input.Kind,
            Readiness = input.Readiness,
            Industry = input.Industry,
            SubmittedOn = ZoneClock.Of(clock).Today,
        };
        a.Patents.AddRange(patents.Select(n => new AchievementPatent { ZoneId = zone, AchievementId = a.Id, Number = n }));
        return a;
    }

    /// <summary>The checks a registration and an edit share: annotations, the owner in the caller's zone, patent numbers; all errors at once.</summary>
    private async Task<(Guid Owner, string OwnerName, List<string> Patents)> CheckedAsync(Actor actor, AchievementInput input, Guid? ownerId, CancellationToken ct)
    {
        var errors = InputCheck.Annotations(input);
        var (owner, ownerName, ownerError) = await OwnerAsync(actor, ownerId, ct);
        if (ownerError is not null)
        {
            errors["ownerOrganisationId"] = [ownerError];
        }

        var patents = Patents(input.Patents, out var patentErrors);
        if (patentErrors.Count > 0)
        {
            errors["patents"] = [.. patentErrors];
        }

        InputCheck.ThrowIfAny(errors);
        return (owner!.Value, ownerName!, patents);
    }

    private async Task<(Guid? Id, string? Name, string? Error)> OwnerAsync(Actor actor, Guid? requested, CancellationToken ct)
    {
        var id = actor.IsOrganisationBound ? actor.OrganisationId : requested;
        var zone = new ZoneId(actor.ZoneId);
        var name = id is null ? null : await db.Organisations.Where(o => o.Id == id && o.ZoneId == zone).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return name is null ? (null, null, "请选择本园区内的成果所属单位。") : (id, name, null);
    }

    private List<string> Patents(IEnumerable<string> numbers, out List<string> errors)
    {
        errors = [];
        var result = new List<string>();
        foreach (var n in numbers.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            if (PatentNumber.TryNormalise(n, ZoneClock.Of(clock).Today.Year, out var normalised, out var error))
            {
                if (!result.Contains(normalised))
                {
                    result.Add(normalised);
                }
            }
            else
            {
                errors.Add(error);
            }
        }

        return result;
    }

    /// <summary>An empty template with the headers, for a university's batch.</summary>
    public static MemoryStream Template()
    {
        var stream = new MemoryStream();
        stream.SaveAs(new[] { Columns.ToDictionary(c => c, c => (object?)null) }, sheetName: "科技成果");
        stream.Position = 0;
        return stream;
    }

    public async Task<MemoryStream> ExportAsync(Actor actor, AchievementFilter filter, CancellationToken ct)
    {
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => ListAsync(actor, filter, p, ct));
        var data = rows.Select(r => new Dictionary<string, object?>
        {
            ["成果名称"] = r.Title, ["简介"] = null, ["来源"] = Labels.Origin(r.Origin), ["类型"] = Labels.Kind(r.Kind), ["技术成熟度"] = r.Readiness,
            ["产业"] = Labels.Industry(r.Industry), ["专利号"] = string.Join("；", r.Patents), ["所属单位"] = r.Owner,
        }).ToList();
        return await ExcelExport.WorkbookAsync(data.Count > 0 ? data : [Columns.ToDictionary(c => c, c => (object?)null)], "科技成果", ct);
    }

    /// <summary>
    /// Imports a batch: every row validated (name, origin, kind, readiness, industry, patents with their check
    /// character, owner), each problem named by row and column. A file with errors saves nothing unless the user asks
    /// for the valid rows only; then exactly those are saved, in one transaction.
    /// </summary>
    public async Task<ImportReport> ImportAsync(Actor actor, Stream file, bool validRowsOnly, CancellationToken ct)
    {
        var report = await ReadAndStoreAsync(actor, file, validRowsOnly, ct);
        metrics.Imported("tech-transfer.achievements", report.Saved > 0);
        return report;
    }

    private async Task<ImportReport> ReadAndStoreAsync(Actor actor, Stream file, bool validRowsOnly, CancellationToken ct)
    {
        if (!actor.Roles.Any(TechTransferAccess.Submitters.Contains))
        {
            return new ImportReport(0, 0, 0, validRowsOnly, [new ImportError(0, "文件", "您无权导入科技成果。")]);
        }

        SpreadsheetLimits.Check(file);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or ArgumentException)
        {
            return new ImportReport(0, 0, 0, validRowsOnly, [new ImportError(0, "文件", "无法读取：请上传 .xlsx 格式的科技成果模板。")]);
        }

        if (rows.Count > MaxRows)
        {
            return new ImportReport(rows.Count, 0, 0, validRowsOnly, [new ImportError(0, "文件", $"行数超过上限 {MaxRows}，请分批导入。")]);
        }

        var headers = rows.FirstOrDefault()?.Keys.ToHashSet() ?? [];
        var missing = RequiredColumns.Where(h => !headers.Contains(h)).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            return new ImportReport(rows.Count, 0, 0, validRowsOnly, [new ImportError(1, "表头", rows.Count == 0 ? "文件中没有数据行。" : "缺少必需的列：" + string.Join("、", missing))]);
        }

        var zone = new ZoneId(actor.ZoneId);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone).ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var errors = new List<ImportError>();
        var valid = new List<Achievement>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + 2;
            var before = errors.Count;
            string? Cell(string column) => rows[i].TryGetValue(column, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() : null;
            void Error(string column, string message) => errors.Add(new ImportError(row, column, message));

            var input = new AchievementInput { Title = Cell("成果名称") ?? string.Empty, Summary = Cell("简介") };
            if (string.IsNullOrWhiteSpace(input.Title))
            {
                Error("成果名称", "不能为空。");
            }
            else if (input.Title.Length > 200)
            {
                Error("成果名称", "不超过 200 字。");
            }

            if (input.Summary is { Length: > 2000 })
            {
                Error("简介", "不超过 2000 字。");
            }

            if (Labels.ParseOrigin(Cell("来源")) is { } origin)
            {
                input.Origin = origin;
            }
            else if (!string.IsNullOrWhiteSpace(Cell("来源")))
            {
                Error("来源", $"“{Cell("来源")}”不是有效来源：应为 外引 或 内育。");
            }

            if (Labels.ParseKind(Cell("类型")) is { } kind)
            {
                input.Kind = kind;
            }
            else
            {
                Error("类型", $"“{Cell("类型")}”不是有效类型：应为 {string.Join("、", Enum.GetValues<AchievementKind>().Select(Labels.Kind))} 之一。");
            }

            if (int.TryParse(Cell("技术成熟度"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var trl) && trl is >= 1 and <= 9)
            {
                input.Readiness = trl;
            }
            else
            {
                Error("技术成熟度", $"“{Cell("技术成熟度")}”无效：应为 1 到 9 的整数（GB/T 22900）。");
            }

            if (Labels.ParseIndustry(Cell("产业")) is { } industry)
            {
                input.Industry = industry;
            }
            else
            {
                Error("产业", $"“{Cell("产业")}”不是园区产业：应为 {string.Join("、", Enum.GetValues<ZoneIndustry>().Select(Labels.Industry))} 之一。");
            }

            var patents = Patents((Cell("专利号") ?? string.Empty).Split(['；', ';', '，', ',', '\n'], StringSplitOptions.RemoveEmptyEntries), out var patentErrors);
            patentErrors.ForEach(e => Error("专利号", e));

            Guid? owner = null;
            if (actor.IsOrganisationBound)
            {
                owner = actor.OrganisationId;
            }
            else if (Cell("所属单位") is { Length: > 0 } name && organisations.TryGetValue(name, out var found))
            {
                owner = found;
            }
            else
            {
                Error("所属单位", string.IsNullOrWhiteSpace(Cell("所属单位")) ? "不能为空。" : $"“{Cell("所属单位")}”不在本园区机构名录中。");
            }

            if (errors.Count == before && owner is not null)
            {
                valid.Add(Build(actor, input, owner.Value, patents));
            }
        }

        if (errors.Count > 0 && !validRowsOnly)
        {
            return new ImportReport(rows.Count, valid.Count, 0, validRowsOnly, errors);
        }

        db.AddRange(valid);
        await db.SaveChangesAsync(ct);
        return new ImportReport(rows.Count, valid.Count, valid.Count, validRowsOnly, errors);
    }
}
