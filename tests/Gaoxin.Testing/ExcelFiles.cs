using System.Net.Http.Headers;
using MiniExcelLibs;

namespace Gaoxin.Testing;

/// <summary>Builds .xlsx workbooks for import tests and wraps them as request bodies.</summary>
public static class ExcelFiles
{
    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    public static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }
}
