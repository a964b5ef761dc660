using RoiApi.Infrastructure.Pdf;

namespace RoiApi.UnitTests.Pdf;

/// <summary>One set of loaded fonts and one renderer shared by a test class, as in production (singletons).</summary>
public sealed class PdfFontsFixture : IDisposable
{
    public PdfFontsFixture()
    {
        Fonts = new PdfFonts();
        Renderer = new PacketRenderer(Fonts);
    }

    internal PdfFonts Fonts { get; }

    internal PacketRenderer Renderer { get; }

    public void Dispose() => Fonts.Dispose();
}
