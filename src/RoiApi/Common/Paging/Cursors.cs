using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoiApi.Common.Paging;

/// <summary>What a cursor is bound to: the list it pages, the client it was issued to and the filters of the first page.</summary>
internal sealed record CursorScope(string List, string ClientId, string Filters)
{
    /// <summary>The scope of a list read by <paramref name="caller"/> with these filter values (nulls included: "no filter" is a filter too).</summary>
    public static CursorScope For(string list, Caller caller, params object?[] filters) =>
        new(list, caller.ClientId, string.Join('\u001f', filters.Select(Canonical)));

    private static string Canonical(object? value) => value switch
    {
        null => "\u2400",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>
/// Opaque keyset cursors, authenticated with HMAC-SHA256 under a configured key. A cursor carries the position after the last
/// item and a fingerprint of the filters it was issued for; its MAC also covers the list and the client, so a cursor that was
/// edited, issued to another client or for another list, or sent back with other filters is refused.
/// </summary>
internal sealed class CursorCodec
{
    public const int MinimumKeyBytes = 32;

    /// <summary>Longer strings are refused before any decoding.</summary>
    public const int MaxLength = 512;

    private const byte FormatVersion = 1;
    private const int FiltersHashBytes = 16;
    private const int MacBytes = 32;
    private const int HeaderBytes = 1 + FiltersHashBytes;

    private readonly byte[] key;

    public CursorCodec(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"A cursor key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = [.. key];
    }

    public string Issue(CursorScope scope, string position)
    {
        var positionBytes = Encoding.UTF8.GetBytes(position);
        var token = new byte[HeaderBytes + positionBytes.Length + MacBytes];
        token[0] = FormatVersion;
        FiltersHash(scope.Filters).CopyTo(token, 1);
        positionBytes.CopyTo(token, HeaderBytes);
        var payload = token.AsSpan(0, HeaderBytes + positionBytes.Length);
        Mac(scope, payload).CopyTo(token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The position the cursor carries, or why it is refused (a sentence for the problem's detail, without the cursor's content).</summary>
    public bool TryRead(string cursor, CursorScope scope, out string position, out string refusal)
    {
        position = "";
        refusal = "";
        byte[] token;
        try
        {
            token = cursor.Length is > 0 and <= MaxLength ? Base64Url.DecodeFromChars(cursor) : [];
        }
        catch (FormatException)
        {
            token = [];
        }

        if (token.Length < HeaderBytes + MacBytes || token[0] != FormatVersion)
        {
            refusal = "The cursor is not one this API issued.";
            return false;
        }

        var payload = token.AsSpan(0, token.Length - MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(Mac(scope, payload), token.AsSpan(payload.Length)))
        {
            refusal = "The cursor was not issued to you for this list, or it was altered.";
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(FiltersHash(scope.Filters), payload.Slice(1, FiltersHashBytes)))
        {
            refusal = "The cursor was issued for other filters: send the filters of the first page, or start again without a cursor.";
            return false;
        }

        position = Encoding.UTF8.GetString(payload[HeaderBytes..]);
        return true;
    }

    private byte[] Mac(CursorScope scope, ReadOnlySpan<byte> payload)
    {
        var context = Encoding.UTF8.GetBytes($"roi-cursor\n{scope.List}\n{scope.ClientId}\n");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(context);
        hmac.AppendData(payload);
        return hmac.GetHashAndReset();
    }

    private static byte[] FiltersHash(string filters) => SHA256.HashData(Encoding.UTF8.GetBytes(filters))[..FiltersHashBytes];
}
