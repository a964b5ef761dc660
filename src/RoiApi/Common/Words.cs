using System.Text.Json;

namespace RoiApi.Common;

/// <summary>The snake_case word for an enum value, as the API and the database spell it.</summary>
internal static class Words
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Parses the snake_case word of a query or route value; null stays null.</summary>
    public static bool TryParse<TEnum>(string? word, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (word is null)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), word, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)));
}
