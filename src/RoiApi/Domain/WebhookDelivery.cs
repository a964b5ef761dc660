namespace RoiApi.Domain;

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Dead,
}

/// <summary>Why an attempt failed, as a code: response bodies and exception messages are never kept.</summary>
public static class WebhookErrorKinds
{
    public const string HttpStatus = "http_status";
    public const string Timeout = "timeout";
    public const string ConnectionFailed = "connection_failed";
    public const string AddressRefused = "address_refused";
    public const string EndpointRemoved = "endpoint_removed";
}

/// <summary>The outcome of one POST to an endpoint.</summary>
public sealed record WebhookAttempt(bool Delivered, int? StatusCode, string? ErrorKind)
{
    public static WebhookAttempt Success(int statusCode) => new(true, statusCode, null);

    public static WebhookAttempt Failed(int? statusCode, string errorKind) => new(false, statusCode, errorKind);
}

/// <summary>
/// One event for one endpoint: the outbox row, written in the transaction of the change it reports, then
/// delivered (at least once) by the worker. Its id is the <c>webhook-id</c> header, the same on every retry.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
    }

    public WebhookDelivery(Guid id, Guid endpointId, Guid organizationId, string eventType, string payload, DateTimeOffset createdAt)
    {
        Id = id;
        EndpointId = endpointId;
        OrganizationId = organizationId;
        EventType = eventType;
        Payload = payload;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>The endpoint's organization, copied so tenants' lists filter without a join.</summary>
    public Guid OrganizationId { get; private set; }

    public string EventType { get; private set; } = "";

    /// <summary>The JSON body exactly as signed and sent: ids, statuses and codes only.</summary>
    public string Payload { get; private set; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the worker may next try; null once delivered or dead.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Claimed by a worker: nobody else tries it before <paramref name="until"/> (a crashed worker's claim lapses).</summary>
    public void Lease(DateTimeOffset until) => NextAttemptAt = until;

    /// <summary>Records an attempt: delivered, retried after <paramref name="retryAfter"/>, or dead once <paramref name="maxAttempts"/> are spent.</summary>
    public void Record(WebhookAttempt attempt, DateTimeOffset at, TimeSpan retryAfter, int maxAttempts)
    {
        Attempts++;
        LastAttemptAt = at;
        LastStatusCode = attempt.StatusCode;
        LastError = attempt.ErrorKind;
        if (attempt.Delivered)
        {
            Status = WebhookDeliveryStatus.Delivered;
            DeliveredAt = at;
            NextAttemptAt = null;
        }
        else if (Attempts >= maxAttempts)
        {
            Status = WebhookDeliveryStatus.Dead;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = at + retryAfter;
        }
    }

    /// <summary>The endpoint is gone: the event goes to the dead letters without another attempt.</summary>
    public void Abandon(string errorKind)
    {
        Status = WebhookDeliveryStatus.Dead;
        LastError = errorKind;
        NextAttemptAt = null;
    }
}
