using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Partners;

internal static class PartnersEndpoints
{
    public static void MapPartners(this IEndpointRouteBuilder app)
    {
        var endpoints = app.MapGroup("/v1/webhook-endpoints").WithTags("Webhooks").RequireAuthorization(Policies.ManageWebhooks);
        RegisterWebhookEndpoint.Map(endpoints);
        ListWebhookEndpoints.Map(endpoints);
        GetWebhookEndpoint.Map(endpoints);
        DeleteWebhookEndpoint.Map(endpoints);

        var deliveries = app.MapGroup("/v1/webhook-deliveries").WithTags("Webhooks").RequireAuthorization(Policies.ManageWebhooks);
        ListWebhookDeliveries.Map(deliveries);
    }
}
