using PdfSharp.Fonts;

namespace Gaoxin.Data.Documents;

/// <summary>
/// The one CJK font PDFs are written with. PDFsharp reads single TrueType files only, so a face is taken from the
/// first font found: <c>GAOXIN_PDF_FONT</c>, face 0 of WenQuanYi Micro Hei's collection (fonts-wqy-microhei), cut out
/// of the .ttc once, or Droid Sans Fallback (which lacks Latin glyphs, so digits beside Chinese are lost: last resort).
/// </summary>
public sealed class ChineseFont : IFontResolver
{
    public const string Family = "GaoxinCJK";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private static readonly Lazy<byte[]?> Bytes = new(Load);
    private static readonly object Gate = new();
    private static bool installed;

    /// <summary>True when a usable font file exists on this machine.</summary>
    public static bool Available => Bytes.Value is not null;

    /// <summary>Registers the resolver with PDFsharp once per process; throws with the fix when no font is installed.</summary>
    public static void EnsureInstalled()
    {
        if (!Available)
        {
            throw new InvalidOperationException("未找到可用于 PDF 的中文字体：请安装 fonts-wqy-microhei，或用 GAOXIN_PDF_FONT 指定一个 .ttf 文件。");
        }

        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new ChineseFont();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Family, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => Bytes.Value;

    private static byte[]? Load()
    {
        var configured = Environment.GetEnvironmentVariable("GAOXIN_PDF_FONT");
        foreach (var path in new[] { configured }.Concat(Candidates).OfType<string>())
        {
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            return IsCollection(bytes) ? FirstFace(bytes) : bytes;
        }

        return null;
    }

    private static bool IsCollection(byte[] b) => b.Length > 12 && b[0] == 't' && b[1] == 't' && b[2] == 'c' && b[3] == 'f';

    /// <summary>Rebuilds face 0 of a TrueType collection as a standalone font: its table directory with tables copied after it.</summary>
    internal static byte[] FirstFace(byte[] ttc)
    {
        var face = (int)U32(ttc, 12);
        var tables = U16(ttc, face + 4);
        var headerLength = 12 + (16 * tables);
        var records = Enumerable.Range(0, tables).Select(i => face + 12 + (16 * i))
            .Select(r => (Record: r, Offset: (int)U32(ttc, r + 8), Length: (int)U32(ttc, r + 12))).ToList();
        var size = headerLength + records.Sum(r => (r.Length + 3) & ~3);
        var font = new byte[size];
        Array.Copy(ttc, face, font, 0, 12);
        var at = headerLength;
        for (var i = 0; i < records.Count; i++)
        {
            var (record, offset, length) = records[i];
            Array.Copy(ttc, record, font, 12 + (16 * i), 16);
            W32(font, 12 + (16 * i) + 8, (uint)at);
            Array.Copy(ttc, offset, font, at, length);
            at += (length + 3) & ~3;
        }

        return font;
    }

    private static ushort U16(byte[] b, int at) => (ushort)((b[at] << 8) | b[at + 1]);

    private static uint U32(byte[] b, int at) => ((uint)b[at] << 24) | ((uint)b[at + 1] << 16) | ((uint)b[at + 2] << 8) | b[at + 3];

    private static void W32(byte[] b, int at, uint v)
    {
        b[at] = (byte)(v >> 24);
        b[at + 1] = (byte)(v >> 16);
        b[at + 2] = (byte)(v >> 8);
        b[at + 3] = (byte)v;
    }
}
