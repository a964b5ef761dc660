using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace RoiApi.UnitTests.Pdf;

/// <summary>Reads a PDF back with PdfPig. PdfPig may join words without spaces, so text is compared with all whitespace removed.</summary>
internal static partial class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => Squash(page.Text)).ToList();
    }

    public static string Squash(string text) => WhitespaceRegex().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
