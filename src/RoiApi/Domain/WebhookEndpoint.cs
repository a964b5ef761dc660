namespace RoiApi.Domain;

/// <summary>The kinds of event a partner can subscribe to. Thin events: ids, statuses and codes, never PHI.</summary>
public static class WebhookEventTypes
{
    public const string RequestStatusChanged = "request.status_changed";

    public static readonly IReadOnlyList<string> All = [RequestStatusChanged];
}

/// <summary>
/// Where a partner organization wants to hear about its requests. The secret (Standard Webhooks <c>whsec_</c> form)
/// signs every delivery; it is shown to the caller once, at registration.
/// </summary>
public sealed class WebhookEndpoint
{
    private WebhookEndpoint()
    {
    }

    public WebhookEndpoint(Guid id, Guid organizationId, Uri url, string secret, IReadOnlyList<string> eventTypes, DateTimeOffset createdAt)
    {
        Id = id;
        OrganizationId = organizationId;
        Url = url.AbsoluteUri;
        Secret = secret;
        EventTypes = [.. eventTypes];
        Active = true;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The partner organization (tenant) whose requests this endpoint hears about.</summary>
    public Guid OrganizationId { get; private set; }

    public string Url { get; private set; } = "";

    public string Secret { get; private set; } = "";

    /// <summary>The event types delivered here; empty means every type.</summary>
    public List<string> EventTypes { get; private set; } = [];

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool Wants(string eventType) => Active && (EventTypes.Count == 0 || EventTypes.Contains(eventType));

    /// <summary>Removed by its owner: kept (its deliveries stay readable) but never delivered to again.</summary>
    public void Deactivate(DateTimeOffset at)
    {
        Active = false;
        DeactivatedAt = at;
    }
}
