using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Contracts;

/// <summary>The relay's door for the marketplace: achievements with their patents, read-only.</summary>
internal sealed class RelayAchievements(GaoxinDbContext db) : IRelayAchievements
{
    public Task<IReadOnlyList<RelayAchievement>> ListAsync(Guid zoneId, CancellationToken ct) => ReadAsync(zoneId, null, null, ct);

    public Task<IReadOnlyList<RelayAchievement>> FindAsync(Guid zoneId, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ReadAsync(zoneId, ids, null, ct);

    public Task<IReadOnlyList<RelayAchievement>> ChangedSinceAsync(Guid zoneId, DateOnly since, CancellationToken ct) =>
        ReadAsync(zoneId, null, since, ct);

    private async Task<IReadOnlyList<RelayAchievement>> ReadAsync(Guid zoneId, IReadOnlyCollection<Guid>? ids, DateOnly? since, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rows = await db.Set<Achievement>().AsNoTracking().Include(a => a.Patents)
            .Where(a => a.ZoneId == zone && (ids == null || ids.Contains(a.Id)) && (since == null || a.SubmittedOn >= since))
            .OrderBy(a => a.SubmittedOn).ThenBy(a => a.Id)
            .ToListAsync(ct);
        return rows.Select(a => new RelayAchievement(a.Id, zoneId, a.Title, a.Summary, a.OwnerOrganisationId, KindName(a.Kind), a.Readiness, a.Industry,
            a.Patents.Select(p => p.Number).Order(StringComparer.Ordinal).ToList(), null, a.SubmittedOn)).ToList();
    }

    private static string KindName(AchievementKind kind) => kind switch
    {
        AchievementKind.InventionPatent => "发明专利",
        AchievementKind.UtilityModel => "实用新型",
        AchievementKind.Software => "软件著作权",
        AchievementKind.KnowHow => "技术秘密",
        AchievementKind.NewMaterialOrProcess => "新材料/新工艺",
        AchievementKind.Prototype => "样机/装备",
        _ => "其他",
    };
}
