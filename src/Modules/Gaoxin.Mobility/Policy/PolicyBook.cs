using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Policy;

/// <summary>Finds the version in force on a date and adds versions; a zone with none stored uses the defaults as version 1.</summary>
internal sealed class PolicyBook(GaoxinDbContext db, TimeProvider clock)
{
    public async Task<MobilityPolicy> InForceAsync(ZoneId zone, DateOnly on, CancellationToken ct) => Pick(zone, await StoredAsync(zone, ct), on);

    /// <summary>The version in force on <paramref name="on"/>: the latest effective by then (the newest of a day's); else the defaults.</summary>
    public static MobilityPolicy Pick(ZoneId zone, IEnumerable<MobilityPolicy> versions, DateOnly on) =>
        versions.Where(p => p.EffectiveFrom <= on).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).FirstOrDefault()
        ?? MobilityPolicy.Defaults(zone);

    /// <summary>Every version of the zone, oldest first; the defaults as version 1 when none is stored.</summary>
    public async Task<IReadOnlyList<PolicyView>> VersionsAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var stored = await StoredAsync(zone, ct);
        var today = ZoneClock.Of(clock).Today;
        var versions = stored.Count == 0 ? [MobilityPolicy.Defaults(zone)] : stored;
        var current = Pick(zone, versions, today);
        return versions.Select(v => PolicyView.Of(v, v.Version == current.Version)).ToList();
    }

    /// <summary>Adds a version (the zone admin): effective from today or later; the earlier versions stay as they were.</summary>
    public async Task<PolicyView> AddVersionAsync(Actor actor, PolicyInput input, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.ZoneAdmin))
        {
            throw Refusal.Forbidden();
        }

        var zone = new ZoneId(actor.ZoneId);
        var today = ZoneClock.Of(clock).Today;
        if (input.EffectiveFrom < today)
        {
            throw Refusal.Invalid("effectiveFrom", "生效日期不能早于今天：已生效的版本不能追溯修改。");
        }

        if (input.PlateNumberFrom > input.PlateNumberTo)
        {
            throw Refusal.Invalid("plateNumberTo", "号段终止号不能小于起始号。");
        }

        if (input.PlateNumberTo.ToString(System.Globalization.CultureInfo.InvariantCulture).Length > input.PlateDigits)
        {
            throw Refusal.Invalid("plateDigits", "序号位数不足以容纳号段终止号。");
        }

        var stored = await StoredAsync(zone, ct);
        if (stored.Count == 0)
        {
            // Checks so far used the defaults as version 1; store them so the history stays complete.
            var defaults = MobilityPolicy.Defaults(zone);
            db.Add(defaults);
            stored.Add(defaults);
        }

        var next = new MobilityPolicy
        {
            ZoneId = zone,
            Version = stored.Max(p => p.Version) + 1,
            EffectiveFrom = input.EffectiveFrom,
            Note = input.Note.Trim(),
            InsuranceMinimum = input.InsuranceMinimum,
            RoadTestHours = input.RoadTestHours,
            RoadTestKm = input.RoadTestKm,
            MaxLengthMm = input.MaxLengthMm,
            MaxWidthMm = input.MaxWidthMm,
            MaxHeightMm = input.MaxHeightMm,
            MaxDesignSpeedKmh = input.MaxDesignSpeedKmh,
            PlatePrefix = input.PlatePrefix.Trim(),
            PlateDigits = input.PlateDigits,
            PlateNumberFrom = input.PlateNumberFrom,
            PlateNumberTo = input.PlateNumberTo,
            RoadRightMaxDays = input.RoadRightMaxDays,
            AddedBy = actor.UserId,
        };
        db.Add(next);
        await db.SaveChangesAsync(ct);
        return PolicyView.Of(next, next.EffectiveFrom <= today);
    }

    private Task<List<MobilityPolicy>> StoredAsync(ZoneId zone, CancellationToken ct) =>
        db.Set<MobilityPolicy>().AsNoTracking().Where(p => p.ZoneId == zone).OrderBy(p => p.Version).ToListAsync(ct);
}
