using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Infrastructure.Webhooks;

/// <summary>
/// Delivers the outbox: claims due deliveries with <c>FOR UPDATE SKIP LOCKED</c> (so any number of API instances can
/// run it), posts each, and records delivered / retry-at / dead. Polls on the wall clock; due times come from
/// <see cref="TimeProvider"/>, so tests walk the retry schedule with a fake clock.
/// </summary>
internal sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<WebhookOptions> options, ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        try
        {
            do
            {
                await DeliverDueAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>Rounds until nothing is due; a failing round (database away, table missing) is logged and retried at the next tick.</summary>
    private async Task DeliverDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await DeliverBatchAsync(stoppingToken) > 0)
            {
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.RoundFailed(logger, e.GetType().Name, e);
        }
    }

    private async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoiDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<WebhookSender>();
        var settings = options.Value;

        var claimed = await ClaimAsync(db, settings, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var endpointIds = claimed.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var delivery in claimed)
        {
            if (!endpoints.TryGetValue(delivery.EndpointId, out var endpoint) || !endpoint.Active)
            {
                delivery.Abandon(WebhookErrorKinds.EndpointRemoved);
            }
            else
            {
                var attempt = await sender.SendAsync(endpoint, delivery, cancellationToken);
                delivery.Record(attempt, time.GetUtcNow(), settings.RetryDelayAfter(delivery.Attempts + 1), settings.MaxAttempts);
                LogAttempt(delivery, endpoint, attempt);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Removed or abandoned meanwhile (endpoint deleted): that outcome stands.
                db.Entry(delivery).State = EntityState.Detached;
            }
        }

        return claimed.Count;
    }

    /// <summary>Takes due deliveries nobody else holds and pushes their next attempt past the claim, in one short transaction.</summary>
    private async Task<List<WebhookDelivery>> ClaimAsync(RoiDbContext db, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.WebhookDeliveries
            .FromSql($"""
                SELECT d.*, d.xmin FROM webhook_deliveries d
                WHERE d.status = 'pending' AND d.next_attempt_at <= {now}
                ORDER BY d.next_attempt_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var delivery in claimed)
        {
            delivery.Lease(now + settings.ClaimDuration);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>Ids, host, status and error code only: no payload, no path or query string (they may carry the partner's tokens).</summary>
    private void LogAttempt(WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookAttempt attempt)
    {
        var host = new Uri(endpoint.Url).Host;
        if (attempt.Delivered)
        {
            Log.Delivered(logger, delivery.Id, endpoint.Id, host, attempt.StatusCode, delivery.Attempts);
        }
        else if (delivery.Status == WebhookDeliveryStatus.Dead)
        {
            Log.Dead(logger, delivery.Id, endpoint.Id, host, attempt.StatusCode, attempt.ErrorKind, delivery.Attempts);
        }
        else
        {
            Log.Failed(logger, delivery.Id, endpoint.Id, host, attempt.StatusCode, attempt.ErrorKind, delivery.Attempts, delivery.NextAttemptAt);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Webhook {DeliveryId} delivered to endpoint {EndpointId} ({Host}): {StatusCode} on attempt {Attempts}")]
        public static partial void Delivered(ILogger logger, Guid deliveryId, Guid endpointId, string host, int? statusCode, int attempts);

        [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Webhook {DeliveryId} to endpoint {EndpointId} ({Host}) failed: {StatusCode} {ErrorKind} on attempt {Attempts}; next at {NextAttemptAt}")]
        public static partial void Failed(ILogger logger, Guid deliveryId, Guid endpointId, string host, int? statusCode, string? errorKind, int attempts, DateTimeOffset? nextAttemptAt);

        [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Webhook {DeliveryId} to endpoint {EndpointId} ({Host}) is dead after {Attempts} attempts: {StatusCode} {ErrorKind}")]
        public static partial void Dead(ILogger logger, Guid deliveryId, Guid endpointId, string host, int? statusCode, string? errorKind, int attempts);

        [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Webhook delivery round failed: {ExceptionType}")]
        public static partial void RoundFailed(ILogger logger, string exceptionType, Exception exception);
    }
}
