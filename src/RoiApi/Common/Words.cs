using System.Text.Json;

namespace RoiApi.Common;

/// <summary>The snake_case word for an enum value, as the API and the database spell it.</summary>
internal static class Words
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
