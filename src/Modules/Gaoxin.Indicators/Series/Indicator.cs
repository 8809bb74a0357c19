using Gaoxin.Kernel.Zones;

namespace Gaoxin.Indicators.Series;

/// <summary>An economic indicator the zone tracks (指标), e.g. GDP in 亿元; Published ones appear in open data.</summary>
internal sealed class IndicatorDefinition : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    /// <summary>Stable code used in imports and the API, e.g. "GDP".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="Units.Known"/>; values must be reported in it.</summary>
    public required string Unit { get; set; }

    public bool Published { get; set; }

    public int SortOrder { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// A reporting period (统计期): cumulative from January through <see cref="Month"/> of <see cref="Year"/>, as the statistics
/// bureau reports (1–9 月 = 前三季度; month 12 = the whole year). Values may only be given for defined periods.
/// </summary>
internal sealed class ReportingPeriod : IZoneScoped
{
    private ReportingPeriod()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    /// <summary>Open data shows only published periods (已发布); set only by <see cref="Publish"/>.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>A period Jan–<paramref name="month"/> of <paramref name="year"/>, published from <paramref name="publishedOn"/> when given.</summary>
    public static ReportingPeriod Define(ZoneId zone, int year, int month, DateOnly? publishedOn = null)
    {
        var period = new ReportingPeriod { ZoneId = zone, Year = year, Month = month };
        if (publishedOn is { } on)
        {
            period.Publish(on);
        }

        return period;
    }

    /// <summary>Publishes the period (its published indicators enter open data); publishing again records the new date.</summary>
    public void Publish(DateOnly on) => PublishedOn = on;
}

/// <summary>
/// A value as reported: the level at current prices (现价) in the indicator's unit, and the official growth rate at comparable
/// prices (可比价增速, in percent) — not the ratio of nominal levels, so both are stored.
/// </summary>
internal sealed class IndicatorValue : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid DefinitionId { get; set; }

    public Guid PeriodId { get; set; }

    public decimal Value { get; set; }

    /// <summary>Official year-on-year growth at comparable prices, in percent (7.0 means +7.0%); null when not reported.</summary>
    public decimal? ComparableGrowth { get; set; }

    public string? Source { get; set; }
}

/// <summary>A target (目标) for an indicator's full-year value, e.g. GDP over 500 亿元 by 2030.</summary>
internal sealed class IndicatorTarget : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid DefinitionId { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    public DateOnly SetOn { get; set; }

    public string? Document { get; set; }
}

/// <summary>Units values may be reported in; anything else is refused rather than guessed at.</summary>
public static class Units
{
    public static readonly IReadOnlyList<string> Known = ["亿元", "万元", "元", "%", "家", "个", "项", "人", "万人次"];
}

/// <summary>How a period is named in Chinese reports.</summary>
public static class PeriodNames
{
    public static string Title(int year, int month) => month switch
    {
        3 => $"{year}年一季度",
        6 => $"{year}年上半年",
        9 => $"{year}年前三季度",
        12 => $"{year}年",
        1 => $"{year}年1月",
        _ => $"{year}年1-{month}月",
    };

    public static string Code(int year, int month) => $"{year:D4}-{month:D2}";

    /// <summary>Reads "2025-09", "2025年1-9月", "2025年前三季度", "2025年上半年", "2025年一季度" or "2025年"/"2025".</summary>
    public static bool TryParse(string? text, out int year, out int month)
    {
        year = 0;
        month = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().Replace("—", "-", StringComparison.Ordinal).Replace("－", "-", StringComparison.Ordinal).Replace("~", "-", StringComparison.Ordinal);
        var m = System.Text.RegularExpressions.Regex.Match(t, @"^(\d{4})(?:-(\d{1,2})|年(?:1-(\d{1,2})月|(一季度|上半年|前三季度|全年)|(1)月)?)?$");
        if (!m.Success)
        {
            return false;
        }

        year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            : m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)
            : m.Groups[4].Success ? m.Groups[4].Value switch { "一季度" => 3, "上半年" => 6, "前三季度" => 9, _ => 12 }
            : m.Groups[5].Success ? 1 : 12;
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12;
    }
}
