namespace RoiApi.Infrastructure.Pdf;

/// <summary>Font size (points) and weight of a run of text.</summary>
internal sealed record TextStyle(float Size, bool Bold = false)
{
    public static TextStyle Body { get; } = new(10f);

    public static TextStyle BodyBold { get; } = new(10f, Bold: true);

    public static TextStyle Small { get; } = new(8f);

    public static TextStyle SmallBold { get; } = new(8f, Bold: true);

    public static TextStyle Heading { get; } = new(14f, Bold: true);

    public static TextStyle Subheading { get; } = new(11f, Bold: true);

    public static TextStyle Title { get; } = new(22f, Bold: true);
}
