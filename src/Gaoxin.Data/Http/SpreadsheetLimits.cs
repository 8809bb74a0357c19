using System.IO.Compression;
using System.Xml;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Data.Http;

/// <summary>
/// What an uploaded .xlsx may expand to, checked before any parser sees it. An .xlsx is a zip of XML parts, and a
/// megabyte of zip can declare (or hide) a gigabyte of XML: one cell of it once took the server from 0.3 to 5.8 GB.
/// Every import runs <see cref="Check"/> first; the parser then only ever reads what passed.
/// </summary>
public static class SpreadsheetLimits
{
    /// <summary>A workbook has a dozen parts; a few hundred allows many sheets and images.</summary>
    public const int MaxEntries = 500;

    /// <summary>One part, uncompressed (a 50,000-row sheet of the annual-data template is about 40 MB).</summary>
    public const long MaxEntryBytes = 96L * 1024 * 1024;

    /// <summary>All parts together, uncompressed.</summary>
    public const long MaxTotalBytes = 160L * 1024 * 1024;

    /// <summary>The shared strings part, which parsers hold in memory whole.</summary>
    public const long MaxSharedStringsBytes = 48L * 1024 * 1024;

    /// <summary>Uncompressed over compressed, for parts above <see cref="RatioFloorBytes"/>; XML sheets compress 5–30 times.</summary>
    public const int MaxRatio = 200;

    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Excel's own limit on the text of one cell.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Bytes between two XML markup characters (a text run or one tag): a cell's worst UTF-8 or entity-escaped form and slack.</summary>
    private const int MaxRunBytes = (MaxCellChars * 10) + 4096;

    /// <summary>
    /// Refuses the workbook (413, or 400 when it is not a zip at all) when it has too many parts, a part or the whole
    /// declares or actually expands past the limits, a part is compressed implausibly well, or a cell's text is longer
    /// than Excel allows. Sizes are counted while decompressing, so a file that lies about them is caught too.
    /// The stream is left at the position it had.
    /// </summary>
    public static void Check(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var start = xlsx.Position;
        try
        {
            CheckParts(xlsx);
        }
        catch (InvalidDataException)
        {
            throw NotAWorkbook();
        }
        catch (XmlException)
        {
            throw NotAWorkbook();
        }
        catch (NotSupportedException)
        {
            throw NotAWorkbook();
        }
        finally
        {
            xlsx.Position = start;
        }
    }

    private static void CheckParts(Stream xlsx)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException)
        {
            throw NotAWorkbook();
        }

        using (zip)
        {
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                throw TooLarge($"工作簿包含 {entries.Count} 个部件，超过上限 {MaxEntries}。");
            }

            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                CheckDeclared(entry, declared);
            }

            var budget = new Budget(MaxTotalBytes);
            foreach (var entry in entries)
            {
                var limit = IsSharedStrings(entry) ? MaxSharedStringsBytes : MaxEntryBytes;
                using var raw = entry.Open();
                using var counted = new CountingStream(raw, entry, limit, budget, markup: IsXml(entry));
                if (IsCellText(entry))
                {
                    CheckCells(counted);
                }

                counted.Drain();
            }
        }
    }

    private static void CheckDeclared(ZipArchiveEntry entry, long declaredSoFar)
    {
        var limit = IsSharedStrings(entry) ? MaxSharedStringsBytes : MaxEntryBytes;
        if (entry.Length > limit)
        {
            throw TooLarge($"工作簿部件“{entry.FullName}”解压后 {Megabytes(entry.Length)} MB，超过上限 {Megabytes(limit)} MB。");
        }

        if (declaredSoFar > MaxTotalBytes)
        {
            throw TooLarge($"工作簿解压后超过 {Megabytes(MaxTotalBytes)} MB。");
        }

        if (entry.Length > RatioFloorBytes && entry.Length > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
        {
            throw TooLarge($"工作簿部件“{entry.FullName}”的压缩比异常（超过 {MaxRatio} 倍），疑为压缩炸弹。");
        }
    }

    /// <summary>Reads the part's XML and refuses at the first text node longer than a cell may hold.</summary>
    private static void CheckCells(Stream part)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(part, settings);
        var chunk = new char[8192];
        while (reader.Read())
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            long length = 0;
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                length += read;
                if (length > MaxCellChars)
                {
                    throw TooLarge($"单元格内容超过 {MaxCellChars} 个字符（Excel 单元格的上限）。");
                }
            }
        }
    }

    private static bool IsXml(ZipArchiveEntry e) =>
        e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool IsSharedStrings(ZipArchiveEntry e) => e.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsCellText(ZipArchiveEntry e) =>
        IsSharedStrings(e) || (e.FullName.Contains("worksheets/", StringComparison.OrdinalIgnoreCase) && IsXml(e));

    private static long Megabytes(long bytes) => bytes / 1024 / 1024;

    private static Refusal TooLarge(string message) => Refusal.TooLarge(message);

    private static Refusal NotAWorkbook() =>
        Refusal.Invalid("file", "文件不是有效的 .xlsx 工作簿（无法按 Office Open XML 压缩包读取）：请上传用 Excel 或 WPS 保存的 .xlsx 文件。");

    private sealed class Budget(long remaining)
    {
        public long Remaining { get; set; } = remaining;
    }

    /// <summary>
    /// A part's bytes as they are decompressed: stops at the part's and the workbook's cap whatever the zip declared,
    /// and, for XML, at a text run or tag longer than any cell could need.
    /// </summary>
    private sealed class CountingStream(Stream inner, ZipArchiveEntry entry, long limit, Budget budget, bool markup) : Stream
    {
        private long total;
        private long run;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => total; set => throw new NotSupportedException(); }

        public void Drain()
        {
            var buffer = new byte[81920];
            while (Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            total += read;
            budget.Remaining -= read;
            if (total > limit)
            {
                throw TooLarge($"工作簿部件“{entry.FullName}”解压后超过 {Megabytes(limit)} MB。");
            }

            if (budget.Remaining < 0)
            {
                throw TooLarge($"工作簿解压后超过 {Megabytes(MaxTotalBytes)} MB。");
            }

            if (total > RatioFloorBytes && total > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                throw TooLarge($"工作簿部件“{entry.FullName}”的压缩比异常（超过 {MaxRatio} 倍），疑为压缩炸弹。");
            }

            if (markup)
            {
                var rest = buffer[..read];
                while (true)
                {
                    var at = rest.IndexOfAny((byte)'<', (byte)'>');
                    run += at < 0 ? rest.Length : at;
                    if (run > MaxRunBytes)
                    {
                        throw TooLarge($"单元格内容超过 {MaxCellChars} 个字符（Excel 单元格的上限）。");
                    }

                    if (at < 0)
                    {
                        break;
                    }

                    run = 0;
                    rest = rest[(at + 1)..];
                }
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
