using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Data.Operations;
using Gaoxin.Indicators.Series;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Indicators.Import;

public sealed record ImportError(int Row, string Column, string Message);

/// <summary>What an import did: every bad row and column named; a file with any error saves nothing.</summary>
public sealed record ImportReport(int Rows, int Saved, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Imports a statistics-bureau period table (统计局期报表): one row per indicator and period, Chinese headers. The period is a column,
/// or given once for the whole file. Unknown columns, undefined indicators, periods or units, and duplicates are refused by row and column;
/// nothing is saved unless every row is good.
/// </summary>
internal sealed class IndicatorImport(GaoxinDbContext db, GaoxinMetrics metrics)
{
    public const int MaxRows = 20_000;

    /// <summary>Largest file accepted, by the API and the page alike.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string CodeColumn = "指标代码";
    public const string NameColumn = "指标名称";
    public const string PeriodColumn = "统计期";
    public const string UnitColumn = "单位";
    public const string ValueColumn = "数值";
    public const string GrowthColumn = "可比价增速（%）";
    public const string SourceColumn = "来源";

    private static readonly string[] AllColumns = [CodeColumn, NameColumn, PeriodColumn, UnitColumn, ValueColumn, GrowthColumn, SourceColumn];

    public static MemoryStream Template()
    {
        var stream = new MemoryStream();
        stream.SaveAs(new[] { AllColumns.ToDictionary(c => c, c => (object?)null) }, sheetName: "期报表");
        stream.Position = 0;
        return stream;
    }

    public async Task<ImportReport> ImportAsync(Actor actor, Stream file, string? filePeriod, CancellationToken ct)
    {
        var report = await ReadAndStoreAsync(actor, file, filePeriod, ct);
        metrics.Imported("indicators.period", report.Saved > 0);
        return report;
    }

    private async Task<ImportReport> ReadAndStoreAsync(Actor actor, Stream file, string? filePeriod, CancellationToken ct)
    {
        SpreadsheetLimits.Check(file);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or ArgumentException or NotSupportedException)
        {
            return new ImportReport(0, 0, [new ImportError(0, "文件", "无法读取：请上传 .xlsx 格式的期报表。")]);
        }

        if (rows.Count > MaxRows)
        {
            return new ImportReport(rows.Count, 0, [new ImportError(0, "文件", $"行数超过上限 {MaxRows}，请分批导入。")]);
        }

        if (rows.Count == 0)
        {
            return new ImportReport(0, 0, [new ImportError(1, "表头", "文件中没有数据行。")]);
        }

        // Column checks first: a misnamed column would otherwise be silently ignored.
        var headers = rows[0].Keys.Where(k => !string.IsNullOrWhiteSpace(k) && !k.StartsWith("__", StringComparison.Ordinal) && !IsLetterColumn(k)).ToList();
        var unknown = headers.Where(h => !AllColumns.Contains(h)).ToList();
        var missing = new List<string>();
        if (!headers.Contains(CodeColumn) && !headers.Contains(NameColumn))
        {
            missing.Add(CodeColumn + "（或" + NameColumn + "）");
        }

        missing.AddRange(new[] { UnitColumn, ValueColumn }.Where(c => !headers.Contains(c)));
        int fileYear = 0, fileMonth = 0;
        if (!headers.Contains(PeriodColumn) && !PeriodNames.TryParse(filePeriod, out fileYear, out fileMonth))
        {
            missing.Add(PeriodColumn + "（或在导入时指定统计期）");
        }

        if (unknown.Count > 0 || missing.Count > 0)
        {
            var errors = unknown.Select(u => new ImportError(1, u, $"无法识别的列“{u}”（可用列：{string.Join("、", AllColumns)}）。"))
                .Concat(missing.Select(m => new ImportError(1, m, $"缺少必需的列：{m}。"))).ToList();
            return new ImportReport(rows.Count, 0, errors);
        }

        var zone = new ZoneId(actor.ZoneId);
        var definitions = await db.Set<IndicatorDefinition>().Where(d => d.ZoneId == zone).ToListAsync(ct);
        var periods = await db.Set<ReportingPeriod>().Where(p => p.ZoneId == zone).ToListAsync(ct);
        var defined = periods.Select(p => (p.Year, p.Month)).ToHashSet();
        var stored = (await db.Set<IndicatorValue>().Where(v => v.ZoneId == zone).Select(v => new { v.DefinitionId, v.PeriodId }).ToListAsync(ct))
            .Select(v => (v.DefinitionId, v.PeriodId)).ToHashSet();
        var seen = new HashSet<(Guid, Guid)>();
        var problems = new List<ImportError>();
        var accepted = new List<IndicatorValue>();

        for (var i = 0; i < rows.Count; i++)
        {
            var excelRow = i + 2;
            var cells = rows[i];
            if (cells.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                continue;
            }

            var rowErrors = new List<ImportError>();
            void Error(string column, string message) => rowErrors.Add(new ImportError(excelRow, column, message));

            var code = Text(cells, CodeColumn)?.ToUpperInvariant();
            var name = Text(cells, NameColumn);
            var definition = code is { Length: > 0 } ? definitions.FirstOrDefault(d => d.Code == code) : definitions.FirstOrDefault(d => d.Name == name);
            if (definition is null)
            {
                Error(code is { Length: > 0 } ? CodeColumn : NameColumn, $"指标“{code ?? name ?? "（空）"}”未定义。");
            }

            var (year, month) = (fileYear, fileMonth);
            if (headers.Contains(PeriodColumn))
            {
                var text = Text(cells, PeriodColumn);
                if (!PeriodNames.TryParse(text, out year, out month))
                {
                    Error(PeriodColumn, $"统计期“{text ?? "（空）"}”无法识别，应为 2025-09 或“2025年前三季度”这样的写法。");
                }
            }

            if (year > 0)
            {
                var period = IndicatorBook.PeriodRule.Check(new PeriodFacts(year, month, defined));
                if (!period.Passed)
                {
                    Error(PeriodColumn, period.Message);
                }
            }

            if (definition is not null)
            {
                var unit = IndicatorBook.UnitRule.Check(new ReportedUnit(definition.Name, Text(cells, UnitColumn), definition.Unit));
                if (!unit.Passed)
                {
                    Error(UnitColumn, unit.Message);
                }
            }

            var value = Number(cells, ValueColumn, required: true, Error);
            var growth = Number(cells, GrowthColumn, required: false, Error);
            if (growth is < -100 or > 1000)
            {
                Error(GrowthColumn, $"可比价增速 {growth}% 不在 -100 到 1000 之间。");
            }

            var target = periods.FirstOrDefault(p => p.Year == year && p.Month == month);
            if (definition is not null && target is not null)
            {
                var key = (definition.Id, target.Id);
                var duplicate = IndicatorBook.DuplicateRule.Check(new PeriodOccupancy(definition.Name, PeriodNames.Title(year, month), stored.Contains(key), !seen.Add(key)));
                if (!duplicate.Passed)
                {
                    Error(PeriodColumn, duplicate.Message);
                }
            }

            if (rowErrors.Count == 0)
            {
                accepted.Add(new IndicatorValue { ZoneId = zone, DefinitionId = definition!.Id, PeriodId = target!.Id, Value = value!.Value, ComparableGrowth = growth, Source = Text(cells, SourceColumn) ?? "期报表导入" });
            }

            problems.AddRange(rowErrors);
        }

        if (problems.Count > 0)
        {
            return new ImportReport(rows.Count, 0, problems);
        }

        db.AddRange(accepted);
        await db.SaveChangesAsync(ct);
        return new ImportReport(rows.Count, accepted.Count, []);
    }

    private static bool IsLetterColumn(string key) => key.Length <= 2 && key.All(char.IsAsciiLetterUpper);

    private static string? Text(IDictionary<string, object?> cells, string column) =>
        cells.TryGetValue(column, out var v) && Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } s ? s : null;

    private static decimal? Number(IDictionary<string, object?> cells, string column, bool required, Action<string, string> error)
    {
        var text = Text(cells, column);
        if (text is null)
        {
            if (required)
            {
                error(column, "必须填写。");
            }

            return null;
        }

        if (decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        error(column, $"“{text}”不是数字。");
        return null;
    }
}
