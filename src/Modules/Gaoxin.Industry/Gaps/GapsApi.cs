using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Industry.Gaps;

public sealed record NodeExportRow(
    [property: ExcelColumnName("产业链")] string Chain,
    [property: ExcelColumnName("环节位置")] string Segment,
    [property: ExcelColumnName("环节")] string Node,
    [property: ExcelColumnName("本地企业数")] int Enterprises,
    [property: ExcelColumnName("骨干企业数")] int KeyFirms,
    [property: ExcelColumnName("产值（元）")] decimal Output,
    [property: ExcelColumnName("强弱")] string Strength,
    [property: ExcelColumnName("在跟线索")] int OpenLeads,
    [property: ExcelColumnName("企业")] string Firms);

/// <summary>Handlers of the chain maps and the thresholds they are judged by.</summary>
internal static class GapsApi
{
    public static async Task<Ok<IReadOnlyList<ChainMapView>>> Maps(ClaimsPrincipal user, ChainMaps maps, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        return TypedResults.Ok(await maps.BuildAsync(zone, year ?? await maps.DefaultYearAsync(zone, ct), null, ct));
    }

    public static async Task<IResult> ExportMaps(ClaimsPrincipal user, ChainMaps maps, TimeProvider clock, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        var all = await maps.BuildAsync(zone, year ?? await maps.DefaultYearAsync(zone, ct), null, ct);
        var rows = all.SelectMany(m => m.Nodes.Select(n => new NodeExportRow(m.Name, Labels.Segment(n.Segment), new string('　', n.Depth) + n.Name, n.Enterprises, n.KeyFirms,
            n.Output, Labels.Strength(n.Strength), n.OpenLeads, string.Join("、", n.Firms.Select(f => f.Name)))));
        return await ExcelExport.FileAsync(rows, "产业链图谱", clock, ct);
    }

    public static async Task<Ok<ChainMapView>> ChainMap(Guid id, ClaimsPrincipal user, ChainMaps maps, int? year, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        return TypedResults.Ok(await maps.MapAsync(zone, year ?? await maps.DefaultYearAsync(zone, ct), id, ct));
    }

    public static async Task<Ok<SettingsView>> Settings(ClaimsPrincipal user, SettingsBook settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.CurrentAsync(user.ToActor().ZoneId, ct));

    public static async Task<Ok<SettingsView>> PutSettings(SettingsInput input, ClaimsPrincipal user, SettingsBook settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.PutAsync(user.ToActor(), input, ct));
}
