using Gaoxin.Data.Documents;
using Gaoxin.Testing;

namespace Gaoxin.Platform.Tests;

public sealed class PdfReportTests
{
    [Fact]
    public void A_report_carries_its_Chinese_text_and_table_cells_across_pages()
    {
        Assert.SkipUnless(ChineseFont.Available, ChineseFont.MissingMessage);
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"项目{i}", $"{i * 1000:N2}"]).ToList();
        using var report = new PdfReport("中试专项资金对账单")
            .Heading("一、资金概况")
            .Paragraph("自贡高新区每年安排中试专项资金两千万元，单个项目最高支持五百万元。")
            .Table(["项目", "金额（元）"], rows);
        var bytes = report.ToBytes();

        var text = PdfText.Read(bytes);
        text.ShouldContain("中试专项资金对账单");
        text.ShouldContain("单个项目最高支持五百万元");
        text.ShouldContain("项目80");
        text.ShouldContain("80,000.00");
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        document.NumberOfPages.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_face_cut_from_a_collection_is_a_standalone_TrueType_font()
    {
        const string collection = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
        Assert.SkipUnless(File.Exists(collection), "未安装 fonts-wqy-microhei，跳过。");
        var face = ChineseFont.FirstFace(File.ReadAllBytes(collection));
        face[..4].ShouldBe(new byte[] { 0, 1, 0, 0 });
        var tables = (face[4] << 8) | face[5];
        var tags = Enumerable.Range(0, tables).Select(i => System.Text.Encoding.ASCII.GetString(face, 12 + (16 * i), 4)).ToList();
        tags.ShouldContain("glyf");
        tags.ShouldContain("cmap");
    }
}
