using SkiaSharp;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// Per-render cache of <see cref="SKFont"/> objects. <see cref="SKFont"/> is mutable, so each render owns its
/// own instances while the typefaces underneath are shared through <see cref="PdfFonts"/>.
/// </summary>
internal sealed class PdfFontScope(PdfFonts fonts) : IDisposable
{
    private readonly Dictionary<TextStyle, SKFont> cache = [];

    public SKFont Get(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (!cache.TryGetValue(style, out var font))
        {
            font = new SKFont(fonts.Get(style.Bold), style.Size)
            {
                // Unhinted, linear metrics: what is measured is exactly what the PDF places.
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
            };
            cache.Add(style, font);
        }

        return font;
    }

    public float Measure(string text, TextStyle style) => text.Length == 0 ? 0f : Get(style).MeasureText(text);

    /// <summary>Distance between consecutive baselines.</summary>
    public float LineHeight(TextStyle style) => Get(style).Spacing;

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public float Ascent(TextStyle style) => -Get(style).Metrics.Ascent;

    public void Dispose()
    {
        foreach (var font in cache.Values)
        {
            font.Dispose();
        }

        cache.Clear();
    }
}
