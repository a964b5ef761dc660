using System.Security.Cryptography;
using System.Text.RegularExpressions;
using RoiApi.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace RoiApi.UnitTests.Pdf;

public sealed partial class PacketRendererTests(PdfFontsFixture fixture) : IClassFixture<PdfFontsFixture>
{
    private static readonly string RequestIdText = PacketFixtures.RequestId.ToString("D");

    [Fact]
    public void EveryPageCarriesMrnRequestIdAndItsPageNumber()
    {
        var rendered = fixture.Renderer.Render(PacketFixtures.Packet());

        var pages = PdfText.Pages(rendered.Content);

        pages.Should().HaveCount(rendered.PageCount);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Should().Contain(PacketFixtures.Mrn);
            pages[i].Should().Contain(RequestIdText);
            pages[i].Should().Contain(PdfText.Squash(PacketFixtures.PatientName));
            var footer = PageFooterRegex().Matches(pages[i]);
            footer.Should().ContainSingle($"page {i + 1} should have exactly one page footer");
            footer[0].Groups["n"].Value.Should().Be((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            footer[0].Groups["m"].Value.Should().Be(pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void PageCountMatchesTheDocumentAndTheLongDocumentSpansSeveralPages()
    {
        var rendered = fixture.Renderer.Render(PacketFixtures.Packet());

        using var pdf = PdfDocument.Open(rendered.Content);

        pdf.NumberOfPages.Should().Be(rendered.PageCount);
        rendered.PageCount.Should().BeGreaterThanOrEqualTo(1 + 3 + 2, "cover, three documents, the long one spanning at least three pages");
        var letter = pdf.GetPage(1);
        letter.Width.Should().BeApproximately(612, 0.5);
        letter.Height.Should().BeApproximately(792, 0.5);
    }

    [Fact]
    public void CoverPageListsTheRequestAndEachIncludedDocument()
    {
        var model = PacketFixtures.Packet();

        var cover = PdfText.Pages(fixture.Renderer.Render(model).Content)[0];

        cover.Should().Contain(PdfText.Squash(PacketDocument.CoverTitle));
        cover.Should().Contain(PdfText.Squash(PacketFixtures.LegalBasis));
        cover.Should().Contain("1961-04-23");
        cover.Should().Contain(PdfText.Squash(model.Recipient.Name));
        cover.Should().Contain(PdfText.Squash(model.Purpose));
        foreach (var document in model.IncludedDocuments)
        {
            cover.Should().Contain(PdfText.Squash(document.Title));
        }
    }

    [Fact]
    public void EachIncludedDocumentStartsOnANewPageAndItsBodyIsReadable()
    {
        var model = PacketFixtures.Packet();

        var pages = PdfText.Pages(fixture.Renderer.Render(model).Content);

        var startPages = model.IncludedDocuments
            .Select(document => pages.ToList().FindIndex(page => page.Contains(PdfText.Squash(document.Title) + "Category", StringComparison.Ordinal)))
            .ToList();
        startPages.Should().OnlyContain(index => index > 0).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        pages[startPages[0]].Should().Contain(PdfText.Squash(PacketFixtures.ShortBody));
        pages[startPages[1]].Should().Contain(PdfText.Squash("Paragraph 1: The patient tolerated the regimen well"));
        pages[startPages[2] - 1].Should().Contain(PdfText.Squash("Final sentence of the discharge summary."));
        (startPages[2] - startPages[1]).Should().BeGreaterThanOrEqualTo(2, "the long document spans several pages");
    }

    [Fact]
    public void NoticesFromTheModelAppearOnTheCover()
    {
        var cover = PdfText.Pages(fixture.Renderer.Render(PacketFixtures.Packet()).Content)[0];

        cover.Should().Contain(PdfText.Squash(PacketFixtures.NoticeHeading));
        cover.Should().Contain(PdfText.Squash(PacketFixtures.NoticeText));
    }

    [Fact]
    public void TheSameModelRendersByteIdenticalOutputWithAMatchingHash()
    {
        var first = fixture.Renderer.Render(PacketFixtures.Packet());
        var second = fixture.Renderer.Render(PacketFixtures.Packet());

        second.Content.Should().Equal(first.Content);
        second.Sha256Hex.Should().Be(first.Sha256Hex);
        first.Sha256Hex.Should().Be(Convert.ToHexStringLower(SHA256.HashData(first.Content)));
        first.Sha256Hex.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void ConcurrentRendersProduceIdenticalOutput()
    {
        var expected = fixture.Renderer.Render(PacketFixtures.Packet()).Sha256Hex;

        var hashes = new string[8];
        Parallel.For(0, hashes.Length, i => hashes[i] = fixture.Renderer.Render(PacketFixtures.Packet()).Sha256Hex);

        hashes.Should().AllBe(expected);
    }

    [Fact]
    public void MetadataIsSetFromTheModel()
    {
        var rendered = fixture.Renderer.Render(PacketFixtures.Packet());

        using var pdf = PdfDocument.Open(rendered.Content);

        pdf.Information.Producer.Should().Be("RoiApi");
        pdf.Information.Author.Should().Be("RoiApi");
        pdf.Information.Title.Should().Contain(RequestIdText);
        pdf.Information.GetCreatedDateTimeOffset().Should().Be(PacketFixtures.Packet().PreparedAt);
    }

    [Fact]
    public void AVeryLongWordWrapsWithoutLosingCharacters()
    {
        var word = string.Concat(Enumerable.Range(0, 2000).Select(i => (char)('A' + (i % 26))));
        var model = PacketFixtures.Packet([new PacketIncludedDocument("Scanned Token", "Other", new DateOnly(2025, 1, 1), "Records", word)]);

        var rendered = fixture.Renderer.Render(model);

        var text = string.Concat(PdfText.Pages(rendered.Content).Skip(1));
        text.Should().Contain(word);
    }

    [GeneratedRegex(@"Page(?<n>\d+)of(?<m>\d+)")]
    private static partial Regex PageFooterRegex();
}
