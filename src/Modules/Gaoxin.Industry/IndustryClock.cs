namespace Gaoxin.Industry;

/// <summary>The zone's calendar day (Beijing time) from the injected clock.</summary>
internal static class IndustryClock
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Beijing).DateTime);
}
