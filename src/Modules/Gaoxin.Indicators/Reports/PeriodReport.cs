using System.Globalization;
using Gaoxin.Contracts.Enterprises;
using Gaoxin.Contracts.Services;
using Gaoxin.Data.Documents;
using Gaoxin.Data.Http;
using Gaoxin.Indicators.Series;
using Gaoxin.Kernel.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Indicators.Reports;

/// <summary>The figures of one period's report: each indicator's value and both growth rates, the targets, and the registry's counts.</summary>
public sealed record PeriodReportData(string Title, int Year, int Month, IReadOnlyList<ValueView> Values, IReadOnlyList<ValueView> YearBefore,
    IReadOnlyList<TargetView> Targets, EnterpriseCounts? Enterprises, ServicesFigures? Services = null);

/// <summary>
/// Writes a period report (e.g. "2025年前三季度经济运行情况") from data: a summary in sentences, the indicator table, a growth
/// chart and the targets with the growth each requires; as PDF (Chinese text) and as Excel with the same figures.
/// </summary>
internal sealed class PeriodReport(IndicatorBook book, IServiceProvider services)
{
    public static string TitleOf(int year, int month) => PeriodNames.Title(year, month) + "经济运行情况";

    /// <summary>The report's figures; refused as not found when the period is not defined.</summary>
    public async Task<PeriodReportData> BuildAsync(Guid zoneId, int year, int month, CancellationToken ct)
    {
        var code = PeriodNames.Code(year, month);
        if (!(await book.PeriodsAsync(zoneId, ct)).Any(p => p.Code == code))
        {
            throw Refusal.NotFound("统计期");
        }

        var values = await book.ValuesAsync(zoneId, null, code, false, ct);
        var before = await book.ValuesAsync(zoneId, null, PeriodNames.Code(year - 1, month), false, ct);
        var targets = await book.TargetsAsync(zoneId, ct);
        var directory = services.GetService<IEnterpriseDirectory>();
        var counts = directory is null ? null : await directory.CountsAsync(zoneId, ct);
        var servicesFigures = services.GetService<IServicesFigures>();
        var serviceYear = servicesFigures is null ? null : await servicesFigures.ForYearAsync(zoneId, year, ct);
        return new PeriodReportData(TitleOf(year, month), year, month, values, before, targets, counts, serviceYear);
    }

    public static string Pct(decimal? points) => points is { } p ? (p >= 0 ? "+" : string.Empty) + p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Amount(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"地区生产总值 251.5 亿元，按可比价计算增长 7.0%（现价名义增长 6.2%）" for each indicator.</summary>
    public static IEnumerable<string> Sentences(PeriodReportData data) => data.Values.Select(v =>
        $"{v.Name} {Amount(v.Value)} {v.Unit}" +
        (v.ComparableGrowth is not null ? $"，按可比价计算增长 {Pct(v.ComparableGrowth)}" : string.Empty) +
        (v.NominalGrowth is not null ? (v.ComparableGrowth is not null ? $"（现价名义增长 {Pct(v.NominalGrowth)}）" : $"，现价名义增长 {Pct(v.NominalGrowth)}") : string.Empty));

    public static byte[] Pdf(PeriodReportData data, string zoneName)
    {
        using var pdf = new PdfReport(data.Title);
        pdf.Note($"{zoneName} · 据统计期报数据自动生成。增速口径：可比价增速为统计部门公布的官方增速；现价名义增速由本期与上年同期现价数值计算，两者不同。");
        pdf.Heading("一、总体情况");
        pdf.Paragraph($"{PeriodNames.Title(data.Year, data.Month)}，" + string.Join("；", Sentences(data)) + "。");
        pdf.Heading("二、主要指标");
        pdf.Table(["指标", "单位", "本期", "上年同期", "可比价增速", "现价名义增速"],
            data.Values.Select(v => (IReadOnlyList<string>)[v.Name, v.Unit, Amount(v.Value),
                data.YearBefore.FirstOrDefault(b => b.Code == v.Code) is { } b ? Amount(b.Value) : "—", Pct(v.ComparableGrowth), Pct(v.NominalGrowth)]).ToList(),
            [0.28, 0.1, 0.15, 0.15, 0.16, 0.16]);
        var charted = data.Values.Where(v => v.Growth is not null).ToList();
        if (charted.Count > 0)
        {
            pdf.Image(Charts.Bars("主要指标增速（%，可比价；未公布可比价的为现价名义）", charted.Select(v => v.Name).ToList(), charted.Select(v => (double)v.Growth!.Value).ToList(), "%"), 230);
        }

        if (data.Targets.Count > 0)
        {
            pdf.Heading("三、目标与所需增速");
            pdf.Table(["指标", "目标年份", "目标值", "最近全年值", "所需年均增速（现价）"],
                data.Targets.Select(t => (IReadOnlyList<string>)[t.Name, t.Year.ToString(CultureInfo.InvariantCulture), $"{Amount(t.Value)} {t.Unit}",
                    t.LatestValue is { } l ? $"{Amount(l)}（{t.LatestYear}年）" : "—", t.AlreadyMet ? "已达成" : t.RequiredGrowth is { } r ? Pct(r * 100m) : "—"]).ToList(),
                [0.24, 0.14, 0.2, 0.22, 0.2]);
        }

        if (data.Enterprises is { } e)
        {
            pdf.Heading("四、企业发展");
            var rate = e.TransformationRate is { } tr ? (tr * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
            pdf.Paragraph($"企业库在册企业 {e.Total} 家，其中规模以上工业企业 {e.AboveDesignatedSize} 家；{e.Transformed} 家规上企业完成智能化改造数字化转型，规上企业智改数转率 {rate}。");
            pdf.Table(["梯度", "企业数"], e.ByRung.OrderByDescending(r => r.Value).Select(r => (IReadOnlyList<string>)[RungTitle(r.Key), r.Value.ToString(CultureInfo.InvariantCulture)]).ToList(), [0.6, 0.4]);
        }

        if (data.Services is { } sv)
        {
            pdf.Heading(data.Enterprises is null ? "四、企业服务" : "五、企业服务");
            static string N(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
            var onTime = sv.OnTimeRate is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
            pdf.Paragraph($"{sv.Year}年办结审批事项 {sv.Decided} 件，平均用时 {N(sv.AverageDaysUsed)} 个工作日（平均法定时限 {N(sv.AverageLimitDays)} 个工作日），按时办结率 {onTime}，"
                + $"每件申请平均补正 {N(sv.CorrectionsPerApplication)} 次；当前在办 {sv.OpenNow} 件，其中超期 {sv.OverdueNow} 件。"
                + $"受理企业纾困诉求 {sv.ReliefCases} 件，已办结 {sv.ReliefClosed} 件，办结用时中位数 {N(sv.MedianDaysToClose)} 天，平均满意度 {N(sv.AverageSatisfaction)} 分。");
            pdf.Table(["困难类别", "诉求数", "已办结", "办结用时中位数（天）", "平均满意度"],
                sv.ByCategory.Select(c => (IReadOnlyList<string>)[c.Label, c.Cases.ToString(CultureInfo.InvariantCulture), c.Closed.ToString(CultureInfo.InvariantCulture),
                    N(c.MedianDaysToClose), N(c.AverageSatisfaction)]).ToList(), [0.24, 0.16, 0.16, 0.24, 0.2]);
        }

        return pdf.ToBytes();
    }

    public static string RungTitle(string rung) => rung switch
    {
        "TechSme" => "科技型中小企业",
        "InnovativeSme" => "创新型中小企业",
        "SpecialisedSme" => "专精特新中小企业",
        "HighTech" => "高新技术企业",
        "LittleGiant" => "专精特新“小巨人”",
        _ => rung,
    };

    /// <summary>The same figures as the PDF: sheet 指标 (one row per indicator) and sheet 目标.</summary>
    public static MemoryStream Excel(PeriodReportData data)
    {
        var indicators = data.Values.Select(v => new Dictionary<string, object?>
        {
            ["统计期"] = v.PeriodTitle,
            ["指标代码"] = v.Code,
            ["指标"] = v.Name,
            ["单位"] = v.Unit,
            ["本期"] = v.Value,
            ["上年同期"] = data.YearBefore.FirstOrDefault(b => b.Code == v.Code)?.Value,
            ["可比价增速（%）"] = v.ComparableGrowth,
            ["现价名义增速（%）"] = v.NominalGrowth,
        }).ToList();
        var targets = data.Targets.Select(t => new Dictionary<string, object?>
        {
            ["指标"] = t.Name,
            ["目标年份"] = t.Year,
            ["目标值"] = t.Value,
            ["单位"] = t.Unit,
            ["最近全年"] = t.LatestYear,
            ["最近全年值"] = t.LatestValue,
            ["所需年均增速（%）"] = t.RequiredGrowth is { } r ? decimal.Round(r * 100m, 2) : null,
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["指标"] = indicators.Count > 0 ? indicators : [new Dictionary<string, object?> { ["统计期"] = data.Title }],
            ["目标"] = targets.Count > 0 ? targets : [new Dictionary<string, object?> { ["指标"] = null }],
        };
        return ExcelExport.Workbook(sheets);
    }
}
