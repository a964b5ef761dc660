using SkiaSharp;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// Locates and loads the Liberation Sans typefaces used by every PDF. The fonts are loaded from files
/// (never through fontconfig defaults, which silently drop text when a family is missing) once, in the
/// constructor; <see cref="SKTypeface"/> is immutable and safe to share between concurrent renders.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    public const string RegularFileName = "LiberationSans-Regular.ttf";
    public const string BoldFileName = "LiberationSans-Bold.ttf";
    public const string DebianPackage = "fonts-liberation2";

    /// <summary>Directories searched after the explicit one, in order.</summary>
    public static readonly IReadOnlyList<string> SystemFontDirectories =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
    ];

    /// <param name="fontDirectory">Optional directory holding the font files; searched before the system directories.</param>
    public PdfFonts(string? fontDirectory = null)
        : this(fontDirectory, SystemFontDirectories)
    {
    }

    /// <summary>Constructor with an injectable list of system directories (tests).</summary>
    internal PdfFonts(string? fontDirectory, IReadOnlyList<string> systemFontDirectories)
    {
        ArgumentNullException.ThrowIfNull(systemFontDirectories);

        var searched = new List<string>();
        if (!string.IsNullOrWhiteSpace(fontDirectory))
        {
            searched.Add(fontDirectory);
        }

        searched.AddRange(systemFontDirectories);

        var directory = searched.FirstOrDefault(ContainsFontFiles)
            ?? throw new InvalidOperationException(
                $"Liberation Sans fonts ({RegularFileName}, {BoldFileName}) were not found. Searched: "
                + (searched.Count == 0 ? "(no directories)" : string.Join(", ", searched))
                + $". Install the Debian package '{DebianPackage}' (apt-get install -y {DebianPackage}) "
                + "or configure a font directory that contains these files.");

        Directory = directory;
        Regular = Load(Path.Combine(directory, RegularFileName));
        try
        {
            Bold = Load(Path.Combine(directory, BoldFileName));
        }
        catch
        {
            Regular.Dispose();
            throw;
        }
    }

    /// <summary>The directory the fonts were loaded from.</summary>
    public string Directory { get; }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface Get(bool bold) => bold ? Bold : Regular;

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static bool ContainsFontFiles(string directory) =>
        File.Exists(Path.Combine(directory, RegularFileName)) && File.Exists(Path.Combine(directory, BoldFileName));

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"The font file '{path}' exists but could not be loaded as a typeface.");
}
