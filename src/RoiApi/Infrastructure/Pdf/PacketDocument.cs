using System.Globalization;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// The release packet: a cover page (request, patient, recipient, included documents, notices) followed by each
/// included document on a new page. Every page has a header identifying the patient and request and a
/// "Page N of M" footer.
/// </summary>
internal sealed class PacketDocument(PacketModel model) : IPdfDocument
{
    public const string CoverTitle = "Release of Information";

    private const string DateFormat = "yyyy-MM-dd";

    public PdfDocumentInfo Info => new(
        Title: $"{CoverTitle} {RequestId}",
        Subject: "Release of information packet",
        CreatedAt: model.PreparedAt);

    private string RequestId => model.RequestId.ToString("D", CultureInfo.InvariantCulture);

    public IEnumerable<IPdfComponent> ComposeContent()
    {
        foreach (var component in ComposeCover())
        {
            yield return component;
        }

        var documents = model.IncludedDocuments ?? [];
        for (var i = 0; i < documents.Count; i++)
        {
            yield return new PageBreak();
            foreach (var component in ComposeIncludedDocument(documents[i], i + 1, documents.Count))
            {
                yield return component;
            }
        }
    }

    public IReadOnlyList<BandLine> ComposeHeader(PageContext page) =>
    [
        BandLine.LeftRight($"Patient: {model.PatientName}", $"MRN: {model.Mrn}", TextStyle.SmallBold),
        BandLine.LeftRight(CoverTitle, $"Request ID: {RequestId}", TextStyle.Small),
    ];

    public IReadOnlyList<BandLine> ComposeFooter(PageContext page) =>
    [
        BandLine.Centered(string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {page.Total}"), TextStyle.Small),
    ];

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private IEnumerable<IPdfComponent> ComposeCover()
    {
        yield return new Paragraph(CoverTitle, TextStyle.Title, SpaceAfter: 10f);
        yield return Table.KeyValue(
        [
            ("Request ID", RequestId),
            ("Patient name", model.PatientName),
            ("MRN", model.Mrn),
            ("Date of birth", Format(model.PatientBirthDate)),
            ("Recipient", model.Recipient?.Name ?? string.Empty),
            ("Recipient address", model.Recipient?.Address ?? string.Empty),
            ("Purpose", model.Purpose),
            ("Legal basis", model.LegalBasis),
            ("Prepared", model.PreparedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        ]);

        var documents = model.IncludedDocuments ?? [];
        yield return new Heading("Included documents", TextStyle.Heading);
        if (documents.Count == 0)
        {
            yield return new Paragraph("None.", TextStyle.Body);
        }
        else
        {
            yield return new Table(
                [
                    new TableColumn("#", FixedWidth: 24f),
                    new TableColumn("Title", RelativeWidth: 3f),
                    new TableColumn("Category", RelativeWidth: 2f),
                    new TableColumn("Date of service", FixedWidth: 78f),
                    new TableColumn("Author", RelativeWidth: 2f),
                ],
                documents
                    .Select((d, i) => (IReadOnlyList<string>)
                    [
                        (i + 1).ToString(CultureInfo.InvariantCulture),
                        d.Title,
                        d.Category,
                        Format(d.DateOfService),
                        d.Author,
                    ])
                    .ToList());
        }

        var notices = model.Notices ?? [];
        if (notices.Count > 0)
        {
            yield return new Heading("Notices", TextStyle.Heading);
            foreach (var notice in notices)
            {
                yield return new Heading(notice.Heading, TextStyle.Subheading, SpaceBefore: 4f, SpaceAfter: 2f);
                yield return new Paragraph(notice.Text, TextStyle.Body);
            }
        }
    }

    private static IEnumerable<IPdfComponent> ComposeIncludedDocument(PacketIncludedDocument document, int number, int count)
    {
        yield return new Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"Document {number} of {count}"),
            TextStyle.Small,
            SpaceAfter: 2f);
        yield return new Heading(document.Title, TextStyle.Heading, SpaceBefore: 0f);
        yield return Table.KeyValue(
        [
            ("Category", document.Category),
            ("Date of service", Format(document.DateOfService)),
            ("Author", document.Author),
        ]);
        yield return new HorizontalRule();
        yield return new Paragraph(document.Body, TextStyle.Body);
    }
}
