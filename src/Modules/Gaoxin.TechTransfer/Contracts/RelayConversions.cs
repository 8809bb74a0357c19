using System.Globalization;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Contracts;

/// <summary>
/// The relay's door for the marketplace's contract registry: a registered technology contract of a project is written on the
/// project's timeline (the project page shows it there: number, kind, amount, parties), and every registered contract of a
/// project or an achievement is kept as a <see cref="ContractConversion"/>, which the conversion figure counts
/// (<see cref="Analytics.RelayAnalytics"/>: once per project or achievement, in the year of its first conversion).
/// </summary>
internal sealed class RelayConversions(GaoxinDbContext db) : IRelayConversions
{
    public async Task RecordContractAsync(RegisteredTechContract contract, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (contract.ProjectId is null && contract.AchievementId is null)
        {
            throw Refusal.Invalid("relayProjectId", "请指定接力项目或科技成果。");
        }

        var zone = new ZoneId(contract.ZoneId);
        if (contract.ProjectId is { } projectId)
        {
            var project = await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.ZoneId == zone && p.Id == projectId, ct) ?? throw Refusal.NotFound("项目");
            var amount = contract.Amount.ToString("#,0.00", CultureInfo.InvariantCulture);
            var technology = contract.TechnologyAmount.ToString("#,0.00", CultureInfo.InvariantCulture);
            db.Add(project.Log(ProjectEventKind.Note,
                $"技术合同已认定登记：{contract.RegistrationNumber}（{contract.Kind}）《{contract.Title}》，合同成交额 {amount} 元，技术交易额 {technology} 元，买方 {contract.BuyerName}，卖方 {contract.SellerName}，登记日期 {contract.RegisteredOn:yyyy-MM-dd}",
                contract.ActorName, contract.At));
        }

        if (contract.AchievementId is { } achievementId
            && !await db.Set<Achievement>().AsNoTracking().AnyAsync(a => a.ZoneId == zone && a.Id == achievementId, ct))
        {
            throw Refusal.NotFound("科技成果");
        }

        if (!await db.Set<ContractConversion>().AsNoTracking().AnyAsync(c => c.ZoneId == zone && c.ContractId == contract.ContractId, ct))
        {
            db.Add(new ContractConversion
            {
                ZoneId = zone, ContractId = contract.ContractId, ProjectId = contract.ProjectId, AchievementId = contract.AchievementId,
                RegistrationNumber = contract.RegistrationNumber, RegisteredOn = contract.RegisteredOn,
            });
        }
    }
}
