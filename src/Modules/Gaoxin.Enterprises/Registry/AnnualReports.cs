namespace Gaoxin.Enterprises.Registry;

/// <summary>Copies validated input onto a stored year; shared by the API, the pages and the import.</summary>
internal static class AnnualReports
{
    /// <summary>The enterprise's report for the input's year, added if new, with the input's figures.</summary>
    public static AnnualReport Upsert(Enterprise e, AnnualReportInput input)
    {
        var report = e.Years.FirstOrDefault(y => y.Year == input.Year);
        if (report is null)
        {
            report = new AnnualReport { ZoneId = e.ZoneId, EnterpriseId = e.Id, Year = input.Year };
            e.Years.Add(report);
        }

        Apply(report, input);
        return report;
    }

    public static void Apply(AnnualReport r, AnnualReportInput i)
    {
        r.Staff = i.Staff;
        r.TechStaff = i.TechStaff;
        r.Sales = i.Sales;
        r.TotalRevenue = i.TotalRevenue;
        r.MainBusinessRevenue = i.MainBusinessRevenue;
        r.TotalCosts = i.TotalCosts;
        r.RdSpend = i.RdSpend;
        r.RdSpendInChina = i.RdSpendInChina;
        r.TotalAssets = i.TotalAssets;
        r.NetAssets = i.NetAssets;
        r.DebtRatio = i.DebtRatio;
        r.HighTechIncome = i.HighTechIncome;
        r.ClassOneIp = i.ClassOneIp;
        r.ClassTwoIp = i.ClassTwoIp;
        r.AchievementsConverted = i.AchievementsConverted;
        r.EquityRaised = i.EquityRaised;
        r.Awards = i.Awards;
        r.StandardsLed = i.StandardsLed;
        r.MajorIncident = i.MajorIncident;
        r.OnCreditList = i.OnCreditList;
    }
}
