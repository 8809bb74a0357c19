namespace Gaoxin.Contracts.TechTransfer;

/// <summary>
/// A technology achievement (科技成果) as the marketplace sees it: what it is, who owns it, how ready it is, and its patents.
/// <paramref name="Kind"/> is the achievement's kind in Chinese (发明专利, 新材料/新工艺, …); <paramref name="IpcClasses"/> is null
/// when no IPC class is recorded (the relay keeps patent numbers, not classes).
/// </summary>
public sealed record RelayAchievement(Guid Id, Guid ZoneId, string Title, string? Summary, Guid OwnerOrganisationId, string Kind, int Readiness,
    ZoneIndustry Industry, IReadOnlyList<string> PatentNumbers, string? IpcClasses, DateOnly SubmittedOn);

/// <summary>The relay's achievements for the marketplace (TechTransfer implements it; absent when the module is not installed).</summary>
public interface IRelayAchievements
{
    Task<IReadOnlyList<RelayAchievement>> ListAsync(Guid zoneId, CancellationToken ct);

    Task<IReadOnlyList<RelayAchievement>> FindAsync(Guid zoneId, IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Achievements submitted on or after <paramref name="since"/> (the relay records no edit date).</summary>
    Task<IReadOnlyList<RelayAchievement>> ChangedSinceAsync(Guid zoneId, DateOnly since, CancellationToken ct);
}
