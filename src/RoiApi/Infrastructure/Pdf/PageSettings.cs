namespace RoiApi.Infrastructure.Pdf;

/// <summary>Page geometry in PDF points (1/72 inch). The header and footer bands sit inside the margins.</summary>
internal sealed record PageSettings(
    float Width,
    float Height,
    float MarginLeft,
    float MarginTop,
    float MarginRight,
    float MarginBottom,
    float HeaderHeight,
    float FooterHeight)
{
    /// <summary>US Letter (8.5 x 11 in) with 0.75 in margins.</summary>
    public static PageSettings UsLetter { get; } = new(612f, 792f, 54f, 48f, 54f, 48f, 40f, 28f);

    public float ContentLeft => MarginLeft;

    public float ContentWidth => Width - MarginLeft - MarginRight;

    public float ContentTop => MarginTop + HeaderHeight;

    public float ContentBottom => Height - MarginBottom - FooterHeight;

    public float ContentHeight => ContentBottom - ContentTop;

    public float HeaderTop => MarginTop;

    public float FooterTop => Height - MarginBottom - FooterHeight;
}
