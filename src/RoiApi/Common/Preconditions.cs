using Microsoft.AspNetCore.Http.HttpResults;

namespace RoiApi.Common;

/// <summary>ETag / If-Match over the row version (PostgreSQL xmin): reads return it, transitions must send it back.</summary>
internal static class Preconditions
{
    public static string ETagOf(uint version) => $"\"{version}\"";

    public static void SetETag(this HttpContext context, uint version) => context.Response.Headers.ETag = ETagOf(version);

    /// <summary>If-None-Match names the current version (weak comparison, RFC 9110 13.1.2), or is <c>*</c>: the caller's copy is fresh.</summary>
    public static bool IsNotModified(HttpRequest request, uint version)
    {
        var current = ETagOf(version);
        foreach (var header in request.Headers.IfNoneMatch)
        {
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (tag == "*" || tag == current)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The version the caller last read, or the problem to answer: 428 when missing, 412 when unreadable.</summary>
    public static (uint Version, ProblemHttpResult? Problem) ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return (0, Problems.Of(ProblemTypes.PreconditionRequired, "Send If-Match with the ETag of your last read."));
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return uint.TryParse(value.Trim('"'), out var version)
            ? (version, null)
            : (0, Problems.Of(ProblemTypes.PreconditionFailed, "If-Match does not carry an ETag this API issued."));
    }
}
