using System.IO.Compression;
using System.Xml.Linq;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace Gaoxin.Data.Http;

/// <summary>
/// Lists leave the app as .xlsx files; column titles come from [ExcelColumnName] on the row type. Every exported
/// workbook is written here, so every text cell passes through <see cref="Neutralise"/> (formula injection).
/// </summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Writes the rows to a workbook with one sheet and returns it as a download named "{name}-{date}.xlsx".</summary>
    public static async Task<IResult> FileAsync<T>(IEnumerable<T> rows, string name, TimeProvider clock, CancellationToken ct)
    {
        var stream = await WorkbookAsync(rows, name, ct);
        var date = ZoneClock.Of(clock).Now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(stream, ContentType, $"{name}-{date}.xlsx");
    }

    /// <summary>
    /// An exported workbook, positioned at its start: <paramref name="sheets"/> is the rows of one sheet named
    /// <paramref name="sheetName"/>, or a dictionary of sheet name → rows. Text cells are neutralised.
    /// </summary>
    public static async Task<MemoryStream> WorkbookAsync(object sheets, string sheetName, CancellationToken ct)
    {
        using var raw = new MemoryStream();
        await raw.SaveAsAsync(sheets, sheetName: sheetName, cancellationToken: ct);
        return Neutralised(raw);
    }

    /// <inheritdoc cref="WorkbookAsync"/>
    public static MemoryStream Workbook(object sheets, string sheetName = "Sheet1")
    {
        using var raw = new MemoryStream();
        raw.SaveAs(sheets, sheetName: sheetName);
        return Neutralised(raw);
    }

    /// <summary>
    /// Text a spreadsheet program could take for a formula (= + - @, or a leading tab or carriage return, OWASP's list)
    /// gets a leading apostrophe, so it shows as the text it is. Numbers are never passed here: they stay numbers.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The workbook with every text cell of every sheet (inline, formula-less string, or shared string) neutralised.</summary>
    private static MemoryStream Neutralised(MemoryStream workbook)
    {
        workbook.Position = 0;
        var output = new MemoryStream();
        using (var source = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                var name = entry.FullName;
                var sheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
                var shared = name.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
                if (!sheet && !shared)
                {
                    from.CopyTo(to);
                    continue;
                }

                var xml = XDocument.Load(from, LoadOptions.PreserveWhitespace);
                var texts = shared
                    ? xml.Descendants(Main + "si").Select(si => si.Descendants(Main + "t").FirstOrDefault())
                    : xml.Descendants(Main + "c").Where(c => c.Element(Main + "f") is null).Select(c => (string?)c.Attribute("t") switch
                    {
                        "str" => c.Element(Main + "v"),
                        "inlineStr" => c.Descendants(Main + "t").FirstOrDefault(),
                        _ => null,
                    });
                foreach (var text in texts.OfType<XElement>())
                {
                    text.Value = Neutralise(text.Value);
                }

                xml.Save(to, SaveOptions.DisableFormatting);
            }
        }

        output.Position = 0;
        return output;
    }
}
