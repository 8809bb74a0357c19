using System.Globalization;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Registry;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Demo;

/// <summary>
/// A year of applications in the demo zone (about 160, from early January of the demo's year up to its today, one to three
/// items each): most decided on time, some late, some corrected (one correction spanning the 2026 National Day week), a few
/// 容缺, refusals with reasons, a few withdrawn, and open ones — fresh, in correction, in the warning band (≥ 80% of the
/// limit used) and overdue. Written through the items' own methods so the clocks are what the app would have computed.
/// Deterministic (fixed seed, dates from the zone's today); idempotent: nothing is added once the zone has applications.
/// Runs after the core services seeder (70), which made the departments, the calendar and the catalogue.
/// </summary>
internal sealed class ApprovalsDemoSeeder(TimeProvider time) : IDemoSeeder
{
    public int Order => 71;

    private const int Count = 160;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] RefusalReasons =
    [
        "项目不符合园区产业准入要求。",
        "申请事项不属于本部门受理范围，请向市级主管部门申请。",
        "现场核查与申报材料不符。",
        "补正期满未提交补正材料。",
    ];

    private static readonly string[] CorrectionReasons =
    [
        "营业执照副本复印件未加盖公章，请补正。",
        "建设方案缺少总平面布置图，请补充。",
        "申请表法定代表人签字与营业执照不一致，请更正。",
        "投资估算表数据与申请表不一致，请核对后重新提交。",
    ];

    private static readonly string[] Projects = ["钠离子电池储能系统", "智能泵阀生产线", "硬质合金刀具扩能", "新材料中试车间", "工业机器人集成", "光伏组件封装", "锂电正极材料", "数字化车间改造"];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<ServiceApplication>().AnyAsync(a => a.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var items = await db.Set<ServiceItem>().AsNoTracking().Where(i => i.ZoneId == zoneId && i.Published).OrderBy(i => i.Code).ToListAsync(cancellationToken);
        var enterprises = await db.Organisations.AsNoTracking()
            .Where(o => o.ZoneId == zoneId && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        if (items.Count == 0 || enterprises.Count == 0)
        {
            return;
        }

        var materials = await db.Set<ItemMaterial>().AsNoTracking().Where(m => m.ZoneId == zoneId).OrderBy(m => m.Order).ToListAsync(cancellationToken);
        var fields = await db.Set<FormField>().AsNoTracking().Where(f => f.ZoneId == zoneId).OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var officers = await db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zoneId).ToDictionaryAsync(d => d.Id, d => d.Name + "审批人员", cancellationToken);
        var calendar = await new ZoneCalendar(db).ForZoneAsync(zoneId, cancellationToken);
        var today = ZoneClock.Of(time).Today;
        var start = today.DayOfYear > 90 ? new DateOnly(today.Year, 1, 5) : today.AddDays(-330);
        // The demo's own enterprise (兴储世纪) applies more often, so its lists are full.
        var favourite = enterprises.FirstOrDefault(e => e.Name == "兴储世纪")?.Id;
        var random = new Random(7100);
        var numbers = new Dictionary<int, int>();
        var span = Math.Max(1, today.DayNumber - start.DayNumber - 3);

        for (var k = 0; k < Count; k++)
        {
            // Spread over the year; the last dozen are recent, so some are still open.
            var submitted = Working(calendar, start.AddDays((int)((long)span * k / Count)), forward: true);
            if (submitted > today)
            {
                break;
            }

            var applicant = favourite is { } f && k % 6 == 0 ? f : enterprises[random.Next(enterprises.Count)].Id;
            var chosen = items.OrderBy(_ => random.Next()).Take(1 + (random.Next(10) < 4 ? random.Next(1, 3) : 0)).ToList();
            var year = submitted.Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var number = $"SQ{year}-{numbers[year].ToString("D6", CultureInfo.InvariantCulture)}";
            var definitions = FieldDefinition.Merge(chosen.SelectMany(i => fields.Where(x => x.ItemId == i.Id)).Select(FieldDefinition.Of));
            var values = definitions.ToDictionary(d => d.Key, d => Value(d, k, submitted));
            var title = string.Join("、", chosen.Select(i => i.Name));
            var application = new ServiceApplication(zoneId, number, applicant, title.Length > 200 ? title[..199] + "…" : title,
                JsonSerializer.Serialize(values, Json), "演示企业经办人", At(submitted, 9));
            db.Add(application);

            var lastDecision = submitted;
            var allDecided = true;
            foreach (var service in chosen)
            {
                var item = new ApplicationItem(zoneId, application.Id, service.Id, service.DepartmentId, service.ClockLimitDays, submitted, calendar);
                db.Add(item);
                var by = officers.GetValueOrDefault(service.DepartmentId, "审批人员");
                var optional = materials.FirstOrDefault(m => m.ItemId == service.Id && !m.Essential);
                var roll = random.Next(100);
                if (optional is not null && roll < 8)
                {
                    item.Defer(optional.Name, submitted.AddDays(14));
                    if (submitted.AddDays(10) <= today)
                    {
                        item.ReceiveDeferred(At(submitted.AddDays(10), 15));
                    }
                }

                var decided = Play(item, calendar, submitted, today, random, by, k);
                allDecided &= decided is not null;
                if (decided is { } d && d > lastDecision)
                {
                    lastDecision = d;
                }
            }

            if (allDecided)
            {
                application.Close(At(lastDecision, 17));
            }
            else if (k % 53 == 7)
            {
                // A few applicants withdraw an application still open.
                foreach (var open in db.ChangeTracker.Entries<ApplicationItem>().Select(e => e.Entity).Where(i => i.ApplicationId == application.Id && i.IsOpen))
                {
                    open.Withdraw(At(today, 11));
                }

                application.Withdraw(At(today, 11));
            }
        }

        AddNationalDayCorrection(db, zoneId, items, enterprises.Select(e => e.Id).First(), officers, calendar, today, numbers);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Runs an item's life from acceptance up to today; returns the decision's day, or null while it is open.</summary>
    private static DateOnly? Play(ApplicationItem item, WorkingCalendar calendar, DateOnly accepted, DateOnly today, Random random, string by, int k)
    {
        var limit = item.LimitDays;
        var roll = random.Next(100);
        // How many working days the department takes: mostly within the limit, about one in ten late.
        var used = roll < 10 ? limit + 1 + random.Next(3) : Math.Max(1, (int)Math.Round(limit * (0.4 + (0.6 * random.NextDouble()))));
        var corrected = roll is >= 10 and < 24;
        var day = accepted;
        if (corrected)
        {
            var returnedOn = calendar.AddWorkingDays(accepted, Math.Max(1, used / 2));
            if (returnedOn > today)
            {
                return null;
            }

            item.PauseForCorrection(returnedOn, calendar, CorrectionReasons[k % CorrectionReasons.Length], by, At(returnedOn, 16));
            var resubmitted = returnedOn.AddDays(3 + random.Next(8));
            if (resubmitted > today || k % 29 == 3)
            {
                // Still with the applicant.
                return null;
            }

            item.Resume(resubmitted, calendar);
            day = resubmitted;
            used -= Math.Max(1, used / 2);
        }

        var decideOn = calendar.AddWorkingDays(day, Math.Max(1, used));
        if (decideOn >= today)
        {
            return null;
        }

        var refused = random.Next(100) < 7;
        item.Decide(!refused, decideOn, calendar, refused ? RefusalReasons[k % RefusalReasons.Length] : null, by, At(decideOn, 15));
        return decideOn;
    }

    /// <summary>
    /// The open clocks the queues show: a few in the warning band (≥ 80% used) and a few overdue, accepted so many working days
    /// before today; and one correction that spans the 2026 National Day week (returned 28 September, resubmitted 9 October).
    /// </summary>
    private static void AddNationalDayCorrection(GaoxinDbContext db, ZoneId zoneId, List<ServiceItem> items, Guid enterprise, Dictionary<Guid, string> officers,
        WorkingCalendar calendar, DateOnly today, Dictionary<int, int> numbers)
    {
        var longItems = items.Where(i => i.ClockLimitDays >= 5).ToList();
        var plan = new List<(ServiceItem Item, DateOnly Accepted, string Kind)>();
        for (var i = 0; i < 4; i++)
        {
            var item = longItems[(i * 5) % longItems.Count];
            // 85% of the limit used today: in the warning band, not yet late.
            plan.Add((item, calendar.AddWorkingDays(today, -(int)Math.Ceiling(item.ClockLimitDays * 0.85)), "warning"));
        }

        for (var i = 0; i < 3; i++)
        {
            var item = longItems[((i * 7) + 2) % longItems.Count];
            plan.Add((item, calendar.AddWorkingDays(today, -(item.ClockLimitDays + 2 + i)), "overdue"));
        }

        var nationalDay = new DateOnly(2026, 9, 24);
        if (today > new DateOnly(2026, 10, 20) && today.Year == 2026)
        {
            plan.Add((longItems[1], nationalDay, "national-day"));
        }

        foreach (var (item, accepted, kind) in plan)
        {
            var year = accepted.Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var number = $"SQ{year}-{numbers[year].ToString("D6", CultureInfo.InvariantCulture)}";
            var application = new ServiceApplication(zoneId, number, enterprise, item.Name, "{}", "演示企业经办人", At(accepted, 9));
            db.Add(application);
            var row = new ApplicationItem(zoneId, application.Id, item.Id, item.DepartmentId, item.ClockLimitDays, accepted, calendar);
            db.Add(row);
            var by = officers.GetValueOrDefault(item.DepartmentId, "审批人员");
            if (kind == "national-day")
            {
                // 补正 over the National Day week: the clock stands still from 28 September to 9 October.
                row.PauseForCorrection(new DateOnly(2026, 9, 28), calendar, CorrectionReasons[0], by, At(new DateOnly(2026, 9, 28), 16));
                row.Resume(new DateOnly(2026, 10, 9), calendar);
                var decideOn = calendar.AddWorkingDays(new DateOnly(2026, 10, 9), 2);
                row.Decide(true, decideOn, calendar, null, by, At(decideOn, 15));
                application.Close(At(decideOn, 17));
            }

        }
    }

    private static DateOnly Working(WorkingCalendar calendar, DateOnly day, bool forward)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(forward ? 1 : -1);
        }

        return day;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => ZoneClock.At(day, new TimeOnly(hour, 0)).ToUniversalTime();

    /// <summary>A value that passes the field's definition, varied by the application.</summary>
    private static string Value(FieldDefinition d, int k, DateOnly submitted) => d.Kind switch
    {
        FieldKind.Number => ((d.Min ?? 0) + Math.Min((d.Max ?? 1000) - (d.Min ?? 0), 100 + (k * 37 % 900))).ToString("0", CultureInfo.InvariantCulture),
        FieldKind.Date => submitted.AddDays(30 + (k % 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldKind.Choice => d.Options.Count == 0 ? string.Empty : d.Options[k % d.Options.Count],
        FieldKind.CreditCode => CreditCode(k),
        _ => Shorten(d.Key switch
        {
            "project_name" => Projects[k % Projects.Length] + "项目",
            "contact" => "张经理",
            "phone" => "0813-" + (5_100_000 + k).ToString(CultureInfo.InvariantCulture),
            "address" => "自贡高新区板仓工业园",
            _ => d.Label,
        }, d.MaxLength ?? FormFieldRule.DefaultMaxLength),
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];

    private static string CreditCode(int k)
    {
        var first = "915103007" + (10_000_000 + k).ToString(CultureInfo.InvariantCulture);
        return first + UnifiedSocialCreditCode.CheckCharacter(first);
    }
}
