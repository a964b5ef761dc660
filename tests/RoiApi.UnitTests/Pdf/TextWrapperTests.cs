using RoiApi.Infrastructure.Pdf;
using SkiaSharp;

namespace RoiApi.UnitTests.Pdf;

public sealed class TextWrapperTests(PdfFontsFixture fixture) : IClassFixture<PdfFontsFixture>
{
    [Theory]
    [InlineData(1, 100f)]
    [InlineData(2000, 504f)]
    [InlineData(2000, 30f)]
    [InlineData(50, 1f)]
    public void LongWordsBreakIntoLinesThatFitWithoutLosingCharacters(int length, float maxWidth)
    {
        var word = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
        using var font = new SKFont(fixture.Fonts.Regular, 10f);

        var lines = TextWrapper.Wrap(word, font, maxWidth);

        string.Concat(lines).Should().Be(word);
        lines.Should().OnlyContain(line => line.Length == 1 || font.MeasureText(line) <= maxWidth, "only a single glyph may exceed the width");
    }

    [Fact]
    public void WordsWrapAtSpacesAndLineBreaksStartNewLines()
    {
        using var font = new SKFont(fixture.Fonts.Regular, 10f);
        var text = "alpha beta gamma delta epsilon zeta eta theta\r\n\nsecond paragraph";

        var lines = TextWrapper.Wrap(text, font, font.MeasureText("alpha beta gamma"));

        lines.Should().Equal("alpha beta gamma", "delta epsilon zeta", "eta theta", string.Empty, "second paragraph");
    }

    [Fact]
    public void SurrogatePairsAreNeverSplit()
    {
        using var font = new SKFont(fixture.Fonts.Regular, 10f);
        var text = string.Concat(Enumerable.Repeat("\U0001F600", 40));

        var lines = TextWrapper.Wrap(text, font, 25f);

        string.Concat(lines).Should().Be(text);
        lines.Should().OnlyContain(line => !char.IsHighSurrogate(line[line.Length - 1]));
    }
}
