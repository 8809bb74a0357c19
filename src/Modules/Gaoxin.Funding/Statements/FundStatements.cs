using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Documents;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Funding.Statements;

public sealed record StatementRow(
    [property: ExcelColumnName("序号")] long Sequence,
    [property: ExcelColumnName("日期")] string Date,
    [property: ExcelColumnName("资金年度")] int FundYear,
    [property: ExcelColumnName("类型")] string Kind,
    [property: ExcelColumnName("金额（元）")] decimal Amount,
    [property: ExcelColumnName("项目")] string Project,
    [property: ExcelColumnName("摘要")] string Memo,
    [property: ExcelColumnName("经办")] string Actor);

/// <summary>Statements (对账单) per fund-year and per project: the ledger's entries with the position they add up to.</summary>
internal sealed class FundStatements(GaoxinDbContext db)
{
    public static string KindTitle(EntryKind k) => k switch
    {
        EntryKind.BudgetSet => "年度预算",
        EntryKind.AwardCommitted => "资助承诺",
        EntryKind.TranchePaid => "拨付",
        EntryKind.CommitmentReleased => "释放承诺",
        EntryKind.Converted => "转股",
        EntryKind.ReturnReceived => "资金回流",
        EntryKind.WrittenOff => "核销",
        _ => k.ToString(),
    };

    public async Task<List<StatementRow>> RowsAsync(ZoneId zone, int? year, Guid? projectId, CancellationToken ct)
    {
        var q = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ZoneId == zone);
        if (year is not null)
        {
            q = q.Where(e => e.FundYear == year);
        }

        if (projectId is not null)
        {
            q = q.Where(e => e.ProjectId == projectId);
        }

        var entries = await q.OrderBy(e => e.Sequence).ToListAsync(ct);
        var projectIds = entries.Where(e => e.ProjectId != null).Select(e => e.ProjectId!.Value).Distinct().ToList();
        var titles = await db.Set<Award>().AsNoTracking().Where(a => projectIds.Contains(a.ProjectId))
            .Select(a => new { a.ProjectId, a.ProjectCode, a.ProjectTitle }).Distinct().ToListAsync(ct);
        var names = titles.GroupBy(t => t.ProjectId).ToDictionary(g => g.Key, g => $"{g.First().ProjectCode} {g.First().ProjectTitle}");
        return entries.Select(e => new StatementRow(e.Sequence, ZoneClock.InZone(e.OccurredAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.FundYear, KindTitle(e.Kind), e.Amount,
            e.ProjectId is { } p && names.TryGetValue(p, out var n) ? n : string.Empty, e.Memo, e.Actor)).ToList();
    }

    public async Task<byte[]> YearPdfAsync(ZoneId zone, int year, CancellationToken ct)
    {
        var position = await FundLedger.PositionAsync(db, zone, year, ct);
        var rows = await RowsAsync(zone, year, null, ct);
        using var pdf = new PdfReport($"中试专项资金 {year} 年度对账单");
        pdf.Figures([
            ("年度预算", Yuan.Show(position.Budget)), ("已承诺", Yuan.Show(position.Committed)), ("已拨付", Yuan.Show(position.Disbursed)),
            ("可用", Yuan.Show(position.Available)), ("回流", Yuan.Show(position.Returned)), ("核销", Yuan.Show(position.WrittenOff)),
        ]);
        pdf.Note("所有余额均由台账分录汇总得出；台账分录以哈希链相连，可用 gaoxin ledger verify 校验。");
        Table(pdf, rows);
        return pdf.ToBytes();
    }

    public async Task<byte[]> ProjectPdfAsync(ZoneId zone, Guid projectId, string title, CancellationToken ct)
    {
        var rows = await RowsAsync(zone, null, projectId, ct);
        var committed = await FundLedger.ProjectCommittedAsync(db, zone, projectId, ct);
        using var pdf = new PdfReport($"中试专项资金项目对账单：{title}");
        pdf.Figures([
            ("累计承诺（未释放）", Yuan.Show(committed)),
            ("累计拨付", Yuan.Show(rows.Where(r => r.Kind == "拨付").Sum(r => r.Amount))),
            ("回流", Yuan.Show(rows.Where(r => r.Kind == "资金回流").Sum(r => r.Amount))),
        ]);
        Table(pdf, rows);
        return pdf.ToBytes();
    }

    private static void Table(PdfReport pdf, List<StatementRow> rows)
    {
        pdf.Heading("台账分录");
        pdf.Table(["序号", "日期", "年度", "类型", "金额（元）", "摘要"],
            rows.Select(r => (IReadOnlyList<string>)[r.Sequence.ToString(CultureInfo.InvariantCulture), r.Date, r.FundYear.ToString(CultureInfo.InvariantCulture), r.Kind,
                r.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture), r.Memo]).ToList(),
            [0.07, 0.12, 0.07, 0.1, 0.16, 0.48]);
    }

    public static bool MaySeeBooks(Actor actor) => actor.Roles.Any(FundingAccess.Staff.Contains);
}
