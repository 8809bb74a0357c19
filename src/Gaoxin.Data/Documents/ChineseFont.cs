using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Gaoxin.Kernel.Rules;
using PdfSharp.Fonts;

namespace Gaoxin.Data.Documents;

/// <summary>One face of an installed font file: the file, its index within a collection (.ttc; 0 otherwise), its family.</summary>
public sealed record FontFace(string File, int Index, string Family);

/// <summary>
/// The one CJK font PDFs are written with, found once per process: <c>GAOXIN_PDF_FONT</c> (a file, or "file#index" for a
/// face of a collection), else the best face fontconfig lists for Chinese (<c>fc-list :lang=zh</c>), else the usual
/// Debian paths. PDFsharp reads single fonts only, so a face of a .ttc collection is cut out into a standalone font.
/// WenQuanYi Micro Hei comes first: it is TrueType, which PDFsharp embeds as a subset (a statement is tens of KB);
/// Noto Sans CJK's faces are CFF, which PDFsharp embeds whole (about 13 MB per PDF), so it is the second choice.
/// </summary>
public sealed class ChineseFont : IFontResolver
{
    public const string Family = "GaoxinCJK";

    public const string MissingMessage =
        "服务器未安装中文字体，无法生成 PDF：请安装 Debian 软件包 fonts-noto-cjk 或 fonts-wqy-microhei（apt-get install fonts-noto-cjk），或用环境变量 GAOXIN_PDF_FONT 指定字体文件。";

    /// <summary>Families in order of preference; any other CJK family fontconfig lists comes after them.</summary>
    private static readonly string[] Preferred = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Sans CJK", "Noto Serif CJK SC"];

    /// <summary>Where Debian puts them, for a machine without fontconfig.</summary>
    private static readonly FontFace[] KnownFaces =
    [
        new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
        new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC"),
        new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"),
        new("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback"),
    ];

    private static readonly Lazy<byte[]?> Bytes = new(() => Load(Environment.GetEnvironmentVariable("GAOXIN_PDF_FONT"), Fontconfig, KnownFaces));
    private static readonly object Gate = new();
    private static bool installed;

    /// <summary>True when a usable font exists on this machine.</summary>
    public static bool Available => Bytes.Value is not null;

    /// <summary>Registers the resolver with PDFsharp once per process; refuses (503, naming the Debian package) when no font is installed.</summary>
    public static void EnsureInstalled()
    {
        if (!Available)
        {
            throw Refusal.Unavailable(MissingMessage);
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

    /// <summary>The font's bytes for PDFsharp from the configured file, else the best installed face, else a known path; null when none exists.</summary>
    internal static byte[]? Load(string? configured, Func<IReadOnlyList<FontFace>> installedFaces, IEnumerable<FontFace> knownFaces)
    {
        if (configured is { Length: > 0 })
        {
            var hash = configured.LastIndexOf('#');
            var face = hash > 0 && int.TryParse(configured[(hash + 1)..], CultureInfo.InvariantCulture, out var i)
                ? new FontFace(configured[..hash], i, string.Empty)
                : new FontFace(configured, 0, string.Empty);
            if (File.Exists(face.File))
            {
                return Read(face);
            }
        }

        var chosen = Choose(installedFaces()) ?? knownFaces.FirstOrDefault(f => File.Exists(f.File));
        return chosen is null ? null : Read(chosen);
    }

    /// <summary>The preferred face among those listed whose file exists (monospaced faces last).</summary>
    internal static FontFace? Choose(IEnumerable<FontFace> faces) =>
        faces.Where(f => File.Exists(f.File))
            .OrderBy(f => f.Family.Contains("Mono", StringComparison.OrdinalIgnoreCase))
            .ThenBy(f => Preferred.Select((p, i) => (p, i)).Where(x => f.Family.StartsWith(x.p, StringComparison.OrdinalIgnoreCase)).Select(x => x.i).DefaultIfEmpty(Preferred.Length).First())
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Index)
            .FirstOrDefault();

    /// <summary>The face's bytes: the file itself, or the face cut out of a collection.</summary>
    internal static byte[] Read(FontFace face)
    {
        var bytes = File.ReadAllBytes(face.File);
        return IsCollection(bytes) ? Face(bytes, face.Index) : bytes;
    }

    /// <summary>Asks fontconfig for the faces that cover Chinese; none when fontconfig is absent, fails or hangs.</summary>
    internal static IReadOnlyList<FontFace> Fontconfig()
    {
        var start = new ProcessStartInfo("fc-list", ["--format", "%{file}\t%{index}\t%{family[0]}\n", ":lang=zh"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return [];
            }

            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                return [];
            }

            return ParseFontconfig(output.GetAwaiter().GetResult());
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return [];
        }
    }

    /// <summary>Reads lines of "file TAB index TAB family" as fc-list prints them with the format above.</summary>
    internal static IReadOnlyList<FontFace> ParseFontconfig(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(p => p.Length >= 3 && int.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .Select(p => new FontFace(p[0], int.Parse(p[1], CultureInfo.InvariantCulture), p[2]))];

    internal static bool IsCollection(byte[] b) => b.Length > 12 && b[0] == 't' && b[1] == 't' && b[2] == 'c' && b[3] == 'f';

    /// <summary>Face 0 of a collection (see <see cref="Face"/>).</summary>
    internal static byte[] FirstFace(byte[] ttc) => Face(ttc, 0);

    /// <summary>
    /// Rebuilds one face of a TrueType/OpenType collection as a standalone font: the collection's header lists each
    /// face's table directory; the face's directory is copied with its tables after it, offsets rewritten.
    /// </summary>
    internal static byte[] Face(byte[] ttc, int index)
    {
        var faces = (int)U32(ttc, 8);
        if (index < 0 || index >= faces)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"字体集合只有 {faces} 个字形（face），没有第 {index} 个。");
        }

        var face = (int)U32(ttc, 12 + (4 * index));
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
