using Gaoxin.Data;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Statements;

public sealed record Breakdown(string Key, decimal Committed, decimal Paid, int Awards);

/// <summary>The dashboard: the year's position and how it splits by grade and by instrument.</summary>
public sealed record Dashboard(Gaoxin.Contracts.Funding.FundPosition Position, IReadOnlyList<Breakdown> ByGrade, IReadOnlyList<Breakdown> ByInstrument, int PendingApplications, int ActiveInstruments);

/// <summary>资金看板: the year's position from the ledger, split by grade and by instrument, with what waits for a decision.</summary>
internal static class DashboardReads
{
    private static readonly string[] Grades = ["A", "B", "C"];

    public static async Task<Dashboard> ReadAsync(GaoxinDbContext db, ZoneId zone, int year, DateOnly today, CancellationToken ct)
    {
        var position = await FundLedger.PlannedPositionAsync(db, zone, year, today, ct);
        var list = await db.Set<Award>().AsNoTracking().Where(a => a.ZoneId == zone && a.FundYear == year).ToListAsync(ct);
        var money = await FundLedger.AwardMoneyAsync(db, zone, list.Select(a => a.Id).ToList(), ct);
        Breakdown Sum(string key, IEnumerable<Award> group)
        {
            var g = group.ToList();
            return new Breakdown(key, g.Sum(a => money[a.Id].Committed - money[a.Id].Released), g.Sum(a => money[a.Id].Paid), g.Count);
        }

        var byGrade = Grades.Select(grade => Sum(grade, list.Where(a => a.Grade == grade))).ToList();
        var byInstrument = Enum.GetValues<Instrument>().Select(i => Sum(i.ToString(), list.Where(a => a.Instrument == i))).ToList();
        var pending = await db.Set<FundApplication>().CountAsync(a => a.ZoneId == zone && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Recommended), ct);
        var active = await db.Set<EquityInstrument>().CountAsync(i => i.ZoneId == zone && (i.Status == InstrumentStatus.Unconverted || i.Status == InstrumentStatus.Converted), ct);
        return new Dashboard(position, byGrade, byInstrument, pending, active);
    }
}
