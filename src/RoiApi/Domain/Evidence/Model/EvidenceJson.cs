using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoiApi.Domain.Evidence;

/// <summary>The wire and jsonb shape of evidence, facts and rule packs: camelCase, enums as strings.</summary>
public static class EvidenceJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
