using System.IO.Compression;
using System.Text;

namespace Gaoxin.Testing;

/// <summary>Files an attacker or a careless user posts to an import: built in memory, small on the wire.</summary>
public static class HostileWorkbooks
{
    /// <summary>How far the bomb's one cell expands: large enough that parsing it costs hundreds of MB, small enough to build in a second.</summary>
    public const long BombCellBytes = 256L * 1024 * 1024;

    private static readonly Lazy<byte[]> SharedStringsBomb = new(() => Bomb(BombCellBytes, inSharedStrings: true));

    /// <summary>A real workbook whose shared string (the header's first cell) is <see cref="BombCellBytes"/> of 'A', about 250 KB zipped.</summary>
    public static byte[] ZipBomb => SharedStringsBomb.Value;

    /// <summary>A workbook of one sheet whose first cell holds <paramref name="cellBytes"/> of 'A', in the shared strings or inline in the sheet.</summary>
    public static byte[] Bomb(long cellBytes, bool inSharedStrings)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Text(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Text(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            const string sheetOpen = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
            const string sheetClose = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";
            const string sstOpen = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>";
            if (inSharedStrings)
            {
                Text(zip, "xl/worksheets/sheet1.xml", sheetOpen + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + sheetClose);
                Repeated(zip, "xl/sharedStrings.xml", sstOpen, cellBytes, "</t></si></sst>");
            }
            else
            {
                Repeated(zip, "xl/worksheets/sheet1.xml", sheetOpen + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", cellBytes, "</t></is></c></row>" + sheetClose);
                Text(zip, "xl/sharedStrings.xml", sstOpen + "y</t></si></sst>");
            }
        }

        return output.ToArray();
    }

    /// <summary>Seeded random bytes: the same "file" every run.</summary>
    public static byte[] RandomBytes(int length, int seed = 13)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The first half of a valid file: the zip's central directory is gone.</summary>
    public static byte[] Truncated(byte[] workbook) => workbook[..(workbook.Length / 2)];

    /// <summary>
    /// The same zip with every declared uncompressed size rewritten to <paramref name="declared"/> bytes (local headers
    /// and the central directory), so only counting while decompressing finds the truth.
    /// </summary>
    public static byte[] WithDeclaredSizes(byte[] zip, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            }
            else if (i + 46 <= bytes.Length && bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
            }
        }

        return bytes;
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void Repeated(ZipArchive zip, string name, string before, long count, string after)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(Encoding.UTF8.GetBytes(before));
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)'A');
        for (var left = count; left > 0; left -= chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }

        stream.Write(Encoding.UTF8.GetBytes(after));
    }
}
