using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RoiApi.Infrastructure.Persistence;

internal sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => ToWord(value),
    word => FromWord(word))
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Words =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

    private static readonly Dictionary<string, TEnum> Values = Words.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToWord(TEnum value) => Words[value];

    public static TEnum FromWord(string word) => Values[word];
}
