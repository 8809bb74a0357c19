using UglyToad.PdfPig;

namespace Gaoxin.Testing;

/// <summary>Reads a PDF's text back, page by page, so tests can check that a statement or report says what it must.</summary>
public static class PdfText
{
    public static string Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
    }
}
