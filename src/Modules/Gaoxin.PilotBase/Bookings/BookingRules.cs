using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;

namespace Gaoxin.PilotBase.Bookings;

/// <summary>What the booking rules look at for one resource: the zone's now, the range asked, the resource and the batch.</summary>
public sealed record BookingFacts(
    DateTimeOffset Now,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string ResourceCode,
    ResourceStatus ResourceStatus,
    decimal? MaxBatchSize,
    string? BatchUnit,
    decimal? BatchSize);

internal static class Shown
{
    public static string At(DateTimeOffset at) => ZoneClock.InZone(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Number(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>时段有效: the range is [start, end) with end after start; a zero-length or inverted range books nothing.</summary>
public sealed class PositiveRangeRule : IBusinessRule<BookingFacts>
{
    public string Name => nameof(PositiveRangeRule);

    public RuleOutcome Check(BookingFacts f) => f.EndsAt > f.StartsAt
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"预约时段无效：结束时间 {Shown.At(f.EndsAt)} 必须晚于开始时间 {Shown.At(f.StartsAt)}。",
            new Dictionary<string, string> { ["startsAt"] = Shown.At(f.StartsAt), ["endsAt"] = Shown.At(f.EndsAt) });
}

/// <summary>不得预约过去的时段: the start may not lie before the zone's now (starting this very minute is allowed).</summary>
public sealed class NotInPastRule : IBusinessRule<BookingFacts>
{
    public string Name => nameof(NotInPastRule);

    public RuleOutcome Check(BookingFacts f) => f.StartsAt >= f.Now
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"不能预约过去的时段：开始时间 {Shown.At(f.StartsAt)} 早于当前时间 {Shown.At(f.Now)}。",
            new Dictionary<string, string> { ["startsAt"] = Shown.At(f.StartsAt), ["now"] = Shown.At(f.Now) });
}

/// <summary>资源可预约: only an available resource is booked; one in maintenance or retired is refused.</summary>
public sealed class ResourceBookableRule : IBusinessRule<BookingFacts>
{
    public string Name => nameof(ResourceBookableRule);

    public RuleOutcome Check(BookingFacts f) => f.ResourceStatus == ResourceStatus.Available
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"资源 {f.ResourceCode} 当前{(f.ResourceStatus == ResourceStatus.Retired ? "已停用" : "维护中")}，不可预约。",
            new Dictionary<string, string> { ["resource"] = f.ResourceCode, ["status"] = f.ResourceStatus.ToString() });
}

/// <summary>批量不超过设备能力: the batch asked is positive and within the resource's largest batch (when it counts batches).</summary>
public sealed class WithinBatchCapacityRule : IBusinessRule<BookingFacts>
{
    public string Name => nameof(WithinBatchCapacityRule);

    public RuleOutcome Check(BookingFacts f)
    {
        if (f.BatchSize is not { } batch)
        {
            return RuleOutcome.Pass(Name);
        }

        if (batch <= 0)
        {
            return RuleOutcome.Refuse(Name, $"批量 {Shown.Number(batch)} 无效：必须大于零。", new Dictionary<string, string> { ["batchSize"] = Shown.Number(batch) });
        }

        return f.MaxBatchSize is not { } max || batch <= max
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"批量 {Shown.Number(batch)} {f.BatchUnit} 超过资源 {f.ResourceCode} 的单批上限 {Shown.Number(max)} {f.BatchUnit}。",
                new Dictionary<string, string> { ["resource"] = f.ResourceCode, ["batchSize"] = Shown.Number(batch), ["maxBatchSize"] = Shown.Number(max), ["unit"] = f.BatchUnit ?? string.Empty });
    }
}

/// <summary>The rules every booked resource passes, in the order a person reads their reasons.</summary>
public static class BookingRules
{
    public static readonly IReadOnlyList<IBusinessRule<BookingFacts>> All =
        [new PositiveRangeRule(), new NotInPastRule(), new ResourceBookableRule(), new WithinBatchCapacityRule()];

    public static IReadOnlyList<RuleOutcome> Check(BookingFacts facts) => BusinessRules.CheckAll(facts, All);
}

/// <summary>
/// 计价: the price quoted at booking, in yuan. By the hour every started hour counts (90 minutes = 2 hours); by the day every
/// started 24 hours counts (25 hours = 2 days); by the batch a booking is one batch; a fixed price is the price. The result
/// is rounded to the fen, half away from zero (only matters for prices with more than two decimals, which input refuses).
/// </summary>
public static class BookingPrice
{
    public static decimal Of(decimal unitPrice, PriceUnit unit, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var minutes = (decimal)Math.Max(0, (endsAt - startsAt).TotalMinutes);
        var units = unit switch
        {
            PriceUnit.Hour => decimal.Ceiling(minutes / 60m),
            PriceUnit.Day => decimal.Ceiling(minutes / (24m * 60m)),
            _ => 1m,
        };
        return decimal.Round(unitPrice * units, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>A resource's price and unit: by the hour if it has an hourly price, else by the day, else by the batch; free if none.</summary>
    public static (decimal Price, PriceUnit Unit) OfResource(Resource r) =>
        r.PricePerHour is { } h ? (h, PriceUnit.Hour)
        : r.PricePerDay is { } d ? (d, PriceUnit.Day)
        : r.PricePerBatch is { } b ? (b, PriceUnit.Batch)
        : (0m, PriceUnit.Fixed);
}

/// <summary>
/// 取消规则: cancelling is free until <see cref="FreeUntilHoursBefore"/> hours before the start; a later cancellation (still
/// before the start) is allowed but recorded as late (迟取消), which the operator sees in the queue and the utilisation figures.
/// </summary>
public static class CancellationPolicy
{
    public const int FreeUntilHoursBefore = 24;

    public static bool IsLate(DateTimeOffset at, DateTimeOffset startsAt) => at > startsAt.AddHours(-FreeUntilHoursBefore);
}
