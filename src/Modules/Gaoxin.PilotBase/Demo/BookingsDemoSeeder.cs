using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Demo;

/// <summary>
/// A year of bookings over zone A's resources (the last 330 days and the next 35, relative to the demo's clock): each
/// resource at its own utilisation (about 35–75%), a mix of customers (zone enterprises, institutes, relay projects, outside
/// firms), past bookings mostly completed with some no-shows and cancellations, upcoming ones approved or waiting in the
/// queue, and a maintenance window per resource each quarter. Deterministic (fixed seed per resource, dates from the
/// zone's today); idempotent: nothing is added once the zone has bookings. Runs after the facilities seeder (60).
/// </summary>
internal sealed class BookingsDemoSeeder(IServiceProvider services, TimeProvider time) : IDemoSeeder
{
    public int Order => 61;

    private static readonly string[] Outsiders = ["成都锂想新材料有限公司", "宜宾动力电池研究院", "重庆渝江精密机械有限公司", "泸州北方化学工业有限公司", "内江华川汽车零部件有限公司"];

    private static readonly string[] EnterprisePurposes = ["钠离子电芯工艺验证", "新配方小批量试制", "客户送样前性能复测", "产品型式试验", "工艺参数窗口摸底", "量产前可靠性验证"];

    private static readonly string[] InstitutePurposes = ["科研样品测试", "课题中试验证", "研究生课题实验", "成果转化前验证"];

    private static readonly string[] MaintenancePurposes = ["季度保养", "计量校准", "安全检查与部件更换"];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Booking>().AnyAsync(b => b.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var resources = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zoneId && r.Status != ResourceStatus.Retired)
            .OrderBy(r => r.Code).ToListAsync(cancellationToken);
        if (resources.Count == 0)
        {
            return;
        }

        var orgs = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zoneId && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.Institute))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(cancellationToken);
        var enterprises = orgs.Where(o => o.Kind == OrganisationKind.Enterprise).Select(o => o.Id).ToList();
        var institutes = orgs.Where(o => o.Kind == OrganisationKind.Institute).Select(o => o.Id).ToList();
        // The demo's own sign-ins (兴储世纪, 四川轻化工大学) book more often, so "my bookings" shows a real list.
        var favourites = orgs.Where(o => o.Name is "兴储世纪" or "四川轻化工大学").ToDictionary(o => o.Kind, o => o.Id);
        var projects = services.GetService<IRelayProjects>() is { } relay
            ? (await relay.ListAsync(zone.ZoneId, null, cancellationToken)).OrderBy(p => p.Code).ToList()
            : [];

        var now = time.GetUtcNow();
        var today = ZoneClock.Of(time).Today;
        var first = today.AddDays(-330);
        var last = today.AddDays(35);
        var rows = new List<Booking>();
        for (var i = 0; i < resources.Count; i++)
        {
            var r = resources[i];
            var random = new Random(6100 + i);
            var utilisation = 0.35 + (0.40 * random.NextDouble());
            var daily = r.PricePerHour is null;
            var inMaintenance = r.Status == ResourceStatus.Maintenance;

            // Maintenance windows: one working day each quarter, plus the current one for a resource under maintenance.
            var windows = new List<(DateTimeOffset From, DateTimeOffset To)>();
            if (inMaintenance)
            {
                windows.Add((ZoneClock.At(today.AddDays(-3), new TimeOnly(8, 0)), ZoneClock.At(today.AddDays(10), new TimeOnly(18, 0))));
            }

            for (var q = first.AddDays(20 + (i * 3)); q <= last; q = q.AddDays(91))
            {
                var (from, to) = (ZoneClock.At(q, new TimeOnly(8, 0)), ZoneClock.At(q, new TimeOnly(18, 0)));
                if (!windows.Any(w => w.From < to && from < w.To))
                {
                    windows.Add((from, to));
                }
            }

            foreach (var (from, to) in windows)
            {
                var w = new Booking(zoneId, r.Id, BookingKind.Maintenance, from, to, CustomerKind.Base, MaintenancePurposes[random.Next(MaintenancePurposes.Length)], "基地运营方", from.AddDays(-14));
                rows.Add(w);
            }

            var cursor = ZoneClock.At(first, new TimeOnly(8, 0));
            var end = ZoneClock.At(last, new TimeOnly(18, 0));
            while (cursor < end)
            {
                // Duration: hourly equipment in half-day to two-day blocks, daily or batch resources in 1–5 day blocks.
                var hours = daily ? 24 * random.Next(1, 6) : random.Next(4, 49);
                var startsAt = cursor;
                var endsAt = startsAt.AddHours(hours);
                var idle = hours * (1 - utilisation) / utilisation;
                cursor = endsAt.AddHours(Math.Max(1, Math.Round(idle * (0.5 + random.NextDouble()))));
                // Starts on the hour at 08:00–10:00 zone time, the base's working morning.
                cursor = ZoneClock.At(ZoneClock.DayOf(cursor).AddDays(cursor.ToOffset(ZoneClock.Offset).Hour >= 10 ? 1 : 0), new TimeOnly(8 + random.Next(0, 3), 0));
                if (endsAt > end || windows.Any(w => w.From < endsAt && startsAt < w.To) || (inMaintenance && startsAt > now))
                {
                    continue;
                }

                var pick = random.NextDouble();
                var (kind, org, name, project) = pick switch
                {
                    < 0.45 => (CustomerKind.Enterprise, (Guid?)Pick(random, enterprises, favourites.GetValueOrDefault(OrganisationKind.Enterprise)), (string?)null, (RelayProject?)null),
                    < 0.65 => (CustomerKind.Institute, Pick(random, institutes, favourites.GetValueOrDefault(OrganisationKind.Institute)), null, null),
                    < 0.85 when projects.Count > 0 => RelayCustomer(projects[random.Next(projects.Count)]),
                    _ => (CustomerKind.External, null, Outsiders[random.Next(Outsiders.Length)], null),
                };
                if (kind != CustomerKind.External && org is null)
                {
                    (kind, org, name) = (CustomerKind.External, null, Outsiders[random.Next(Outsiders.Length)]);
                }

                var purpose = project is not null ? $"{project.Title}：中试验证"
                    : kind == CustomerKind.Institute ? InstitutePurposes[random.Next(InstitutePurposes.Length)]
                    : EnterprisePurposes[random.Next(EnterprisePurposes.Length)];
                var createdAt = startsAt.AddDays(-random.Next(3, 21));
                var (unitPrice, unit) = BookingPrice.OfResource(r);
                var b = new Booking(zoneId, r.Id, BookingKind.Booking, startsAt, endsAt, kind, purpose, kind == CustomerKind.External ? "基地运营方" : "预约用户", createdAt)
                {
                    OrganisationId = org,
                    ProjectId = project?.Id,
                    CustomerName = name,
                    BatchSize = r.MaxBatchSize is { } max ? decimal.Round(max * (decimal)(0.3 + (0.7 * random.NextDouble())), 0) : null,
                    Price = BookingPrice.Of(unitPrice, unit, startsAt, endsAt),
                };
                var roll = random.NextDouble();
                var decidedAt = createdAt.AddDays(1);
                if (endsAt <= now)
                {
                    var status = roll < 0.08 ? BookingStatus.Cancelled : roll < 0.13 ? BookingStatus.NoShow : roll < 0.15 ? BookingStatus.Rejected : BookingStatus.Completed;
                    b.Decide(status, "基地运营方", status == BookingStatus.Completed ? endsAt : status == BookingStatus.NoShow ? startsAt.AddHours(2) : decidedAt,
                        status switch { BookingStatus.Cancelled => "客户调整计划", BookingStatus.Rejected => "样品安全资料不全", BookingStatus.NoShow => "客户未到场", _ => null });
                }
                else if (startsAt <= now)
                {
                    b.Decide(BookingStatus.Approved, "基地运营方", decidedAt, null);
                }
                else if (roll < 0.65)
                {
                    b.Decide(BookingStatus.Approved, "基地运营方", decidedAt < now ? decidedAt : now, null);
                }
                else if (roll < 0.7)
                {
                    b.Decide(BookingStatus.Cancelled, "预约用户", decidedAt < now ? decidedAt : now, "客户调整计划");
                }

                rows.Add(b);
            }
        }

        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Guid? Pick(Random random, List<Guid> ids, Guid favourite) =>
        ids.Count == 0 ? null : favourite != Guid.Empty && random.NextDouble() < 0.35 ? favourite : ids[random.Next(ids.Count)];

    private static (CustomerKind, Guid?, string?, RelayProject?) RelayCustomer(RelayProject p) =>
        (CustomerKind.RelayProject, p.CompanyOrganisationId ?? p.LeadOrganisationId, null, p);
}
