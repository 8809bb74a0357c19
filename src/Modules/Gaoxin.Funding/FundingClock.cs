namespace Gaoxin.Funding;

internal static class FundingClock
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);
}
