using Gaoxin.Contracts.Enterprises;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Services.ServicePage;

/// <summary>What a due thing is.</summary>
public enum DueKind
{
    /// <summary>证书到期</summary>
    Certificate = 1,
    /// <summary>荣誉到期</summary>
    Honour = 2,
    /// <summary>科技型中小企业评价</summary>
    TechSmeEvaluation = 3,
    /// <summary>年度数据填报</summary>
    AnnualData = 4,
    /// <summary>项目节点（资金拨付）</summary>
    Milestone = 5,
}

public sealed record DueItem(string Key, DueKind Kind, string Title, string Message, DateOnly DueOn, int DaysLeft, DueStanding Standing, string Rule);

public sealed record ItemClock(Guid Id, string Item, string Department, ItemStatus Status, int LimitDays, DateOnly DueOn, int RemainingDays, bool Paused, bool Overdue);

public sealed record ApplicationClock(Guid Id, string Number, string Title, DateTimeOffset SubmittedAt, IReadOnlyList<ItemClock> Items);

public sealed record EnterpriseServicePageView(Guid OrganisationId, string Name, DateOnly AsOf, bool CalendarProvisional,
    IReadOnlyList<ApplicationClock> Applications, bool RegistryAvailable, IReadOnlyList<AgendaPolicy> Policies, decimal PolicyAmount,
    IReadOnlyList<DueItem> Due, IReadOnlyList<NoticeView> Notices);

/// <summary>
/// 一企一页: an enterprise's applications in progress with each item's clock in working days, the policies it qualifies
/// for, what is due (certificates, the 科技型中小企业 evaluation, annual data, project milestones) and its latest notices.
/// The registry and the relay are read through their contracts, resolved with GetService: without them the page still shows the rest.
/// An enterprise user reaches only its own organisation (another's is not found); zone staff reach any enterprise of the zone.
/// </summary>
public sealed class EnterpriseServicePage(GaoxinDbContext db, ZoneCalendar calendars, TimeProvider time, IServiceProvider services)
{
    public const int NoticeCount = 10;

    public async Task<EnterpriseServicePageView> ForAsync(Actor actor, Guid organisationId, CancellationToken ct)
    {
        var org = await EnterpriseAsync(actor, organisationId, ct);
        var zone = new ZoneId(actor.ZoneId);
        var today = ZoneClock.Of(time).Today;
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var applications = await ClocksAsync(zone, organisationId, today, calendar, ct);
        var agenda = services.GetService<IEnterpriseAgenda>() is { } source ? await source.ForOrganisationAsync(actor.ZoneId, organisationId, ct) : null;
        var due = await DueAsync(zone, organisationId, today, agenda, ct);
        var notices = await db.Set<Notice>().AsNoTracking()
            .Where(n => n.ZoneId == zone && (n.OrganisationId == organisationId && n.UserId == null || (n.UserId == actor.UserId && actor.OrganisationId == organisationId)))
            .OrderByDescending(n => n.CreatedAt).Take(NoticeCount)
            .Select(n => new NoticeView(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt, n.UserId == null)).ToListAsync(ct);
        var policies = agenda?.MatchedPolicies ?? [];
        return new EnterpriseServicePageView(org.Id, org.Name, today, !calendar.Covers(today.Year), applications, agenda is not null, policies,
            policies.Sum(p => p.Amount ?? 0), due, notices);
    }

    /// <summary>The organisation as a page the actor may open: an enterprise (or vehicle operator) of the actor's zone, their own when they are bound to one.</summary>
    public async Task<Organisation> EnterpriseAsync(Actor actor, Guid organisationId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (actor.IsOrganisationBound && actor.OrganisationId != organisationId)
        {
            throw Refusal.NotFound("企业");
        }

        return await db.Set<Organisation>().AsNoTracking()
                   .FirstOrDefaultAsync(o => o.Id == organisationId && o.ZoneId == zone && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator), ct)
               ?? throw Refusal.NotFound("企业");
    }

    private async Task<List<ApplicationClock>> ClocksAsync(ZoneId zone, Guid organisationId, DateOnly today, WorkingCalendar calendar, CancellationToken ct)
    {
        var open = await db.Set<ServiceApplication>().AsNoTracking()
            .Where(a => a.ZoneId == zone && a.ApplicantId == organisationId && a.Status == ApplicationStatus.Open)
            .OrderByDescending(a => a.SubmittedAt).ToListAsync(ct);
        var ids = open.Select(a => a.Id).ToList();
        var items = await (from i in db.Set<ApplicationItem>().AsNoTracking()
                           join s in db.Set<ServiceItem>() on i.ServiceItemId equals s.Id
                           join d in db.Set<Department>() on i.DepartmentId equals d.Id
                           where ids.Contains(i.ApplicationId)
                           select new { i, Item = s.Name, Department = d.Name }).ToListAsync(ct);
        return open.Select(a => new ApplicationClock(a.Id, a.Number, a.Title, a.SubmittedAt, items.Where(x => x.i.ApplicationId == a.Id)
                .OrderBy(x => x.i.DueOn)
                .Select(x =>
                {
                    var remaining = x.i.IsOpen ? x.i.RemainingOn(today, calendar) : 0;
                    return new ItemClock(x.i.Id, x.Item, x.Department, x.i.Status, x.i.LimitDays, x.i.DueOn, remaining, x.i.Status == ItemStatus.Correction,
                        x.i.IsOpen && remaining < 0);
                }).ToList()))
            .ToList();
    }

    /// <summary>What is due for the organisation on <paramref name="today"/> (due or overdue only), soonest first.</summary>
    public async Task<List<DueItem>> DueAsync(ZoneId zone, Guid organisationId, DateOnly today, EnterpriseAgenda? agenda, CancellationToken ct)
    {
        var due = new List<DueItem>();
        if (agenda is not null)
        {
            var expiry = new CertificateExpiryRule();
            // A renewed certificate replaces the old one: only each scheme's latest is followed.
            foreach (var c in agenda.Certificates.Where(c => c.Scheme != "TechSme").GroupBy(c => c.Scheme).Select(g => g.MaxBy(c => c.ValidTo)!))
            {
                Add(due, expiry, new ExpiryFacts($"{c.Title}证书（{c.Number}）", c.ValidTo, today), $"cert:{c.Scheme}:{c.Number}:{c.ValidTo:yyyy-MM-dd}", DueKind.Certificate, $"{c.Title}证书到期");
            }

            foreach (var h in agenda.Honours.Where(h => h.ValidTo is not null))
            {
                Add(due, expiry, new ExpiryFacts($"“{h.Name}”称号", h.ValidTo!.Value, today), $"honour:{h.Name}:{h.ValidTo:yyyy-MM-dd}", DueKind.Honour, $"{h.Name}到期");
            }

            var techSme = agenda.Certificates.Where(c => c.Scheme == "TechSme").Select(c => (int?)c.ValidTo.Year).Max();
            var rule = new TechSmeEvaluationDueRule();
            var facts = new TechSmeFacts(today, techSme);
            if (rule.Assess(facts) is { } a)
            {
                Add(due, rule, facts, $"techsme:{a.DueOn.Year}", DueKind.TechSmeEvaluation, "科技型中小企业评价");
            }

            Add(due, new AnnualDataDueRule(), new AnnualDataFacts(today, agenda.AnnualDataYears.Contains(today.Year - 1)), $"annual:{today.Year - 1}", DueKind.AnnualData, "年度数据填报");
        }

        if (services.GetService<IRelayProjects>() is { } relay)
        {
            var milestone = new MilestoneDueRule();
            foreach (var project in await relay.ListAsync(zone.Value, organisationId, ct))
            {
                if (project.Stage is RelayStage.Terminated or RelayStage.Rejected)
                {
                    continue;
                }

                foreach (var m in await relay.MilestonesAsync(zone.Value, project.Id, ct))
                {
                    Add(due, milestone, new MilestoneFacts(project.Title, m.Title, m.Due, m.State != MilestoneState.Accepted, today), $"milestone:{m.Id}", DueKind.Milestone, $"项目节点：{m.Title}");
                }
            }
        }

        return due.OrderBy(d => d.DueOn).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    private static void Add<TFacts>(List<DueItem> due, DueRule<TFacts> rule, TFacts facts, string key, DueKind kind, string title)
    {
        if (rule.Assess(facts) is { Standing: not DueStanding.NotYet } a)
        {
            due.Add(new DueItem(key, kind, title, rule.Check(facts).Message, a.DueOn, a.DaysLeft, a.Standing, rule.Name));
        }
    }
}
