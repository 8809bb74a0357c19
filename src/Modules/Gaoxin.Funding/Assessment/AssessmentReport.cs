using System.Globalization;
using Gaoxin.Data.Documents;

namespace Gaoxin.Funding.Assessment;

/// <summary>The printable assessment report (运营方年度考核报告).</summary>
internal static class AssessmentReport
{
    public static byte[] Pdf(AssessmentView a)
    {
        using var pdf = new PdfReport($"创新中心运营方 {a.Year} 年度考核报告");
        pdf.Figures([
            ("考核得分", a.Score.ToString("0.00", CultureInfo.InvariantCulture) + " 分"),
            ("经费系数", a.Factor.ToString("0.0#", CultureInfo.InvariantCulture)),
            ("运营经费基数", Awards.Yuan.Show(a.BaseFee)),
            ("核定运营经费", Awards.Yuan.Show(a.OperatingFunds)),
            ("政策版本", $"第 {a.PolicyVersion} 版"),
        ]);
        pdf.Heading("考核指标");
        pdf.Table(["指标", "实际", "目标", "权重", "完成度", "来源"],
            a.Kpis.Select(k => (IReadOnlyList<string>)[k.Title, Show(k.Actual, k.Unit), Show(k.Target, k.Unit), k.Weight.ToString("0.##", CultureInfo.InvariantCulture),
                k.Attainment.ToString("P1", CultureInfo.InvariantCulture), k.Source switch { "computed" => "平台数据", "entered" => "填报", _ => "缺失" }]).ToList(),
            [0.28, 0.18, 0.18, 0.1, 0.12, 0.14]);
        pdf.Paragraph(a.RectificationNotice
            ? "得分低于 60 分：本年度不拨付运营经费，并下达整改通知。"
            : "运营经费 = 基数 × 得分档位系数（≥90 分 1.2；80–90 分 1.0；70–80 分 0.8；60–70 分 0.6；<60 分 0 并下达整改通知）。");
        if (!string.IsNullOrWhiteSpace(a.Note))
        {
            pdf.Paragraph("说明：" + a.Note);
        }

        return pdf.ToBytes();
    }

    public static string Show(decimal? v, string unit) => v is null ? "—" : unit switch
    {
        "%" => v.Value.ToString("P1", CultureInfo.InvariantCulture),
        "元" => (v.Value / 10_000m).ToString("#,##0.##", CultureInfo.InvariantCulture) + " 万元",
        _ => v.Value.ToString("#,##0.##", CultureInfo.InvariantCulture) + " " + unit,
    };
}
