using System.Security.Cryptography;
using SkiaSharp;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// Renders an <see cref="IPdfDocument"/> in two passes: the content is laid out into pages first, so that the
/// header and footer of every page can then be drawn knowing the total page count ("Page N of M").
/// Stateless apart from the shared typefaces, so one instance can serve concurrent renders.
/// </summary>
internal sealed class PdfGenerator(PdfFonts fonts, PageSettings page)
{
    private const string Producer = "RoiApi";
    private const float BandRuleGap = 4f;

    public RenderedPdf Generate(IPdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        using var fontScope = new PdfFontScope(fonts);

        // Pass one: layout.
        var flow = new PageFlow(page, fontScope);
        foreach (var component in document.ComposeContent())
        {
            component.Compose(flow);
        }

        var pages = flow.Complete();

        // Pass two: draw.
        var info = document.Info;
        var timestamp = info.CreatedAt.UtcDateTime;
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title;
        metadata.Subject = info.Subject;
        metadata.Author = info.Author;
        metadata.Creator = Producer;
        metadata.Producer = Producer;
        metadata.Creation = timestamp;
        metadata.Modified = timestamp;
        metadata.PdfA = false;

        using var stream = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(stream, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document."))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill })
        using (var linePaint = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke })
        {
            for (var index = 0; index < pages.Count; index++)
            {
                var canvas = pdf.BeginPage(page.Width, page.Height);
                var context = new PageContext(index + 1, pages.Count);
                DrawHeader(canvas, document.ComposeHeader(context), fontScope, paint, linePaint);
                foreach (var command in pages[index])
                {
                    Draw(canvas, command, fontScope, paint, linePaint);
                }

                DrawFooter(canvas, document.ComposeFooter(context), fontScope, paint, linePaint);
                pdf.EndPage();
            }

            pdf.Close();
        }

        var bytes = stream.ToArray();
        return new RenderedPdf(bytes, pages.Count, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private void DrawHeader(SKCanvas canvas, IReadOnlyList<BandLine> lines, PdfFontScope fontScope, SKPaint paint, SKPaint linePaint)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var y = DrawBand(canvas, lines, page.HeaderTop, fontScope, paint);
        var ruleY = Math.Min(y + BandRuleGap, page.ContentTop - BandRuleGap);
        Draw(canvas, new LineCommand(page.ContentLeft, ruleY, page.ContentLeft + page.ContentWidth, ruleY), fontScope, paint, linePaint);
    }

    private void DrawFooter(SKCanvas canvas, IReadOnlyList<BandLine> lines, PdfFontScope fontScope, SKPaint paint, SKPaint linePaint)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var ruleY = page.FooterTop + BandRuleGap;
        Draw(canvas, new LineCommand(page.ContentLeft, ruleY, page.ContentLeft + page.ContentWidth, ruleY), fontScope, paint, linePaint);
        DrawBand(canvas, lines, ruleY + BandRuleGap, fontScope, paint);
    }

    /// <summary>Draws band lines from <paramref name="top"/> down and returns the bottom of the last line.</summary>
    private float DrawBand(SKCanvas canvas, IReadOnlyList<BandLine> lines, float top, PdfFontScope fontScope, SKPaint paint)
    {
        var left = page.ContentLeft;
        var right = page.ContentLeft + page.ContentWidth;
        foreach (var line in lines)
        {
            var font = fontScope.Get(line.Style);
            var baseline = top + fontScope.Ascent(line.Style);

            // Right and centre parts (page numbers, identifiers) are kept whole; the left part yields space.
            var rightText = TextWrapper.Normalize(line.Right);
            var centerText = TextWrapper.Normalize(line.Center);
            var rightWidth = fontScope.Measure(rightText, line.Style);
            var centerWidth = fontScope.Measure(centerText, line.Style);
            var leftLimit = centerText.Length > 0
                ? ((page.ContentWidth - centerWidth) / 2f) - BandRuleGap
                : page.ContentWidth - rightWidth - (2 * BandRuleGap);
            var leftText = TextWrapper.Ellipsize(TextWrapper.Normalize(line.Left), font, Math.Max(leftLimit, 0f));

            DrawText(canvas, leftText, left, baseline, SKTextAlign.Left, font, paint);
            DrawText(canvas, centerText, (left + right) / 2f, baseline, SKTextAlign.Center, font, paint);
            DrawText(canvas, rightText, right, baseline, SKTextAlign.Right, font, paint);
            top += fontScope.LineHeight(line.Style);
        }

        return top;
    }

    private static void Draw(SKCanvas canvas, DrawCommand command, PdfFontScope fontScope, SKPaint paint, SKPaint linePaint)
    {
        switch (command)
        {
            case TextCommand text:
                DrawText(canvas, text.Text, text.X, text.Y, text.Align, fontScope.Get(text.Style), paint);
                break;
            case LineCommand line:
                linePaint.StrokeWidth = line.Thickness;
                canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, linePaint);
                break;
            default:
                throw new NotSupportedException($"Unknown draw command {command.GetType().Name}.");
        }
    }

    private static void DrawText(SKCanvas canvas, string text, float x, float y, SKTextAlign align, SKFont font, SKPaint paint)
    {
        if (text.Length > 0)
        {
            canvas.DrawText(text, x, y, align, font, paint);
        }
    }
}
