using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Partners;

/// <summary>Webhook endpoints and deliveries a caller may see: an admin all, a partner its organization's; others are "not found".</summary>
internal static class WebhookVisibility
{
    public static IQueryable<WebhookEndpoint> VisibleTo(this IQueryable<WebhookEndpoint> endpoints, Caller caller) => caller switch
    {
        { Role: Roles.Admin } => endpoints,
        { Role: Roles.Partner, OrganizationId: { } orgId } => endpoints.Where(e => e.OrganizationId == orgId),
        _ => endpoints.Where(e => false),
    };

    public static IQueryable<WebhookDelivery> VisibleTo(this IQueryable<WebhookDelivery> deliveries, Caller caller) => caller switch
    {
        { Role: Roles.Admin } => deliveries,
        { Role: Roles.Partner, OrganizationId: { } orgId } => deliveries.Where(d => d.OrganizationId == orgId),
        _ => deliveries.Where(d => false),
    };
}

/// <summary>An endpoint as listed: never its secret, which is shown once, at registration.</summary>
internal sealed record WebhookEndpointView(Guid Id, Guid OrganizationId, string Url, IReadOnlyList<string> EventTypes, bool Active, DateTimeOffset CreatedAt);
