using System.Net;
using Microsoft.EntityFrameworkCore;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;
using static RoiApi.IntegrationTests.Features.Partners.WebhookSteps;

namespace RoiApi.IntegrationTests.Features.Partners;

/// <summary>Registering, listing and deleting webhook endpoints: tenants kept apart, secrets shown once, internal addresses refused.</summary>
public sealed class WebhookEndpointsTests(ApiFactory api) : ApiTest(api)
{
    private static readonly string[] UnknownEventTypes = ["request.deleted"];

    [Fact]
    public async Task Partner_registers_an_endpoint_and_sees_the_secret_only_once()
    {
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");

        var response = await partner.Client.PostJsonAsync("/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hooks" });

        var created = await response.ShouldBeAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        response.Headers.Location!.ToString().Should().Be($"/v1/webhook-endpoints/{id}");
        created["organizationId"]!.GetValue<Guid>().Should().Be(partner.OrganizationId);
        var secret = created["secret"]!.GetValue<string>();
        secret.Should().StartWith("whsec_");
        Convert.FromBase64String(secret["whsec_".Length..]).Should().HaveCount(32);
        var read = await (await partner.Client.GetAsync($"/v1/webhook-endpoints/{id}")).ShouldBeAsync(HttpStatusCode.OK);
        read.AsObject().ContainsKey("secret").Should().BeFalse();
        var list = await (await partner.Client.GetAsync("/v1/webhook-endpoints")).ShouldBeAsync(HttpStatusCode.OK);
        list["items"]!.AsArray().Single()!.AsObject().ContainsKey("secret").Should().BeFalse();
        list.ToJsonString().Should().NotContain(secret["whsec_".Length..]);
    }

    [Fact]
    public async Task Admin_registers_for_a_named_organization_and_lists_every_endpoint()
    {
        var first = await PartnerAsync(Api, "First Firm");
        var second = await PartnerAsync(Api, "Second Firm");
        var admin = Api.ClientFor(Roles.Admin);
        await RegisterAsync(first.Client, "http://127.0.0.1:9/first");

        var created = await RegisterAsync(admin, "http://127.0.0.1:9/second", second.OrganizationId);
        var unnamed = await admin.PostJsonAsync("/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/x" });
        var unknown = await admin.PostJsonAsync("/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/x", organizationId = Guid.CreateVersion7() });

        created["organizationId"]!.GetValue<Guid>().Should().Be(second.OrganizationId);
        await unnamed.ShouldBeAsync(HttpStatusCode.UnprocessableEntity);
        await unknown.ShouldBeAsync(HttpStatusCode.NotFound);
        (await (await admin.GetAsync("/v1/webhook-endpoints")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Partner_naming_another_organization_is_404_and_nothing_is_written()
    {
        var first = await PartnerAsync(Api, "First Firm");
        var second = await PartnerAsync(Api, "Second Firm");

        var problem = await (await first.Client.PostJsonAsync("/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/x", organizationId = second.OrganizationId }))
            .ShouldBeAsync(HttpStatusCode.NotFound);

        problem["type"]!.GetValue<string>().Should().Be("/problems/not-found");
        (await Api.InDbAsync(db => db.WebhookEndpoints.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_partner_cannot_see_or_delete_another_partners_endpoints_or_deliveries()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var first = await PartnerAsync(Api, "First Firm");
        var second = await PartnerAsync(Api, "Second Firm");
        var endpointId = (await RegisterAsync(first.Client, $"http://127.0.0.1:{WebhookReceiver.FreePort()}/hooks"))["id"]!.GetValue<Guid>();
        await new Lifecycle(Api).VerifyIdentityAsync(await PartnerRequestAsync(first, patient));

        await (await second.Client.GetAsync($"/v1/webhook-endpoints/{endpointId}")).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await second.Client.DeleteAsync($"/v1/webhook-endpoints/{endpointId}")).ShouldBeAsync(HttpStatusCode.NotFound);
        (await (await second.Client.GetAsync("/v1/webhook-endpoints")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().BeEmpty();
        (await (await second.Client.GetAsync("/v1/webhook-deliveries")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().BeEmpty();
        (await (await second.Client.GetAsync($"/v1/webhook-deliveries?endpointId={endpointId}")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().BeEmpty();

        (await (await first.Client.GetAsync("/v1/webhook-endpoints")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().ContainSingle();
        (await (await first.Client.GetAsync("/v1/webhook-deliveries")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().ContainSingle();
        (await Api.InDbAsync(db => db.WebhookEndpoints.SingleAsync())).Active.Should().BeTrue();
    }

    [Fact]
    public async Task Deleting_an_endpoint_stops_its_deliveries_and_dead_letters_the_pending_ones()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        var endpointId = (await RegisterAsync(partner.Client, $"http://127.0.0.1:{WebhookReceiver.FreePort()}/hooks"))["id"]!.GetValue<Guid>();
        var flow = new Lifecycle(Api);
        var requestId = await PartnerRequestAsync(partner, patient);
        await flow.VerifyIdentityAsync(requestId);

        await (await partner.Client.DeleteAsync($"/v1/webhook-endpoints/{endpointId}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(), client: partner.Client);

        var delivery = (await DeliveriesAsync(Api)).Single();
        delivery.Status.Should().Be(RoiApi.Domain.WebhookDeliveryStatus.Dead);
        delivery.LastError.Should().Be("endpoint_removed");
        await (await partner.Client.DeleteAsync($"/v1/webhook-endpoints/{endpointId}")).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await partner.Client.GetAsync($"/v1/webhook-endpoints/{endpointId}")).ShouldBeAsync(HttpStatusCode.NotFound);
        (await (await partner.Client.GetAsync("/v1/webhook-endpoints")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://10.0.0.5/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://192.168.1.1/hooks")]
    [InlineData("https://172.16.0.1/hooks")]
    [InlineData("http://10.0.0.5/hooks")]
    [InlineData("https://0.0.0.0/hooks")]
    [InlineData("https://224.0.0.1/hooks")]
    [InlineData("https://[fe80::1]/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.5]/hooks")]
    public async Task Registration_refuses_private_and_link_local_addresses_even_where_loopback_is_allowed(string url)
    {
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");

        var problem = await (await partner.Client.PostJsonAsync("/v1/webhook-endpoints", new { url })).ShouldBeAsync(HttpStatusCode.BadRequest);

        problem["type"]!.GetValue<string>().Should().Be("/problems/webhook-url-refused");
        (await Api.InDbAsync(db => db.WebhookEndpoints.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Without_allow_loopback_registration_refuses_loopback_and_plain_http()
    {
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        await using var production = Api.WithSettings(("Webhooks:AllowLoopback", "false"));
        using var client = ApiFactory.ClientFor(production, Roles.Partner, organizationId: partner.OrganizationId);
        string[] refused =
        [
            "https://127.0.0.1/hooks", "https://localhost/hooks", "https://[::1]/hooks", "http://127.0.0.1:9/hooks",
            "https://10.0.0.5/hooks", "https://169.254.169.254/latest/meta-data/", "https://192.168.1.1/hooks", "http://93.184.215.14/hooks",
        ];

        foreach (var url in refused)
        {
            var problem = await (await client.PostJsonAsync("/v1/webhook-endpoints", new { url })).ShouldBeAsync(HttpStatusCode.BadRequest);
            problem["type"]!.GetValue<string>().Should().Be("/problems/webhook-url-refused", url);
        }

        (await Api.InDbAsync(db => db.WebhookEndpoints.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Unknown_event_types_and_relative_urls_are_400()
    {
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");

        var unknown = await (await partner.Client.PostJsonAsync("/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/x", eventTypes = UnknownEventTypes }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        var relative = await (await partner.Client.PostJsonAsync("/v1/webhook-endpoints", new { url = "/hooks" })).ShouldBeAsync(HttpStatusCode.BadRequest);

        unknown["type"]!.GetValue<string>().Should().Be("/problems/invalid-request");
        unknown["errors"]!.AsObject().Should().ContainKey("eventTypes[0]");
        relative["errors"]!.AsObject().Should().ContainKey("url");
    }

    [Theory]
    [InlineData(Roles.RoiSpecialist)]
    [InlineData(Roles.Patient)]
    [InlineData(Roles.ComplianceOfficer)]
    public async Task Other_roles_are_403(string role)
    {
        var client = Api.ClientFor(role, patientId: Guid.CreateVersion7());

        await (await client.GetAsync("/v1/webhook-endpoints")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/v1/webhook-deliveries")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await client.PostJsonAsync("/v1/webhook-endpoints", new { url = "https://example.com/x" })).ShouldBeAsync(HttpStatusCode.Forbidden);
    }
}
