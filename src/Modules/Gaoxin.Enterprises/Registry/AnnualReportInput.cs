using Microsoft.EntityFrameworkCore;
using System.Globalization;

namespace Gaoxin.Enterprises.Registry;

/// <summary>One enterprise-year as entered or imported; money in yuan. Shared by the API and the Excel import.</summary>
public sealed record AnnualReportInput(
    int Year,
    int? Staff,
    int? TechStaff,
    decimal? Sales,
    decimal? TotalRevenue,
    decimal? MainBusinessRevenue,
    decimal? TotalCosts,
    decimal? RdSpend,
    decimal? RdSpendInChina,
    decimal? TotalAssets,
    decimal? NetAssets,
    [property: Precision(9, 6)] decimal? DebtRatio,
    decimal? HighTechIncome,
    int ClassOneIp,
    int ClassTwoIp,
    int AchievementsConverted,
    decimal EquityRaised,
    int Awards,
    int StandardsLed,
    bool MajorIncident,
    bool OnCreditList);

/// <summary>
/// Checks one enterprise-year: ranges, signs and the consistency the certification rules rely on
/// (tech staff within staff, R&amp;D within costs, R&amp;D in China within R&amp;D). Errors are keyed by field.
/// </summary>
public static class AnnualReportValidation
{
    public const int FirstYear = 2000;

    public static Dictionary<string, string[]> Validate(AnnualReportInput r, int currentYear)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (r.Year < FirstYear || r.Year > currentYear)
        {
            Add("year", $"年度 {r.Year} 无效：应在 {FirstYear}–{currentYear} 之间。");
        }

        NotNegative(r.Staff, "staff", "职工总数");
        NotNegative(r.TechStaff, "techStaff", "科技人员数");
        NotNegative(r.ClassOneIp, "classOneIp", "Ⅰ类知识产权数");
        NotNegative(r.ClassTwoIp, "classTwoIp", "Ⅱ类知识产权数");
        NotNegative(r.AchievementsConverted, "achievementsConverted", "成果转化数");
        NotNegative(r.Awards, "awards", "获奖数");
        NotNegative(r.StandardsLed, "standardsLed", "主导标准数");
        foreach (var (value, field, label) in new (decimal?, string, string)[]
        {
            (r.Sales, "sales", "销售收入"), (r.TotalRevenue, "totalRevenue", "总收入"), (r.MainBusinessRevenue, "mainBusinessRevenue", "主营业务收入"),
            (r.TotalCosts, "totalCosts", "成本费用总额"), (r.RdSpend, "rdSpend", "研发费用"), (r.RdSpendInChina, "rdSpendInChina", "境内研发费用"),
            (r.TotalAssets, "totalAssets", "资产总额"), (r.HighTechIncome, "highTechIncome", "高新技术产品（服务）收入"), (r.EquityRaised, "equityRaised", "股权融资额"),
        })
        {
            if (value < 0)
            {
                Add(field, $"{label}不能为负数（{Yuan(value.Value)} 元）。");
            }
        }

        if (r.DebtRatio is < 0 or > 5)
        {
            Add("debtRatio", $"资产负债率 {r.DebtRatio} 无效：请以小数填写（如 0.55 表示 55%）。");
        }

        if (r.TechStaff > r.Staff)
        {
            Add("techStaff", $"科技人员数（{r.TechStaff}）不能多于职工总数（{r.Staff}）。");
        }

        if (r.RdSpend > r.TotalCosts)
        {
            Add("rdSpend", $"研发费用（{Yuan(r.RdSpend!.Value)} 元）不能高于成本费用总额（{Yuan(r.TotalCosts!.Value)} 元）。");
        }

        if (r.RdSpendInChina > r.RdSpend)
        {
            Add("rdSpendInChina", $"境内研发费用（{Yuan(r.RdSpendInChina!.Value)} 元）不能高于研发费用总额（{Yuan(r.RdSpend!.Value)} 元）。");
        }

        if (r.MainBusinessRevenue > r.TotalRevenue)
        {
            Add("mainBusinessRevenue", $"主营业务收入（{Yuan(r.MainBusinessRevenue!.Value)} 元）不能高于总收入（{Yuan(r.TotalRevenue!.Value)} 元）。");
        }

        if (r.HighTechIncome > r.TotalRevenue)
        {
            Add("highTechIncome", $"高新技术产品（服务）收入（{Yuan(r.HighTechIncome!.Value)} 元）不能高于总收入（{Yuan(r.TotalRevenue!.Value)} 元）。");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

        void NotNegative(int? value, string field, string label)
        {
            if (value < 0)
            {
                Add(field, $"{label}不能为负数（{value}）。");
            }
        }
    }

    public static string Yuan(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
