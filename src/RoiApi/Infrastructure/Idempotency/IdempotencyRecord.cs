namespace RoiApi.Infrastructure.Idempotency;

/// <summary>
/// One Idempotency-Key of one client: reserved (in flight) when the first request arrives, completed with that request's response,
/// which later requests with the same key receive again until the record expires.
/// </summary>
internal sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(string clientId, string key, string requestHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        ClientId = clientId;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public string ClientId { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 (hex) of method, path and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; } = "";

    public bool Completed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int? ResponseStatus { get; private set; }

    public string? ResponseContentType { get; private set; }

    public string? ResponseLocation { get; private set; }

    public string? ResponseETag { get; private set; }

    public byte[]? ResponseBody { get; private set; }
}
