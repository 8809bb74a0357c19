using System.Globalization;
using System.Security.Claims;
using System.Text;
using Gaoxin.Data.Http;
using Gaoxin.Indicators.Series;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Indicators.OpenData;

/// <summary>A published value as open data: plain fields, growth rates in percent with their basis named.</summary>
public sealed record OpenDataRow(string Code, string Indicator, string Unit, string Period, string PeriodTitle, decimal Value, decimal? ComparableGrowth, decimal? NominalGrowth);

/// <summary>Open data: published periods of published indicators, for the page and the API alike.</summary>
internal static class OpenDataRows
{
    public static async Task<IReadOnlyList<OpenDataRow>> ForZoneAsync(IndicatorBook b, Guid zone, CancellationToken ct) =>
        (await b.ValuesAsync(zone, null, null, publishedOnly: true, ct))
            .Select(v => new OpenDataRow(v.Code, v.Name, v.Unit, v.Period, v.PeriodTitle, v.Value, v.ComparableGrowth, v.NominalGrowth)).ToList();

    /// <summary>RFC 4180 CSV: growth rates in percent; an empty cell where a rate is not known.</summary>
    public static string Csv(IEnumerable<OpenDataRow> rows)
    {
        static string Q(string text)
        {
            var s = ExcelExport.Neutralise(text);
            return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        }

        static string N(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var sb = new StringBuilder("code,indicator,unit,period,period_title,value,comparable_growth_pct,nominal_growth_pct\r\n");
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', Q(r.Code), Q(r.Indicator), Q(r.Unit), r.Period, Q(r.PeriodTitle), N(r.Value), N(r.ComparableGrowth), N(r.NominalGrowth))).Append("\r\n");
        }

        return sb.ToString();
    }
}

internal static class OpenDataApi
{
    /// <summary>format=json (default) or csv; anything else is refused naming the field.</summary>
    public static async Task<Results<Ok<IReadOnlyList<OpenDataRow>>, FileContentHttpResult>> Get(ClaimsPrincipal u, IndicatorBook b, string? format, CancellationToken ct)
    {
        if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase) && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            throw Refusal.Invalid("format", "format 应为 json 或 csv。");
        }

        var rows = await OpenDataRows.ForZoneAsync(b, u.ToActor().ZoneId, ct);
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(OpenDataRows.Csv(rows))).ToArray(), "text/csv; charset=utf-8", "open-data-indicators.csv");
        }

        return TypedResults.Ok(rows);
    }
}
