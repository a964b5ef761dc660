using System.Globalization;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>A letter of the request (extension notice, denial): addressee, subject, paragraphs; headed like the packet.</summary>
internal sealed record LetterModel(
    string Title,
    Guid RequestId,
    string PatientName,
    string Mrn,
    DateTimeOffset Date,
    string AddresseeName,
    string AddresseeAddress,
    string From,
    IReadOnlyList<LetterSection> Sections);

internal sealed record LetterSection(string? Heading, string Text);

internal sealed class LetterDocument(LetterModel model) : IPdfDocument
{
    public PdfDocumentInfo Info => new(model.Title, $"{model.Title} for request {model.RequestId}", model.Date);

    public IEnumerable<IPdfComponent> ComposeContent()
    {
        yield return new Paragraph(model.From, TextStyle.BodyBold);
        yield return new Paragraph(model.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TextStyle.Body, SpaceAfter: 12f);
        yield return new Paragraph(model.AddresseeName, TextStyle.Body, SpaceAfter: 0f);
        yield return new Paragraph(model.AddresseeAddress, TextStyle.Body, SpaceAfter: 12f);
        yield return new Heading(model.Title, TextStyle.Heading);
        foreach (var section in model.Sections)
        {
            if (section.Heading is not null)
            {
                yield return new Heading(section.Heading, TextStyle.Subheading, SpaceBefore: 6f, SpaceAfter: 2f);
            }

            yield return new Paragraph(section.Text, TextStyle.Body);
        }
    }

    public IReadOnlyList<BandLine> ComposeHeader(PageContext page) =>
    [
        BandLine.LeftRight($"Patient: {model.PatientName}", $"MRN: {model.Mrn}", TextStyle.SmallBold),
        BandLine.LeftRight(model.Title, $"Request ID: {model.RequestId:D}", TextStyle.Small),
    ];

    public IReadOnlyList<BandLine> ComposeFooter(PageContext page) =>
    [
        BandLine.Centered(string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {page.Total}"), TextStyle.Small),
    ];
}

internal sealed class LetterRenderer(PdfFonts fonts)
{
    private readonly PdfGenerator generator = new(fonts, PageSettings.UsLetter);

    public RenderedPdf Render(LetterModel model) => generator.Generate(new LetterDocument(model));
}
