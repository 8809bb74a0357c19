using Gaoxin.Contracts.PilotBase;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Catalogue;

/// <summary>The catalogue's published services as the marketplace's supply (中试服务能力).</summary>
internal sealed class PilotCapabilities(GaoxinDbContext db) : IPilotCapabilities
{
    public async Task<IReadOnlyList<PilotCapability>> ListAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rows = await db.Set<PilotService>().AsNoTracking().Where(s => s.ZoneId == zone && s.Published).OrderBy(s => s.Code).ToListAsync(ct);
        return rows.Select(s => new PilotCapability(s.Id, zoneId, s.Name, $"{s.Description}\n交付：{s.Deliverables}", AreaName(s.Category))).ToList();
    }

    private static string AreaName(ServiceCategory category) => category switch
    {
        ServiceCategory.ProcessValidation => "工艺验证",
        ServiceCategory.PerformanceTesting => "性能测试",
        ServiceCategory.ReliabilityTesting => "可靠性测试",
        ServiceCategory.SmallBatchTrial => "小批量试产",
        ServiceCategory.InspectionCertification => "检验认证辅导",
        _ => "其他",
    };
}
