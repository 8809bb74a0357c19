namespace Gaoxin.Kernel.Zones;

/// <summary>
/// The zone's clock: now and today in China (UTC+8, no daylight saving), read from the injected <see cref="TimeProvider"/>
/// so tests can fix the time. Every rule, deadline and certificate is judged on the zone's calendar day, not the server's.
/// </summary>
public sealed class ZoneClock(TimeProvider time)
{
    /// <summary>China Standard Time (Asia/Shanghai) has been a fixed UTC+8 since 1991; a fixed offset needs no tz database.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>For callers that hold only a <see cref="TimeProvider"/>.</summary>
    public static ZoneClock Of(TimeProvider time) => new(time);

    public TimeProvider Time { get; } = time;

    /// <summary>Now, with the zone's offset.</summary>
    public DateTimeOffset Now => InZone(Time.GetUtcNow());

    /// <summary>Today's date in the zone.</summary>
    public DateOnly Today => DayOf(Time.GetUtcNow());

    /// <summary>A recorded moment (stored in UTC) as the zone's local time.</summary>
    public static DateTimeOffset InZone(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The zone's calendar day of a recorded moment.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(InZone(at).DateTime);

    /// <summary>A wall-clock time on a day in the zone, as a moment.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);
}
