using Gaoxin.Data.Documents;
using Gaoxin.Web.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gaoxin.Platform.Tests;

/// <summary>The PDF font is found through fontconfig, a face of a .ttc collection included; without one, a clear Chinese reason.</summary>
public sealed class PdfFontTests
{
    private const string Noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    private const string Wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    [Fact]
    public void Fontconfigs_lines_are_read_as_file_index_and_family()
    {
        var faces = ChineseFont.ParseFontconfig($"{Noto}\t2\tNoto Sans CJK SC\n{Wqy}\t1\tWenQuanYi Micro Hei Mono\n\nbroken line\n");

        faces.ShouldBe([new FontFace(Noto, 2, "Noto Sans CJK SC"), new FontFace(Wqy, 1, "WenQuanYi Micro Hei Mono")]);
    }

    [Fact]
    public void The_installed_fonts_are_listed_by_fontconfig_on_this_machine()
    {
        var faces = ChineseFont.Fontconfig();
        Assert.SkipWhen(faces.Count == 0, "fontconfig (fc-list) 未安装或未列出中文字体。");
        faces.ShouldAllBe(f => f.File.Length > 0 && f.Index >= 0);
    }

    [Fact]
    public void On_a_machine_with_only_noto_cjk_the_simplified_chinese_face_is_cut_from_the_collection()
    {
        Assert.SkipUnless(File.Exists(Noto), "未安装 fonts-noto-cjk，跳过。");
        FontFace[] onlyNoto = [new(Noto, 5, "Noto Sans Mono CJK JP"), new(Noto, 3, "Noto Sans CJK TC"), new(Noto, 2, "Noto Sans CJK SC")];

        ChineseFont.Choose(onlyNoto).ShouldBe(new FontFace(Noto, 2, "Noto Sans CJK SC"));
        var font = ChineseFont.Load(null, () => onlyNoto, knownFaces: [])!;

        font.ShouldNotBeNull();
        ChineseFont.IsCollection(font).ShouldBeFalse();
        System.Text.Encoding.ASCII.GetString(font, 0, 4).ShouldBe("OTTO");
        var tables = (font[4] << 8) | font[5];
        var directory = Enumerable.Range(0, tables).Select(i => (Tag: System.Text.Encoding.ASCII.GetString(font, 12 + (16 * i), 4), Offset: ReadU32(font, 12 + (16 * i) + 8), Length: ReadU32(font, 12 + (16 * i) + 12))).ToList();
        directory.Select(t => t.Tag).ShouldContain("CFF ");
        directory.Select(t => t.Tag).ShouldContain("cmap");
        directory.ShouldAllBe(t => t.Offset + t.Length <= font.Length);
        Should.Throw<ArgumentOutOfRangeException>(() => ChineseFont.Face(File.ReadAllBytes(Noto), 99));
    }

    [Fact]
    public void WenQuanYi_comes_before_noto_because_pdfsharp_subsets_truetype_and_monospaced_faces_come_last()
    {
        Assert.SkipUnless(File.Exists(Noto) && File.Exists(Wqy), "需要 fonts-noto-cjk 与 fonts-wqy-microhei。");

        ChineseFont.Choose([new(Noto, 2, "Noto Sans CJK SC"), new(Wqy, 1, "WenQuanYi Micro Hei Mono"), new(Wqy, 0, "WenQuanYi Micro Hei")])
            .ShouldBe(new FontFace(Wqy, 0, "WenQuanYi Micro Hei"));
        ChineseFont.Choose([new("/nonexistent/font.ttc", 0, "WenQuanYi Micro Hei"), new(Noto, 2, "Noto Sans CJK SC")])
            .ShouldBe(new FontFace(Noto, 2, "Noto Sans CJK SC"));
    }

    [Fact]
    public async Task Without_any_cjk_font_there_is_no_font_a_chinese_reason_naming_the_package_and_a_degraded_health_entry()
    {
        ChineseFont.Load(null, () => [], knownFaces: []).ShouldBeNull();
        ChineseFont.Load("/nonexistent/font.ttf", () => [], knownFaces: [new("/nonexistent/other.ttc", 0, "X")]).ShouldBeNull();

        ChineseFont.MissingMessage.ShouldContain("fonts-noto-cjk");
        var health = await new PdfFontHealthCheck(() => false).CheckHealthAsync(new HealthCheckContext());
        health.Status.ShouldBe(HealthStatus.Degraded);
        health.Description.ShouldBe(ChineseFont.MissingMessage);
        (await new PdfFontHealthCheck(() => true).CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Healthy);
    }

    private static long ReadU32(byte[] b, int at) => ((long)b[at] << 24) | ((long)b[at + 1] << 16) | ((long)b[at + 2] << 8) | b[at + 3];
}
