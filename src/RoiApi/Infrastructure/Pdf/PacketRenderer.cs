namespace RoiApi.Infrastructure.Pdf;

/// <summary>Renders release packets to PDF.</summary>
internal interface IPacketRenderer
{
    RenderedPdf Render(PacketModel model);
}

/// <summary>
/// Renders a <see cref="PacketModel"/> as a deterministic PDF (same model, same bytes). Thread-safe: register as
/// a singleton together with <see cref="PdfFonts"/>.
/// </summary>
internal sealed class PacketRenderer(PdfFonts fonts) : IPacketRenderer
{
    private readonly PdfGenerator generator = new(fonts, PageSettings.UsLetter);

    public RenderedPdf Render(PacketModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return generator.Generate(new PacketDocument(model));
    }
}
