namespace Gaoxin.TechTransfer;

/// <summary>The relay's calendar day: Zigong keeps Beijing time, whatever the server's zone.</summary>
internal static class RelayClock
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
