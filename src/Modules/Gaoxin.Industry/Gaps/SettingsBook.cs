using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Gaps;

public sealed record SettingsView(DateOnly ValidFrom, int StrongMinEnterprises, int StrongMinKeyFirms, decimal StrongMinOutput, int StaleLeadDays, bool Defaults);

/// <summary>The thresholds in force and the committee's changes to them (dated rows).</summary>
internal sealed class SettingsBook(GaoxinDbContext db, ChainMaps maps)
{
    public async Task<SettingsView> CurrentAsync(Guid zoneId, CancellationToken ct)
    {
        var s = await maps.SettingsAsync(zoneId, ct);
        return new SettingsView(s.ValidFrom, s.StrongMinEnterprises, s.StrongMinKeyFirms, s.StrongMinOutput, s.StaleLeadDays, s.ValidFrom == DateOnly.MinValue);
    }

    /// <summary>New thresholds are a new row from their date; an existing row for the same date is corrected.</summary>
    public async Task<SettingsView> PutAsync(Actor actor, SettingsInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (input.ValidFrom == default)
        {
            throw Refusal.Invalid("validFrom", "请填写生效日期。");
        }

        var row = await db.Set<IndustrySettings>().FirstOrDefaultAsync(s => s.ZoneId == zone && s.ValidFrom == input.ValidFrom, ct);
        if (row is null)
        {
            row = new IndustrySettings { ZoneId = zone, ValidFrom = input.ValidFrom };
            db.Add(row);
        }

        row.StrongMinEnterprises = input.StrongMinEnterprises;
        row.StrongMinKeyFirms = input.StrongMinKeyFirms;
        row.StrongMinOutput = input.StrongMinOutput;
        row.StaleLeadDays = input.StaleLeadDays;
        await db.SaveChangesAsync(ct);
        return await CurrentAsync(actor.ZoneId, ct);
    }
}
