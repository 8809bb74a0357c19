namespace Gaoxin.Contracts.Platforms;

/// <summary>
/// Innovation platforms in force (创新平台, not revoked) by level, those at provincial level or above, the distinct co-building
/// universities and institutes (共建高校院所), and how many are overdue for their periodic evaluation today.
/// </summary>
public sealed record PlatformsFigures(int National, int Provincial, int Municipal, int ProvincialOrAbove, int CoBuilders, int EvaluationsOverdue);

/// <summary>The platforms registry's door for the cockpit (absent when the module is not installed).</summary>
public interface IPlatformsFigures
{
    Task<PlatformsFigures> TodayAsync(Guid zoneId, CancellationToken ct);
}
