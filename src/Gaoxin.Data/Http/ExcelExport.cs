using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace Gaoxin.Data.Http;

/// <summary>Lists leave the app as .xlsx files; column titles come from [ExcelColumnName] on the row type.</summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the rows to a workbook with one sheet and returns it as a download named "{name}-{date}.xlsx".</summary>
    public static async Task<IResult> FileAsync<T>(IEnumerable<T> rows, string name, TimeProvider clock, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: name, cancellationToken: ct);
        stream.Position = 0;
        var date = ZoneClock.Of(clock).Now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(stream, ContentType, $"{name}-{date}.xlsx");
    }
}
