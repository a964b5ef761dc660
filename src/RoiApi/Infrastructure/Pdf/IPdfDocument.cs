namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// A document composed from small components (in the spirit of QuestPDF's IDocument): flowing content plus a
/// header and footer band that are composed for every page once the total page count is known.
/// </summary>
internal interface IPdfDocument
{
    PdfDocumentInfo Info { get; }

    IEnumerable<IPdfComponent> ComposeContent();

    IReadOnlyList<BandLine> ComposeHeader(PageContext page);

    IReadOnlyList<BandLine> ComposeFooter(PageContext page);
}

/// <summary>Document metadata. <see cref="CreatedAt"/> is written as both creation and modification date.</summary>
internal sealed record PdfDocumentInfo(string Title, string Subject, DateTimeOffset CreatedAt, string Author = "RoiApi");

/// <summary>The page being decorated: 1-based number and total page count.</summary>
internal readonly record struct PageContext(int Number, int Total);

/// <summary>One line of a header or footer band: left-, centre- and right-aligned parts (any may be empty).</summary>
internal sealed record BandLine(string Left, string Center, string Right, TextStyle Style)
{
    public static BandLine LeftRight(string left, string right, TextStyle style) => new(left, string.Empty, right, style);

    public static BandLine Centered(string text, TextStyle style) => new(string.Empty, text, string.Empty, style);
}
