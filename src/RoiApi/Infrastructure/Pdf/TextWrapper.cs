using System.Text;
using SkiaSharp;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>Greedy word wrapping. Words wider than the line are broken between characters; no character is lost.</summary>
internal static class TextWrapper
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>. Line breaks in the
    /// text start a new line (an empty paragraph yields an empty line); runs of spaces collapse to one.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, SKFont font, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWidth);

        var lines = new List<string>();
        foreach (var paragraph in Normalize(text).Split('\n'))
        {
            WrapParagraph(paragraph, font, maxWidth, lines);
        }

        return lines;
    }

    /// <summary>Shortens <paramref name="text"/> with a trailing ellipsis so it fits <paramref name="maxWidth"/>.</summary>
    public static string Ellipsize(string text, SKFont font, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        const string ellipsis = "\u2026";
        var available = maxWidth - font.MeasureText(ellipsis);
        var count = available <= 0 ? 0 : SafeCount(text.AsSpan(), (int)font.BreakText(text, available), atLeastOne: false);
        return string.Concat(text.AsSpan(0, count).TrimEnd(), ellipsis);
    }

    /// <summary>Normalises line endings, turns tabs and other control characters into spaces.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                builder.Append('\n');
            }
            else if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void WrapParagraph(string paragraph, SKFont font, float maxWidth, List<string> lines)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var current = string.Empty;
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= maxWidth)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = BreakLongWord(word, font, maxWidth, lines);
        }

        lines.Add(current);
    }

    /// <summary>Emits full-width chunks of <paramref name="word"/> and returns the remainder that starts the next line.</summary>
    private static string BreakLongWord(string word, SKFont font, float maxWidth, List<string> lines)
    {
        var rest = word.AsSpan();
        while (font.MeasureText(rest) > maxWidth)
        {
            var count = SafeCount(rest, (int)font.BreakText(rest, maxWidth), atLeastOne: true);
            lines.Add(rest[..count].ToString());
            rest = rest[count..];
        }

        return rest.ToString();
    }

    /// <summary>
    /// Never half a surrogate pair; with <paramref name="atLeastOne"/>, at least one character (a glyph wider
    /// than the line still has to go somewhere, otherwise wrapping would never progress).
    /// </summary>
    private static int SafeCount(ReadOnlySpan<char> text, int count, bool atLeastOne)
    {
        count = Math.Clamp(count, 0, text.Length);
        if (count > 0 && count < text.Length && char.IsHighSurrogate(text[count - 1]))
        {
            count--;
        }

        if (atLeastOne && count == 0 && text.Length > 0)
        {
            count = text.Length > 1 && char.IsHighSurrogate(text[0]) ? 2 : 1;
        }

        return count;
    }
}
