using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Partners;

/// <summary>A partner organization with its token, and the steps the webhook tests share.</summary>
internal sealed record Partner(Guid OrganizationId, HttpClient Client);

internal static class WebhookSteps
{
    public static async Task<Partner> PartnerAsync(ApiFactory api, string name)
    {
        var organizationId = await TestData.OrganizationAsync(api, name);
        return new Partner(organizationId, api.ClientFor(Roles.Partner, organizationId: organizationId));
    }

    /// <summary>Registers an endpoint for every event type; returns the 201 body (which carries the secret).</summary>
    public static async Task<JsonNode> RegisterAsync(HttpClient client, string url, Guid? organizationId = null) =>
        await (await client.PostJsonAsync("/v1/webhook-endpoints", new { url, organizationId })).ShouldBeAsync(HttpStatusCode.Created);

    /// <summary>A request the partner submitted under an authorization (status received).</summary>
    public static async Task<Guid> PartnerRequestAsync(Partner partner, SeededPatient patient) =>
        (await Lifecycle.SubmitAsync(partner.Client, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();

    public static Task<List<WebhookDelivery>> DeliveriesAsync(ApiFactory api) =>
        api.InDbAsync(db => db.WebhookDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    /// <summary>Waits for the worker until the single delivery satisfies <paramref name="done"/>.</summary>
    public static async Task<WebhookDelivery> DeliveryWhenAsync(ApiFactory api, Func<WebhookDelivery, bool> done, string what) =>
        (await Eventually.ValueAsync(() => DeliveriesAsync(api), ds => ds.Count == 1 && done(ds[0]), what)).Single();
}
