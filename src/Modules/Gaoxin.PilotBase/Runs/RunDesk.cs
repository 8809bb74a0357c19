using System.Globalization;
using System.Security.Cryptography;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Runs;

/// <summary>
/// The base's run records: operators record a run for a relay project, accept or return it; an accepted run is recorded
/// on the relay through <see cref="IRelayPilotRuns"/> in the same save. Organisation-bound users see only the runs of
/// their own organisation's projects. The API and the pages both call it; refusals are thrown as <see cref="Refusal"/>.
/// </summary>
internal sealed class RunDesk(GaoxinDbContext db, TimeProvider clock, IServiceProvider services)
{
    /// <summary>A report file's limit: 10 MB.</summary>
    public const long MaxReportBytes = 10 * 1024 * 1024;

    /// <summary>At most this many report files per run.</summary>
    public const int MaxReportsPerRun = 20;

    private IRelayPilotRuns Relay() => services.GetService<IRelayPilotRuns>() ?? throw Refusal.Unavailable("接力项目（科技成果转化）模块未启用，无法登记中试运行。");

    private static bool IsOperator(Actor actor) => PilotBaseAccess.Operators.Any(actor.IsIn);

    public IQueryable<PilotRun> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<PilotRun>().Where(r => r.ZoneId == zone);
        if (!PilotBaseAccess.Everyone.Any(actor.IsIn))
        {
            return query.Where(_ => false);
        }

        if (actor.IsOrganisationBound)
        {
            var org = actor.OrganisationId;
            query = query.Where(r => r.OrganisationId == org || r.LeadOrganisationId == org);
        }

        return query;
    }

    public async Task<Page<RunListItem>> ListAsync(Actor actor, RunFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Filter(Visible(actor).AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.StartedOn).ThenBy(r => r.BatchCode).Skip(page.Skip).Take(page.Size)
            .Select(r => new RunListItem(r.Id, r.BatchCode, r.ProjectId, r.ProjectCode, r.ProjectTitle, r.StartedOn, r.EndedOn, r.YieldPercent, r.Outcome, r.Status, r.RecordedBy))
            .ToListAsync(ct);
        return new Page<RunListItem>(items, page.Number, page.Size, total);
    }

    private static IQueryable<PilotRun> Filter(IQueryable<PilotRun> query, RunFilter f)
    {
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            query = query.Where(r => r.BatchCode.Contains(s) || r.ProjectCode.Contains(s) || r.ProjectTitle.Contains(s));
        }

        if (f.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (f.Outcome is { } outcome)
        {
            query = query.Where(r => r.Outcome == outcome);
        }

        if (f.ProjectId is { } project)
        {
            query = query.Where(r => r.ProjectId == project);
        }

        if (f.From is { } from)
        {
            query = query.Where(r => r.EndedOn >= from);
        }

        if (f.To is { } to)
        {
            query = query.Where(r => r.StartedOn <= to);
        }

        return query;
    }

    /// <summary>Every run the list shows under the filter, as the export's rows.</summary>
    public async Task<List<RunExportRow>> ExportRowsAsync(Actor actor, RunFilter filter, CancellationToken ct) =>
        (await Gaoxin.Kernel.Paging.Pages.AllAsync(p => ListAsync(actor, filter, p, ct)))
            .Select(r => new RunExportRow(r.BatchCode, r.ProjectCode, r.ProjectTitle, Day(r.StartedOn), Day(r.EndedOn), r.YieldPercent,
                PilotBaseText.Get("RunOutcome." + r.Outcome), PilotBaseText.Get("RunStatus." + r.Status), r.RecordedBy)).ToList();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<PilotRun> GetAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = Visible(actor);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw Refusal.NotFound("中试运行记录");
    }

    public async Task<RunDetail> DetailAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var r = await GetAsync(actor, id, ct);
        var measurements = (await db.Set<RunMeasurement>().AsNoTracking().Where(m => m.RunId == r.Id).ToListAsync(ct))
            .OrderBy(m => m.Id).Select(m => new MeasurementView(m.Name, m.Unit, m.TargetMin, m.TargetMax, m.Actual, m.Met)).ToList();
        var resources = await (from rr in db.Set<RunResource>().AsNoTracking()
                               join res in db.Set<Resource>().AsNoTracking() on rr.ResourceId equals res.Id
                               where rr.RunId == r.Id
                               orderby res.Code
                               select new RunResourceView(res.Id, res.Code, res.Name)).ToListAsync(ct);
        var reports = await db.Set<RunReport>().AsNoTracking().Where(x => x.RunId == r.Id).OrderBy(x => x.Id)
            .Select(x => new RunReportView(x.Id, x.FileName, x.ContentType, x.Content.Length, x.Sha256)).ToListAsync(ct);
        string? milestoneTitle = null;
        if (r.MilestoneId is { } milestoneId && services.GetService<IRelayPilotRuns>() is { } relay)
        {
            milestoneTitle = (await relay.FindAsync(actor.ZoneId, r.ProjectId, ct))?.PilotMilestones.FirstOrDefault(m => m.Id == milestoneId)?.Title;
        }

        return new RunDetail(r.Id, r.BatchCode, r.ProjectId, r.ProjectCode, r.ProjectTitle, r.MilestoneId, milestoneTitle, r.StartedOn, r.EndedOn, r.Inputs,
            r.YieldPercent, r.Outcome, r.Summary, r.Status, r.RecordedBy, r.RecordedAt, r.DecidedBy, r.DecidedAt, r.DecisionNote, r.Version,
            measurements, resources, reports, IsOperator(actor) && r.Status == RunStatus.Recorded);
    }

    /// <summary>The zone's projects at or past the pilot stage, with their pilot milestones and the targets the criteria set (the record form's choices).</summary>
    public async Task<IReadOnlyList<RunProjectOption>> ProjectOptionsAsync(Actor actor, CancellationToken ct)
    {
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        var stage = new RunNeedsPilotStageRule();
        return (await Relay().PilotProjectsAsync(actor.ZoneId, null, ct))
            .Where(p => stage.Check(p.Project.Stage).Passed)
            .Select(p => new RunProjectOption(p.Project.Id, p.Project.Code, p.Project.Title, p.Project.Stage.ToString(),
                p.PilotMilestones.Select(m => new RunMilestoneOption(m.Id, m.Title, m.Due, m.AcceptanceCriteria, m.State.ToString(), AcceptanceTargets.Parse(m.AcceptanceCriteria))).ToList()))
            .ToList();
    }

    /// <summary>
    /// Records a run for a relay project of the caller's zone at or past the pilot stage (<see cref="RunNeedsPilotStageRule"/>),
    /// on resources of the zone, with a batch code unique in the zone. Parameters the milestone's criteria name take its
    /// ranges (<see cref="TargetsFromMilestoneRule"/>); a run recorded as passed meets them all (<see cref="PassNeedsTargetsMetRule"/>).
    /// </summary>
    public async Task<RunDetail> RecordAsync(Actor actor, RunInput input, CancellationToken ct)
    {
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        RequestValidation.ThrowIfInvalid(input);
        var today = ZoneClock.Of(clock).Today;
        var errors = new Dictionary<string, string[]>();
        if (input.EndedOn < input.StartedOn)
        {
            errors["endedOn"] = ["结束日期不能早于开始日期。"];
        }
        else if (input.EndedOn > today)
        {
            errors["endedOn"] = ["运行记录登记已发生的运行：结束日期不能晚于今天。"];
        }

        var measurements = input.Measurements ?? [];
        if (measurements.GroupBy(m => m.Name.Trim()).Any(g => g.Count() > 1))
        {
            errors["measurements"] = ["同一参数只能登记一次。"];
        }

        RequestValidation.ThrowIfAny(errors);
        var project = await Relay().FindAsync(actor.ZoneId, input.ProjectId, ct) ?? throw Refusal.NotFound("项目");
        Refusal.ThrowIfAnyFailed([new RunNeedsPilotStageRule().Check(project.Project.Stage)]);
        RelayPilotMilestone? milestone = null;
        if (input.MilestoneId is { } milestoneId)
        {
            milestone = project.PilotMilestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw Refusal.Invalid("milestoneId", "该里程碑不是本项目中试方案的里程碑。");
        }

        var zone = new ZoneId(actor.ZoneId);
        var resourceIds = input.ResourceIds.Distinct().ToList();
        if (await db.Set<Resource>().CountAsync(r => r.ZoneId == zone && resourceIds.Contains(r.Id), ct) != resourceIds.Count)
        {
            throw Refusal.Invalid("resourceIds", "所选资源不存在或不属于本园区。");
        }

        // The milestone's criteria set the ranges of the parameters they name; the rest keep the ranges entered.
        var targets = AcceptanceTargets.Parse(milestone?.AcceptanceCriteria);
        var measured = new List<(string Name, string? Unit, decimal? Min, decimal? Max, decimal Actual)>();
        foreach (var m in measurements)
        {
            var name = m.Name.Trim();
            if (targets.FirstOrDefault(t => t.Name == name) is { } target)
            {
                Refusal.ThrowIfAnyFailed([new TargetsFromMilestoneRule().Check(new TargetFacts(name, m.TargetMin, m.TargetMax, target.Min, target.Max))]);
                measured.Add((name, string.IsNullOrWhiteSpace(m.Unit) ? target.Unit : m.Unit.Trim(), target.Min, target.Max, m.Actual));
            }
            else
            {
                if (m.TargetMin is { } min && m.TargetMax is { } max && min > max)
                {
                    throw Refusal.Invalid("measurements", $"“{name}”的目标下限大于上限。");
                }

                measured.Add((name, string.IsNullOrWhiteSpace(m.Unit) ? null : m.Unit.Trim(), m.TargetMin, m.TargetMax, m.Actual));
            }
        }

        var missing = targets.Select(t => t.Name).Where(n => measured.All(m => m.Name != n)).ToList();
        Refusal.ThrowIfAnyFailed([new PassNeedsTargetsMetRule().Check(new RunVerdictFacts(input.Outcome,
            measured.Select(m => new MeasuredValue(m.Name, m.Min, m.Max, m.Actual)).ToList(), missing))]);

        var batch = input.BatchCode.Trim();
        if (await db.Set<PilotRun>().AnyAsync(r => r.ZoneId == zone && r.BatchCode == batch, ct))
        {
            throw Refusal.Conflict($"批次号“{batch}”已登记过。");
        }

        var run = new PilotRun(zone, project.Project.Id, project.Project.Code, project.Project.Title, project.Project.LeadOrganisationId,
            project.Project.CompanyOrganisationId, milestone?.Id, batch, input.StartedOn, input.EndedOn, input.Inputs.Trim(), input.YieldPercent, input.Outcome,
            input.Summary.Trim(), actor.Name, clock.GetUtcNow());
        db.Add(run);
        db.AddRange(measured.Select(m => new RunMeasurement(zone, run.Id, m.Name, m.Unit, m.Min, m.Max, m.Actual)));
        db.AddRange(resourceIds.Select(id => new RunResource(zone, run.Id, id, null)));
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, run.Id, ct);
    }

    /// <summary>
    /// Accepts a recorded run and, in the same save, records it on the relay project: counted for the with-pilot cohort, and
    /// a passing run satisfies the pilot milestone it names (accepted by this operator).
    /// </summary>
    public async Task<RunDetail> AcceptAsync(Actor actor, Guid id, RunDecisionInput input, CancellationToken ct)
    {
        var run = await DecidableAsync(actor, id, ct);
        var relay = Relay();
        var now = clock.GetUtcNow();
        run.Accept(actor.Name, now, input.Note);
        var measurements = await db.Set<RunMeasurement>().AsNoTracking().Where(m => m.RunId == run.Id).OrderBy(m => m.Id).ToListAsync(ct);
        await relay.RecordAcceptedRunAsync(new AcceptedPilotRun(actor.ZoneId, run.ProjectId, run.Id, run.BatchCode, run.StartedOn, run.EndedOn,
            run.Outcome == RunOutcome.Passed, run.MilestoneId, Evidence(run, measurements), actor.Name, ZoneClock.Of(clock).Today, now), ct);
        await SaveAsync(ct);
        return await DetailAsync(actor, id, ct);
    }

    /// <summary>Returns a recorded run with the reason (<see cref="ReturnNeedsReasonRule"/>); the relay never hears of it.</summary>
    public async Task<RunDetail> ReturnAsync(Actor actor, Guid id, RunDecisionInput input, CancellationToken ct)
    {
        var run = await DecidableAsync(actor, id, ct);
        run.Return(actor.Name, clock.GetUtcNow(), input.Note);
        await SaveAsync(ct);
        return await DetailAsync(actor, id, ct);
    }

    private async Task<PilotRun> DecidableAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var run = await GetAsync(actor, id, ct, tracked: true);
        return IsOperator(actor) ? run : throw Refusal.Forbidden();
    }

    /// <summary>The milestone's evidence: the batch and its results, as the relay's evidence text (2,000 characters at most).</summary>
    internal static string Evidence(PilotRun run, IEnumerable<RunMeasurement> measurements)
    {
        var results = string.Join("；", measurements.Select(m =>
            $"{m.Name} {WithinTargetRule.Fmt(m.Actual)}{m.Unit}（目标 {WithinTargetRule.Fmt(m.TargetMin)}–{WithinTargetRule.Fmt(m.TargetMax)}，{(m.Met ? "达标" : "未达标")}）"));
        var text = $"中试基地运行记录：批次 {run.BatchCode}（{Day(run.StartedOn)} 至 {Day(run.EndedOn)}），{(run.Outcome == RunOutcome.Passed ? "通过" : "未通过")}"
            + (run.YieldPercent is { } y ? $"，良率 {WithinTargetRule.Fmt(y)}%" : string.Empty)
            + (results.Length > 0 ? $"；{results}" : string.Empty) + $"。{run.Summary}";
        return text.Length <= 2000 ? text : text[..1999] + "…";
    }

    /// <summary>Adds a report file (PDF, PNG, JPEG or .xlsx, told by its first bytes, 10 MB at most), kept with its SHA-256.</summary>
    public async Task<RunReportView> AddReportAsync(Actor actor, Guid id, string? fileName, Stream body, CancellationToken ct)
    {
        var run = await GetAsync(actor, id, ct);
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        var name = Path.GetFileName((fileName ?? string.Empty).Trim());
        if (name.Length is 0 or > 200)
        {
            throw Refusal.Invalid("fileName", "请提供文件名（不超过 200 字）。");
        }

        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxReportBytes)
        {
            throw Refusal.TooLarge($"文件超过 {MaxReportBytes / 1024 / 1024} MB。");
        }

        var type = ReportFileType(bytes, name) ?? throw Refusal.Invalid("file", "报告文件须为 PDF、PNG、JPEG 图片或 Excel（.xlsx）。");
        if (await db.Set<RunReport>().CountAsync(r => r.RunId == run.Id, ct) >= MaxReportsPerRun)
        {
            throw Refusal.Conflict($"每条运行记录至多上传 {MaxReportsPerRun} 个报告文件。");
        }

        var report = new RunReport(run.ZoneId, run.Id, name, type, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return new RunReportView(report.Id, report.FileName, report.ContentType, bytes.Length, report.Sha256);
    }

    /// <summary>The content type by the file's own first bytes (not by what the client claims); null when not an accepted kind.</summary>
    internal static string? ReportFileType(byte[] bytes, string fileName) => bytes switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
        [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x50, 0x4B, 0x03, 0x04, ..] when fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) => ExcelExport.ContentType,
        _ => null,
    };

    public async Task<RunReport> ReportAsync(Actor actor, Guid id, Guid reportId, CancellationToken ct)
    {
        var run = await GetAsync(actor, id, ct);
        return await db.Set<RunReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId && r.RunId == run.Id, ct) ?? throw Refusal.NotFound("报告文件");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict("该记录已被他人修改，请刷新后重试。");
        }
    }
}
