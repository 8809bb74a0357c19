using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Indicators.Series;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Indicators.Demo;

/// <summary>
/// The report's indicators: Jan–Sep 2025 growth at comparable prices (GDP +7.0%, industrial value added above size +16.2%,
/// services value added +7.1%) and the goal of GDP over 50 billion CNY (500 亿元) by 2030. The report gives rates, not levels:
/// the levels here are illustrative, chosen so the nominal growth differs from the comparable rate as it does in practice.
/// Idempotent: nothing is added once the zone has indicator definitions.
/// </summary>
internal sealed class IndicatorsDemoSeeder : IDemoSeeder
{
    public int Order => 51;

    private static readonly (string Code, string Name, string Unit, bool Published)[] Definitions =
    [
        ("GDP", "地区生产总值", "亿元", true),
        ("IVA", "规模以上工业增加值", "亿元", true),
        ("SVA", "服务业增加值", "亿元", true),
        ("FAI", "固定资产投资", "亿元", true),
        ("IOV", "规模以上工业总产值", "亿元", true),
        ("TAX", "税收收入", "亿元", false),
        ("RD", "研发经费投入", "亿元", true),
    ];

    /// <summary>(code, year, month, value at current prices, comparable growth %)</summary>
    private static readonly (string Code, int Year, int Month, decimal Value, decimal? Growth)[] Values =
    [
        ("GDP", 2020, 12, 245.6m, 3.9m), ("GDP", 2021, 12, 268.9m, 8.2m), ("GDP", 2022, 12, 281.4m, 4.1m), ("GDP", 2023, 12, 300.2m, 6.0m), ("GDP", 2024, 12, 322.4m, 6.5m),
        ("GDP", 2024, 9, 236.8m, 6.3m), ("GDP", 2025, 3, 78.9m, 6.6m), ("GDP", 2025, 6, 162.3m, 6.8m), ("GDP", 2025, 9, 251.5m, 7.0m),
        ("IVA", 2023, 12, 105.7m, 10.8m), ("IVA", 2024, 12, 118.5m, 12.1m), ("IVA", 2024, 9, 88.0m, 11.7m),
        ("IVA", 2025, 3, 31.2m, 15.1m), ("IVA", 2025, 6, 66.0m, 15.8m), ("IVA", 2025, 9, 101.3m, 16.2m),
        ("SVA", 2023, 12, 118.9m, 5.8m), ("SVA", 2024, 12, 126.0m, 6.3m), ("SVA", 2024, 9, 92.5m, 6.1m),
        ("SVA", 2025, 3, 32.1m, 6.9m), ("SVA", 2025, 6, 64.9m, 7.0m), ("SVA", 2025, 9, 98.8m, 7.1m),
        ("FAI", 2024, 9, 87.1m, null), ("FAI", 2025, 9, 95.6m, null),
        ("IOV", 2024, 9, 350.3m, 12.9m), ("IOV", 2025, 9, 412.0m, 18.5m),
        ("TAX", 2024, 9, 17.7m, null), ("TAX", 2025, 9, 18.6m, null),
        ("RD", 2023, 12, 8.6m, null), ("RD", 2024, 12, 9.8m, null),
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<IndicatorDefinition>().AnyAsync(d => d.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var definitions = Definitions.Select((d, i) => new IndicatorDefinition { ZoneId = zoneId, Code = d.Code, Name = d.Name, Unit = d.Unit, Published = d.Published, SortOrder = i + 1 })
            .ToDictionary(d => d.Code);
        db.AddRange(definitions.Values);
        var periods = Values.Select(v => (v.Year, v.Month)).Distinct()
            .Select(p => ReportingPeriod.Define(zoneId, p.Year, p.Month, PublishedOn(p.Year, p.Month)))
            .ToDictionary(p => (p.Year, p.Month));
        db.AddRange(periods.Values);
        foreach (var (code, year, month, value, growth) in Values)
        {
            db.Add(new IndicatorValue
            {
                ZoneId = zoneId, DefinitionId = definitions[code].Id, PeriodId = periods[(year, month)].Id, Value = value, ComparableGrowth = growth,
                Source = code is "GDP" or "IVA" or "SVA" && year == 2025 && month == 9 ? "自贡高新区 2025 年前 3 季度数据（增速）；总量为演示值" : "演示数据",
            });
        }

        db.Add(new IndicatorTarget
        {
            ZoneId = zoneId, DefinitionId = definitions["GDP"].Id, Year = 2030, Value = 500m, SetOn = new DateOnly(2025, 11, 20),
            Document = "展望“十五五”：力争地区生产总值突破 500 亿元",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Statistics come out about three weeks after the period ends.</summary>
    private static DateOnly PublishedOn(int year, int month) => new DateOnly(year, month, 1).AddMonths(1).AddDays(20);
}
