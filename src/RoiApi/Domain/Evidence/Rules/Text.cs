using System.Text;

namespace RoiApi.Domain.Evidence;

/// <summary>
/// Lenient-but-safe comparisons of names and purposes typed by people: case, punctuation, spacing, '&amp;' versus
/// 'and', and common legal-form suffixes are ignored; anything else must match. A reviewer resolves near misses.
/// </summary>
internal static class Text
{
    private static readonly string[] LegalFormSuffixes = ["LLP", "LLC", "PLLC", "INC", "PC", "PA", "LTD", "CORP", "CO"];

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    public static bool IsEmpty<T>(IReadOnlyCollection<T>? values) => values is null || values.Count == 0;

    public static bool HasNoText(IReadOnlyCollection<string>? values) => values is null || values.All(IsBlank);

    public static string Normalize(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            switch (character)
            {
                case '&':
                    builder.Append(" AND ");
                    break;
                case '.' or '\'' or '\u2019':
                    break;
                default:
                    builder.Append(char.IsLetterOrDigit(character) ? char.ToUpperInvariant(character) : ' ');
                    break;
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalFormSuffixes.Contains(words[^1], StringComparer.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    public static bool SameName(string? left, string? right)
    {
        var normalizedLeft = Normalize(left);
        return normalizedLeft.Length > 0 && string.Equals(normalizedLeft, Normalize(right), StringComparison.Ordinal);
    }

    public static bool AnyNameMatches(IReadOnlyCollection<string>? names, string? name) =>
        names is not null && names.Any(candidate => SameName(candidate, name));

    /// <summary>A purpose on the request is covered when it and a stated purpose contain one another.</summary>
    public static bool PurposeCovered(IReadOnlyCollection<string>? statedPurposes, string? requestPurpose)
    {
        var wanted = Normalize(requestPurpose);
        return statedPurposes is not null && statedPurposes
            .Select(Normalize)
            .Where(stated => stated.Length > 0)
            .Any(stated => stated.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(stated, StringComparison.Ordinal));
    }

    public static bool ContainsAny(string? value, IEnumerable<string> phrases)
    {
        var normalized = $" {Normalize(value)} ";
        return phrases.Any(phrase => normalized.Contains($" {Normalize(phrase)} ", StringComparison.Ordinal));
    }
}

/// <summary>Shared scope arithmetic: does what the document covers contain what is requested?</summary>
internal static class Scope
{
    /// <summary>True when the requested range reaches outside the covered range (open ends on the request count as unbounded).</summary>
    public static bool DatesExceed(DateOnly? coversFrom, DateOnly? coversTo, RequestFacts facts) =>
        (coversFrom is { } from && (facts.RequestedFrom is not { } requestedFrom || requestedFrom < from))
        || (coversTo is { } to && (facts.RequestedTo is not { } requestedTo || requestedTo > to));

    /// <summary>True when an itemized list of covered categories misses a requested one (psychotherapy and SUD counseling notes are judged by their own rules).</summary>
    public static bool CategoriesExceed(IReadOnlyList<DocumentCategory>? covered, RequestFacts facts) =>
        covered is not null && facts.RequestedCategories
            .Where(category => category is not DocumentCategory.PsychotherapyNote and not DocumentCategory.SudCounselingNote)
            .Any(category => !covered.Contains(category));

    /// <summary>True when an itemized list of covered categories misses a requested one, special notes included.</summary>
    public static bool AnyCategoryExceeds(IReadOnlyList<DocumentCategory>? covered, RequestFacts facts) =>
        covered is not null && facts.RequestedCategories.Any(category => !covered.Contains(category));

    public static bool Covers(IReadOnlyList<string>? labels, string label) =>
        labels is not null && labels.Contains(label, StringComparer.OrdinalIgnoreCase);
}
