using System.Globalization;

namespace RoiApi.Infrastructure.RateLimiting;

/// <summary>
/// The IETF httpapi RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), as structured fields:
/// <c>RateLimit-Policy: "default";q=300;w=60</c> and <c>RateLimit: "default";r=299;t=42</c>.
/// </summary>
internal static class RateLimitHeaders
{
    public const string Policy = "RateLimit-Policy";
    public const string Current = "RateLimit";

    public static string FormatPolicy(string name, int quota, int windowSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quoted(name)};q={quota};w={windowSeconds}");

    public static string FormatCurrent(string name, int remaining, int resetSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quoted(name)};r={remaining};t={resetSeconds}");

    /// <summary>An sf-string: the policy name comes from configuration, so escape what the grammar requires.</summary>
    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
