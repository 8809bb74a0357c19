using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Data.Operations;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Access;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Enterprises.Import;

public sealed record ImportError(int Row, string Column, string Message);

/// <summary>What an import found and did: every bad row and column named; nothing saved from a file with errors unless asked.</summary>
public sealed record ImportReport(int Rows, int ValidRows, int Saved, bool ValidRowsOnly, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0 || (ValidRowsOnly && Saved == ValidRows);
}

/// <summary>
/// Imports annual data from the zone's template (one row per enterprise-year, Chinese headers) with a row-by-row
/// validation report. Rows are matched to registered enterprises by credit code; an existing year is replaced.
/// </summary>
internal sealed class AnnualDataImport(GaoxinDbContext db, EnterpriseRegistry registry, IStoredVerdicts verdicts, GaoxinMetrics metrics)
{
    public const int MaxRows = 50_000;

    /// <summary>Largest file accepted, by the API and the page alike.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Template columns: header → field name used in validation messages.</summary>
    public static readonly IReadOnlyList<(string Header, string Field, bool Required)> Columns =
    [
        ("统一社会信用代码", "creditCode", true),
        ("企业名称", "name", false),
        ("年度", "year", true),
        ("职工总数", "staff", false),
        ("科技人员数", "techStaff", false),
        ("销售收入（元）", "sales", false),
        ("总收入（元）", "totalRevenue", false),
        ("主营业务收入（元）", "mainBusinessRevenue", false),
        ("成本费用总额（元）", "totalCosts", false),
        ("研发费用（元）", "rdSpend", false),
        ("境内研发费用（元）", "rdSpendInChina", false),
        ("资产总额（元）", "totalAssets", false),
        ("净资产（元）", "netAssets", false),
        ("资产负债率", "debtRatio", false),
        ("高新技术产品（服务）收入（元）", "highTechIncome", false),
        ("Ⅰ类知识产权数", "classOneIp", false),
        ("Ⅱ类知识产权数", "classTwoIp", false),
        ("成果转化数", "achievementsConverted", false),
        ("股权融资额（元）", "equityRaised", false),
        ("获奖数", "awards", false),
        ("主导标准数", "standardsLed", false),
        ("重大事故", "majorIncident", false),
        ("失信名单", "onCreditList", false),
    ];

    /// <summary>An empty template with the headers, for people to fill in.</summary>
    public static MemoryStream Template()
    {
        var row = Columns.ToDictionary(c => c.Header, c => (object?)null);
        var stream = new MemoryStream();
        stream.SaveAs(new[] { row }, sheetName: "年度数据");
        stream.Position = 0;
        return stream;
    }

    /// <summary>Annual data in the import template's layout, so a file can go out, be corrected and come back.</summary>
    public async Task<MemoryStream> ExportAsync(Actor actor, int? year, CancellationToken ct)
    {
        var enterprises = await registry.Visible(actor).AsNoTracking().Include(e => e.Years).OrderBy(e => e.Name).ToListAsync(ct);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var e in enterprises)
        {
            foreach (var y in e.Years.Where(y => year is null || y.Year == year).OrderBy(y => y.Year))
            {
                object?[] values =
                [
                    e.CreditCode, e.Name, y.Year, y.Staff, y.TechStaff, y.Sales, y.TotalRevenue, y.MainBusinessRevenue, y.TotalCosts, y.RdSpend, y.RdSpendInChina,
                    y.TotalAssets, y.NetAssets, y.DebtRatio, y.HighTechIncome, y.ClassOneIp, y.ClassTwoIp, y.AchievementsConverted, y.EquityRaised, y.Awards,
                    y.StandardsLed, y.MajorIncident ? "是" : "否", y.OnCreditList ? "是" : "否",
                ];
                rows.Add(Columns.Select((c, i) => (c.Header, values[i])).ToDictionary(x => x.Header, x => x.Item2));
            }
        }

        return await ExcelExport.WorkbookAsync(rows.Count > 0 ? rows : [Columns.ToDictionary(c => c.Header, c => (object?)null)], "年度数据", ct);
    }

    public async Task<ImportReport> ImportAsync(Actor actor, Stream file, bool validRowsOnly, CancellationToken ct)
    {
        var report = await ReadAndStoreAsync(actor, file, validRowsOnly, ct);
        metrics.Imported("enterprises.annual", report.Saved > 0);
        return report;
    }

    private async Task<ImportReport> ReadAndStoreAsync(Actor actor, Stream file, bool validRowsOnly, CancellationToken ct)
    {
        SpreadsheetLimits.Check(file);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or ArgumentException)
        {
            return new ImportReport(0, 0, 0, validRowsOnly, [new ImportError(0, "文件", "无法读取：请上传 .xlsx 格式的年度数据模板。")]);
        }

        if (rows.Count > MaxRows)
        {
            return new ImportReport(rows.Count, 0, 0, validRowsOnly, [new ImportError(0, "文件", $"行数超过上限 {MaxRows}，请分批导入。")]);
        }

        var headers = rows.FirstOrDefault()?.Keys.ToHashSet() ?? [];
        var missing = Columns.Where(c => c.Required && !headers.Contains(c.Header)).Select(c => c.Header).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            var message = rows.Count == 0 ? "文件中没有数据行。" : "缺少必需的列：" + string.Join("、", missing);
            return new ImportReport(rows.Count, 0, 0, validRowsOnly, [new ImportError(1, "表头", message)]);
        }

        var enterprises = await registry.Visible(actor).Include(e => e.Years).Include(e => e.Certificates).Include(e => e.Honours).AsSplitQuery().ToDictionaryAsync(e => e.CreditCode, ct);
        var currentYear = registry.Today().Year;
        var errors = new List<ImportError>();
        var valid = new List<(Enterprise Enterprise, AnnualReportInput Input)>();
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var excelRow = i + 2;
            var row = new RowReader(rows[i], excelRow);
            var code = row.Text("统一社会信用代码");
            var year = row.Int("年度", required: true) ?? 0;
            Enterprise? enterprise = null;
            if (!CreditCodes.TryNormalise(code, out var normalised, out var codeError))
            {
                row.Error("统一社会信用代码", codeError);
            }
            else if (!enterprises.TryGetValue(normalised, out enterprise))
            {
                row.Error("统一社会信用代码", $"{normalised} 未在企业库中登记（或您无权维护该企业）。");
            }
            else if (!seen.Add((normalised, year)))
            {
                row.Error("年度", $"{normalised} 的 {year} 年度在文件中重复出现。");
            }

            var input = new AnnualReportInput(
                year, row.Int("职工总数"), row.Int("科技人员数"), row.Money("销售收入（元）"), row.Money("总收入（元）"), row.Money("主营业务收入（元）"),
                row.Money("成本费用总额（元）"), row.Money("研发费用（元）"), row.Money("境内研发费用（元）"), row.Money("资产总额（元）"), row.Money("净资产（元）"),
                row.Ratio("资产负债率"), row.Money("高新技术产品（服务）收入（元）"), row.Int("Ⅰ类知识产权数") ?? 0, row.Int("Ⅱ类知识产权数") ?? 0,
                row.Int("成果转化数") ?? 0, row.Money("股权融资额（元）") ?? 0, row.Int("获奖数") ?? 0, row.Int("主导标准数") ?? 0,
                row.Bool("重大事故"), row.Bool("失信名单"));
            if (row.Errors.Count == 0)
            {
                foreach (var (field, messages) in AnnualReportValidation.Validate(input, currentYear))
                {
                    var header = Columns.First(c => c.Field == field).Header;
                    foreach (var m in messages)
                    {
                        row.Error(header, m);
                    }
                }
            }

            if (row.Errors.Count == 0 && enterprise is not null && RecordAccess.MayChange(actor, EnterpriseAccess.Records, enterprise.OrganisationId, enterprise.ZoneId.Value))
            {
                valid.Add((enterprise, input));
            }

            errors.AddRange(row.Errors);
        }

        if (errors.Count > 0 && !validRowsOnly)
        {
            return new ImportReport(rows.Count, valid.Count, 0, validRowsOnly, errors);
        }

        foreach (var (enterprise, input) in valid)
        {
            AnnualReports.Upsert(enterprise, input);
        }

        await verdicts.StageAsync([.. valid.Select(v => v.Enterprise).Distinct()], ct);
        await db.SaveChangesAsync(ct);
        return new ImportReport(rows.Count, valid.Count, valid.Count, validRowsOnly, errors);
    }

    /// <summary>Reads typed cells from one row, collecting an error per unreadable cell.</summary>
    private sealed class RowReader(IDictionary<string, object?> cells, int row)
    {
        public List<ImportError> Errors { get; } = [];

        public void Error(string column, string message) => Errors.Add(new ImportError(row, column, message));

        public string? Text(string column) => cells.TryGetValue(column, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() : null;

        public int? Int(string column, bool required = false)
        {
            var d = Number(column, required);
            if (d is null)
            {
                return null;
            }

            if (d != decimal.Truncate(d.Value) || d > int.MaxValue || d < int.MinValue)
            {
                Error(column, $"应为整数，实际为 {d}。");
                return null;
            }

            return (int)d.Value;
        }

        public decimal? Money(string column)
        {
            var d = Number(column, required: false);
            return d is null ? null : decimal.Round(d.Value, 2, MidpointRounding.AwayFromZero);
        }

        public decimal? Ratio(string column)
        {
            var text = Text(column);
            if (text is not null && text.EndsWith('%') && decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
            {
                return percent / 100m;
            }

            return Number(column, required: false);
        }

        public bool Bool(string column)
        {
            var text = Text(column);
            switch (text)
            {
                case null or "" or "否" or "无" or "0" or "false" or "False" or "N" or "n":
                    return false;
                case "是" or "有" or "1" or "true" or "True" or "Y" or "y":
                    return true;
                default:
                    Error(column, $"应填“是”或“否”，实际为“{text}”。");
                    return false;
            }
        }

        private decimal? Number(string column, bool required)
        {
            if (!cells.TryGetValue(column, out var value) || value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
            {
                if (required)
                {
                    Error(column, "不能为空。");
                }

                return null;
            }

            switch (value)
            {
                case double d when double.IsFinite(d) && Math.Abs(d) < 1e15:
                    return (decimal)d;
                case decimal m:
                    return m;
                case int or long:
                    return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            }

            var text = Convert.ToString(value, CultureInfo.InvariantCulture)!.Replace(",", string.Empty, StringComparison.Ordinal).Trim();
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            Error(column, $"应为数字，实际为“{value}”。");
            return null;
        }
    }
}
