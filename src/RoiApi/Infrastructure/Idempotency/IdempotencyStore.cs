using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Infrastructure.Idempotency;

/// <summary>A response worth replaying: what the first request answered.</summary>
internal sealed record StoredResponse(int Status, string? ContentType, string? Location, string? ETag, byte[] Body);

/// <summary>
/// The <c>idempotency_keys</c> table. Each step is its own statement (auto-committed, outside the use case's unit of work), so a
/// reservation is visible to concurrent duplicates at once and survives the use case's rollback.
/// </summary>
internal sealed class IdempotencyStore(RoiDbContext db, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    /// <summary>Reserves the key for this request; an expired record of the same key is taken over. False when the key is held.</summary>
    public async Task<bool> TryReserveAsync(string clientId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.Retention;
        var inserted = await WithoutWaitingForFlushAsync(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO idempotency_keys (client_id, key, request_hash, completed, created_at, expires_at)
            VALUES ({clientId}, {key}, {requestHash}, FALSE, {now}, {expires})
            ON CONFLICT (client_id, key) DO UPDATE
                SET request_hash = excluded.request_hash, completed = FALSE, created_at = excluded.created_at, expires_at = excluded.expires_at,
                    response_status = NULL, response_content_type = NULL, response_location = NULL, response_etag = NULL, response_body = NULL
                WHERE idempotency_keys.expires_at <= excluded.created_at
            """,
            cancellationToken));
        return inserted == 1;
    }

    public Task<IdempotencyRecord?> FindAsync(string clientId, string key, CancellationToken cancellationToken) =>
        db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.ClientId == clientId && k.Key == key, cancellationToken);

    public Task CompleteAsync(string clientId, string key, string requestHash, StoredResponse response) => WithoutWaitingForFlushAsync(() =>
        db.IdempotencyKeys
            .Where(k => k.ClientId == clientId && k.Key == key && k.RequestHash == requestHash && !k.Completed)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(k => k.Completed, true)
                    .SetProperty(k => k.ResponseStatus, response.Status)
                    .SetProperty(k => k.ResponseContentType, response.ContentType)
                    .SetProperty(k => k.ResponseLocation, response.Location)
                    .SetProperty(k => k.ResponseETag, response.ETag)
                    .SetProperty(k => k.ResponseBody, response.Body),
                CancellationToken.None));

    /// <summary>The first attempt failed on our side: the key is free again, so the client's retry is a first attempt.</summary>
    public Task ReleaseAsync(string clientId, string key, string requestHash) =>
        db.IdempotencyKeys
            .Where(k => k.ClientId == clientId && k.Key == key && k.RequestHash == requestHash && !k.Completed)
            .ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>
    /// Commits without waiting for the WAL flush (<c>synchronous_commit = off</c>, this transaction only). Safe for the
    /// reservation: the use case's own commit, which waits, flushes it too, so a reservation is lost only with a use case
    /// that never committed. A lost completion leaves the key "in flight" (409) until it expires, as after any crash.
    /// </summary>
    private async Task<T> WithoutWaitingForFlushAsync<T>(Func<Task<T>> statement)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF", CancellationToken.None);
        var result = await statement();
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.IdempotencyKeys.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
