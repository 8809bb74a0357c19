using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Indicators.Series;

public sealed record DefinitionView(Guid Id, string Code, string Name, string Unit, bool Published, int SortOrder, string? Note);

public sealed record PeriodView(Guid Id, int Year, int Month, string Code, string Title, DateOnly? PublishedOn);

/// <summary>
/// A value with both growth rates: the official comparable-price rate as reported, and the nominal rate computed from
/// current-price levels a year apart. <see cref="Growth"/> is what pages show: the comparable rate when reported
/// (<see cref="GrowthBasis"/> "可比价"), else the nominal one ("现价").
/// </summary>
public sealed record ValueView(Guid Id, string Code, string Name, string Unit, string Period, string PeriodTitle, int Year, int Month, decimal Value,
    decimal? ComparableGrowth, decimal? NominalGrowth, string? Source)
{
    public decimal? Growth => ComparableGrowth ?? NominalGrowth;

    public string? GrowthBasis => ComparableGrowth is not null ? "可比价" : NominalGrowth is not null ? "现价" : null;
}

public sealed record TargetView(Guid Id, string Code, string Name, string Unit, int Year, decimal Value, DateOnly SetOn, string? Document,
    int? LatestYear, decimal? LatestValue, decimal? RequiredGrowth, bool AlreadyMet);

/// <summary>Indicator definitions, periods, values and targets of a zone: reads, and the checked changes the committee makes.</summary>
internal sealed class IndicatorBook(GaoxinDbContext db)
{
    public static readonly UnitMatchesDefinitionRule UnitRule = new();
    public static readonly PeriodIsDefinedRule PeriodRule = new();
    public static readonly OneValuePerPeriodRule DuplicateRule = new();

    public async Task<IReadOnlyList<DefinitionView>> DefinitionsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        return await db.Set<IndicatorDefinition>().AsNoTracking().Where(d => d.ZoneId == zone).OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DefinitionView(d.Id, d.Code, d.Name, d.Unit, d.Published, d.SortOrder, d.Note)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PeriodView>> PeriodsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rows = await db.Set<ReportingPeriod>().AsNoTracking().Where(p => p.ZoneId == zone).OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    private static PeriodView View(ReportingPeriod p) => new(p.Id, p.Year, p.Month, PeriodNames.Code(p.Year, p.Month), PeriodNames.Title(p.Year, p.Month), p.PublishedOn);

    public async Task<DefinitionView> CreateDefinitionAsync(Actor actor, DefinitionInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var code = input.Code.Trim().ToUpperInvariant();
        var unit = input.Unit.Trim();
        if (!Units.Known.Contains(unit))
        {
            throw Refusal.Invalid("unit", $"单位“{unit}”未定义（可用：{string.Join("、", Units.Known)}）。");
        }

        if (await db.Set<IndicatorDefinition>().AnyAsync(d => d.ZoneId == zone && d.Code == code, ct))
        {
            throw Refusal.Invalid("code", $"指标代码 {code} 已存在。");
        }

        var d = new IndicatorDefinition { ZoneId = zone, Code = code, Name = input.Name.Trim(), Unit = unit, Published = input.Published, SortOrder = input.SortOrder, Note = input.Note };
        db.Add(d);
        await db.SaveChangesAsync(ct);
        return new DefinitionView(d.Id, d.Code, d.Name, d.Unit, d.Published, d.SortOrder, d.Note);
    }

    public async Task<PeriodView> CreatePeriodAsync(Actor actor, PeriodInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        if (await db.Set<ReportingPeriod>().AnyAsync(p => p.ZoneId == zone && p.Year == input.Year && p.Month == input.Month, ct))
        {
            throw Refusal.Invalid("month", $"统计期“{PeriodNames.Title(input.Year, input.Month)}”已存在。");
        }

        var period = ReportingPeriod.Define(zone, input.Year, input.Month, input.PublishedOn);
        db.Add(period);
        await db.SaveChangesAsync(ct);
        return View(period);
    }

    public async Task<PeriodView> PublishPeriodAsync(Actor actor, Guid id, DateOnly on, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var period = await db.Set<ReportingPeriod>().FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct) ?? throw Refusal.NotFound("统计期");
        period.Publish(on);
        await db.SaveChangesAsync(ct);
        return View(period);
    }

    /// <summary>Values, filtered by indicator code and/or period code, with both growth rates.</summary>
    public async Task<IReadOnlyList<ValueView>> ValuesAsync(Guid zoneId, string? code, string? period, bool publishedOnly, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rows = await (from v in db.Set<IndicatorValue>().AsNoTracking()
                          join d in db.Set<IndicatorDefinition>() on v.DefinitionId equals d.Id
                          join p in db.Set<ReportingPeriod>() on v.PeriodId equals p.Id
                          where v.ZoneId == zone && (!publishedOnly || (d.Published && p.PublishedOn != null))
                          select new { v.Id, v.DefinitionId, d.Code, d.Name, d.Unit, d.SortOrder, p.Year, p.Month, v.Value, v.ComparableGrowth, v.Source }).ToListAsync(ct);

        // Nominal growth needs the same period a year earlier, whether or not it is asked for.
        var byKey = rows.ToDictionary(r => (r.DefinitionId, r.Year, r.Month), r => r.Value);
        var wanted = rows.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim().ToUpperInvariant();
            wanted = wanted.Where(r => r.Code == c);
        }

        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!PeriodNames.TryParse(period, out var y, out var m))
            {
                throw Refusal.Invalid("period", $"统计期“{period}”无法识别，应为 2025-09 或“2025年前三季度”这样的写法。");
            }

            wanted = wanted.Where(r => r.Year == y && r.Month == m);
        }

        return wanted.OrderBy(r => r.SortOrder).ThenBy(r => r.Code).ThenBy(r => r.Year).ThenBy(r => r.Month)
            .Select(r => new ValueView(r.Id, r.Code, r.Name, r.Unit, PeriodNames.Code(r.Year, r.Month), PeriodNames.Title(r.Year, r.Month), r.Year, r.Month, r.Value,
                r.ComparableGrowth, Nominal(r.Value, byKey.TryGetValue((r.DefinitionId, r.Year - 1, r.Month), out var before) ? before : null), r.Source))
            .ToList();
    }

    /// <summary>Nominal year-on-year growth in percent, to 0.01; null without a positive base.</summary>
    public static decimal? Nominal(decimal value, decimal? yearBefore) =>
        yearBefore is > 0 ? decimal.Round((value / yearBefore.Value - 1m) * 100m, 2) : null;

    /// <summary>The latest period that has any value.</summary>
    public async Task<PeriodView?> LatestPeriodAsync(Guid zoneId, bool publishedOnly, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var p = await db.Set<ReportingPeriod>().AsNoTracking()
            .Where(p => p.ZoneId == zone && (!publishedOnly || p.PublishedOn != null) && db.Set<IndicatorValue>().Any(v => v.PeriodId == p.Id))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).FirstOrDefaultAsync(ct);
        return p is null ? null : View(p);
    }

    /// <summary>Records one value; the unit, the period and one-per-period rules must hold.</summary>
    public async Task<ValueView> AddValueAsync(Actor actor, ValueInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var code = input.Code.Trim().ToUpperInvariant();
        var definition = await db.Set<IndicatorDefinition>().FirstOrDefaultAsync(d => d.ZoneId == zone && d.Code == code, ct)
            ?? throw Refusal.Invalid("code", $"指标代码 {code} 未定义。");
        if (!PeriodNames.TryParse(input.Period, out var year, out var month))
        {
            throw Refusal.Invalid("period", $"统计期“{input.Period}”无法识别，应为 2025-09 或“2025年前三季度”这样的写法。");
        }

        Enforce(UnitRule.Check(new ReportedUnit(definition.Name, input.Unit, definition.Unit)));
        var periods = await db.Set<ReportingPeriod>().Where(p => p.ZoneId == zone).ToListAsync(ct);
        Enforce(PeriodRule.Check(new PeriodFacts(year, month, periods.Select(p => (p.Year, p.Month)).ToHashSet())));
        var period = periods.Single(p => p.Year == year && p.Month == month);
        var stored = await db.Set<IndicatorValue>().AnyAsync(v => v.DefinitionId == definition.Id && v.PeriodId == period.Id, ct);
        Enforce(DuplicateRule.Check(new PeriodOccupancy(definition.Name, PeriodNames.Title(year, month), stored, false)));

        var value = new IndicatorValue { ZoneId = zone, DefinitionId = definition.Id, PeriodId = period.Id, Value = input.Value, ComparableGrowth = input.ComparableGrowth, Source = input.Source };
        db.Add(value);
        await db.SaveChangesAsync(ct);
        return (await ValuesAsync(actor.ZoneId, code, PeriodNames.Code(year, month), false, ct)).Single();
    }

    public async Task<ValueView> CorrectValueAsync(Actor actor, Guid id, ValueCorrection input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var value = await db.Set<IndicatorValue>().FirstOrDefaultAsync(v => v.Id == id && v.ZoneId == zone, ct) ?? throw Refusal.NotFound("指标数值");

        var definition = await db.Set<IndicatorDefinition>().SingleAsync(d => d.Id == value.DefinitionId, ct);
        Enforce(UnitRule.Check(new ReportedUnit(definition.Name, input.Unit, definition.Unit)));
        value.Value = input.Value;
        value.ComparableGrowth = input.ComparableGrowth;
        value.Source = input.Source;
        await db.SaveChangesAsync(ct);
        return (await ValuesAsync(actor.ZoneId, definition.Code, null, false, ct)).Single(v => v.Id == id);
    }

    public async Task<IReadOnlyList<TargetView>> TargetsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var targets = await (from t in db.Set<IndicatorTarget>().AsNoTracking()
                             join d in db.Set<IndicatorDefinition>() on t.DefinitionId equals d.Id
                             where t.ZoneId == zone
                             select new { Target = t, d.Code, d.Name, d.Unit, d.SortOrder }).ToListAsync(ct);
        var definitionIds = targets.Select(t => t.Target.DefinitionId).Distinct().ToList();

        // The latest full-year (month 12) value of each targeted indicator is the starting point.
        var annual = await (from v in db.Set<IndicatorValue>().AsNoTracking()
                            join p in db.Set<ReportingPeriod>() on v.PeriodId equals p.Id
                            where v.ZoneId == zone && p.Month == 12 && definitionIds.Contains(v.DefinitionId)
                            select new { v.DefinitionId, p.Year, v.Value }).ToListAsync(ct);
        var latest = annual.GroupBy(a => a.DefinitionId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Year).First());

        return targets.OrderBy(t => t.SortOrder).ThenBy(t => t.Target.Year).Select(t =>
        {
            if (!latest.TryGetValue(t.Target.DefinitionId, out var from) || from.Value <= 0)
            {
                return new TargetView(t.Target.Id, t.Code, t.Name, t.Unit, t.Target.Year, t.Target.Value, t.Target.SetOn, t.Target.Document, null, null, null, false);
            }

            var need = RequiredGrowthRate.Compute(from.Year, from.Value, t.Target.Year, t.Target.Value);
            return new TargetView(t.Target.Id, t.Code, t.Name, t.Unit, t.Target.Year, t.Target.Value, t.Target.SetOn, t.Target.Document, from.Year, from.Value, need.Rate, need.AlreadyMet);
        }).ToList();
    }

    public async Task<TargetView> CreateTargetAsync(Actor actor, TargetInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var code = input.Code.Trim().ToUpperInvariant();
        var definition = await db.Set<IndicatorDefinition>().FirstOrDefaultAsync(d => d.ZoneId == zone && d.Code == code, ct)
            ?? throw Refusal.Invalid("code", $"指标代码 {code} 未定义。");
        if (input.SetOn == default)
        {
            throw Refusal.Invalid("setOn", "请填写目标设定日期。");
        }

        if (await db.Set<IndicatorTarget>().AnyAsync(t => t.DefinitionId == definition.Id && t.Year == input.Year, ct))
        {
            throw Refusal.Invalid("year", $"“{definition.Name}”已有 {input.Year} 年的目标。");
        }

        var target = new IndicatorTarget { ZoneId = zone, DefinitionId = definition.Id, Year = input.Year, Value = input.Value, SetOn = input.SetOn, Document = input.Document };
        db.Add(target);
        await db.SaveChangesAsync(ct);
        return (await TargetsAsync(actor.ZoneId, ct)).Single(t => t.Id == target.Id);
    }

    private static void Enforce(RuleOutcome outcome) => Refusal.ThrowIfAnyFailed([outcome]);
}
