using System.Security.Cryptography;
using System.Text;

namespace RoiApi.Infrastructure.Idempotency;

/// <summary>The pure parts of idempotency: which keys are acceptable and what identifies "the same request".</summary>
internal static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 255;

    /// <summary>1 to 255 printable ASCII characters (space allowed inside), not only spaces.</summary>
    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength }
        && key.All(c => c is >= ' ' and <= '~')
        && !string.IsNullOrWhiteSpace(key);

    /// <summary>SHA-256 over method, path with query, and the body's own SHA-256: the body is hashed as a stream, never held twice.</summary>
    public static string RequestHash(string method, string pathAndQuery, ReadOnlySpan<byte> bodySha256)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method.ToUpperInvariant()}\n{pathAndQuery}\n"));
        hash.AppendData(bodySha256);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
