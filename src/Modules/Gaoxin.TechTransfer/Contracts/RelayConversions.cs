using System.Globalization;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Contracts;

/// <summary>
/// The relay's door for the marketplace's contract registry: a registered technology contract of a project is written on the
/// project's timeline (the project page shows it there: number, kind, amount, parties). The relay's figures keep their meaning
/// (conversions are still counted from the projects' own outcomes).
/// </summary>
internal sealed class RelayConversions(GaoxinDbContext db) : IRelayConversions
{
    public async Task RecordContractAsync(RegisteredTechContract contract, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var zone = new ZoneId(contract.ZoneId);
        var project = await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.ZoneId == zone && p.Id == contract.ProjectId, ct) ?? throw Refusal.NotFound("项目");
        var amount = contract.Amount.ToString("#,0.00", CultureInfo.InvariantCulture);
        var technology = contract.TechnologyAmount.ToString("#,0.00", CultureInfo.InvariantCulture);
        db.Add(project.Log(ProjectEventKind.Note,
            $"技术合同已认定登记：{contract.RegistrationNumber}（{contract.Kind}）《{contract.Title}》，合同成交额 {amount} 元，技术交易额 {technology} 元，买方 {contract.BuyerName}，卖方 {contract.SellerName}，登记日期 {contract.RegisteredOn:yyyy-MM-dd}",
            contract.ActorName, contract.At));
    }
}
