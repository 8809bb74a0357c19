using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gaoxin.Data.Documents;

/// <summary>
/// A plain A4 report in Chinese: headings, paragraphs, key figures, tables and chart images, flowing onto new
/// pages as needed. Modules compose their statements and reports with it; layout stays boring on purpose.
/// </summary>
public sealed class PdfReport : IDisposable
{
    private const double Margin = 50;
    private readonly PdfDocument document = new();
    private readonly XFont title;
    private readonly XFont heading;
    private readonly XFont body;
    private readonly XFont small;
    private XGraphics? page;
    private double y;

    public PdfReport(string documentTitle)
    {
        ChineseFont.EnsureInstalled();
        document.Info.Title = documentTitle;
        document.Info.Creator = "Gaoxin";
        title = new XFont(ChineseFont.Family, 18);
        heading = new XFont(ChineseFont.Family, 13);
        body = new XFont(ChineseFont.Family, 10);
        small = new XFont(ChineseFont.Family, 8);
        NewPage();
        Write(documentTitle, title, XBrushes.Black, 8);
    }

    private static double Width => XUnit.FromMillimeter(210).Point - (2 * Margin);

    private static double Bottom => XUnit.FromMillimeter(297).Point - Margin;

    public PdfReport Heading(string text)
    {
        Space(6);
        return Write(text, heading, XBrushes.DarkSlateBlue, 4);
    }

    public PdfReport Paragraph(string text) => Write(text, body, XBrushes.Black, 4);

    public PdfReport Note(string text) => Write(text, small, XBrushes.DimGray, 3);

    /// <summary>Label–value pairs in two columns, e.g. the figures of a statement's header.</summary>
    public PdfReport Figures(IEnumerable<(string Label, string Value)> figures) =>
        Table(["项目", "数值"], figures.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToList(), [0.5, 0.5]);

    /// <summary>A table with a header row repeated on each new page; column widths as fractions of the text width.</summary>
    public PdfReport Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null)
    {
        var fractions = widths ?? Enumerable.Repeat(1.0 / headers.Count, headers.Count).ToList();
        const double rowHeight = 16;
        Space(2);
        void Header()
        {
            Row(headers, fractions, rowHeight, header: true);
        }

        Header();
        foreach (var row in rows)
        {
            if (y + rowHeight > Bottom)
            {
                NewPage();
                Header();
            }

            Row(row, fractions, rowHeight, header: false);
        }

        Space(6);
        return this;
    }

    /// <summary>A chart rendered elsewhere as PNG, scaled to the text width.</summary>
    public PdfReport Image(byte[] png, double heightPoints = 220)
    {
        if (y + heightPoints > Bottom)
        {
            NewPage();
        }

        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        var width = Math.Min(Width, heightPoints * image.PixelWidth / Math.Max(1, image.PixelHeight));
        page!.DrawImage(image, Margin, y, width, heightPoints);
        y += heightPoints + 8;
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        page?.Dispose();
        document.Dispose();
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> fractions, double height, bool header)
    {
        var x = Margin;
        for (var i = 0; i < cells.Count && i < fractions.Count; i++)
        {
            var w = Width * fractions[i];
            var box = new XRect(x, y, w, height);
            if (header)
            {
                page!.DrawRectangle(XBrushes.Lavender, box);
            }

            page!.DrawRectangle(XPens.LightGray, box);
            var text = Fit(cells[i] ?? string.Empty, header ? small : body, w - 6);
            page.DrawString(text, header ? small : body, XBrushes.Black, new XRect(x + 3, y, w - 6, height), XStringFormats.CenterLeft);
            x += w;
        }

        y += height;
    }

    private string Fit(string text, XFont font, double width)
    {
        if (page!.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && page.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }

    private PdfReport Write(string text, XFont font, XBrush brush, double after)
    {
        foreach (var line in Wrap(text, font))
        {
            var height = font.GetHeight();
            if (y + height > Bottom)
            {
                NewPage();
            }

            page!.DrawString(line, font, brush, new XRect(Margin, y, Width, height), XStringFormats.TopLeft);
            y += height + 2;
        }

        y += after;
        return this;
    }

    /// <summary>Chinese has no spaces to break at, so lines break at any character that would overflow.</summary>
    private IEnumerable<string> Wrap(string text, XFont font)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var ch in paragraph)
            {
                if (line.Length > 0 && page!.MeasureString(line + ch, font).Width > Width)
                {
                    yield return line;
                    line = string.Empty;
                }

                line += ch;
            }

            yield return line;
        }
    }

    private void Space(double points) => y += points;

    private void NewPage()
    {
        page?.Dispose();
        var p = document.AddPage();
        p.Width = XUnit.FromMillimeter(210);
        p.Height = XUnit.FromMillimeter(297);
        page = XGraphics.FromPdfPage(p);
        y = Margin;
    }
}
