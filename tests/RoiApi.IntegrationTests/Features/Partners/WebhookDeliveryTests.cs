using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;
using static RoiApi.IntegrationTests.Features.Partners.WebhookSteps;

namespace RoiApi.IntegrationTests.Features.Partners;

/// <summary>Status changes of partners' requests reach their endpoints: outbox in the same transaction, signed, thin, retried, dead-lettered.</summary>
public sealed class WebhookDeliveryTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Status_change_is_delivered_with_a_signature_the_receiver_can_verify_and_no_phi()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        var secret = (await RegisterAsync(partner.Client, receiver.Url))["secret"]!.GetValue<string>();
        var requestId = await PartnerRequestAsync(partner, patient);

        await new Lifecycle(Api).VerifyIdentityAsync(requestId);

        var webhook = (await receiver.WaitForAsync(1)).Single();
        webhook.IsSignedWith(secret).Should().BeTrue("the signature is HMAC-SHA256 over id.timestamp.body with the registered secret");
        webhook.Timestamp.Should().Be(Api.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        webhook.ContentType.Should().StartWith("application/json");
        var body = JsonNode.Parse(webhook.Body)!;
        body["type"]!.GetValue<string>().Should().Be("request.status_changed");
        body["data"]!["requestId"]!.GetValue<Guid>().Should().Be(requestId);
        body["data"]!["status"]!.GetValue<string>().Should().Be("in_verification");
        body["data"]!["previousStatus"]!.GetValue<string>().Should().Be("received");
        webhook.Body.Should().NotContainAny(patient.Mrn, "Avery", "Testpatient", "1980-04-02", "Personal injury", "Hale", "Court Street");
        var delivery = await DeliveryWhenAsync(Api, d => d.Status == WebhookDeliveryStatus.Delivered, "the delivery recorded as delivered");
        webhook.Id.Should().Be(delivery.Id.ToString());
        delivery.Attempts.Should().Be(1);
        delivery.LastStatusCode.Should().Be(204);
        delivery.DeliveredAt.Should().Be(Api.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_hold_is_delivered_with_its_reason_and_finding_codes_even_though_the_evidence_was_refused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        var secret = (await RegisterAsync(partner.Client, receiver.Url))["secret"]!.GetValue<string>();
        var requestId = await PartnerRequestAsync(partner, patient);

        await new Lifecycle(Api).SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(expiresOn: new DateOnly(2026, 6, 1)), HttpStatusCode.UnprocessableEntity, partner.Client);

        var webhook = (await receiver.WaitForAsync(1)).Single();
        webhook.IsSignedWith(secret).Should().BeTrue();
        var data = JsonNode.Parse(webhook.Body)!["data"]!;
        data["status"]!.GetValue<string>().Should().Be("on_hold");
        data["holdReason"]!.GetValue<string>().Should().Be("authorization_defective");
        data["findingCodes"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("AUTH-EXPIRED");
        webhook.Body.Should().NotContainAny(patient.Mrn, "Avery", "Testpatient", "Personal injury", "Riverside", "treatment");
    }

    [Fact]
    public async Task Each_status_change_enqueues_exactly_one_delivery_per_endpoint_of_the_requesting_organization()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var first = await PartnerAsync(Api, "First Firm");
        var second = await PartnerAsync(Api, "Second Firm");
        var down = $"http://127.0.0.1:{WebhookReceiver.FreePort()}/hooks/roi";
        var endpointA1 = (await RegisterAsync(first.Client, down))["id"]!.GetValue<Guid>();
        var endpointA2 = (await RegisterAsync(first.Client, down + "?copy=2"))["id"]!.GetValue<Guid>();
        await RegisterAsync(second.Client, down);
        var requestId = await PartnerRequestAsync(first, patient);
        var patientsOwn = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: patient.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        var flow = new Lifecycle(Api);

        await flow.VerifyIdentityAsync(requestId);
        await flow.VerifyIdentityAsync(patientsOwn);

        // Read straight after the responses: the rows were committed with the change, not written later.
        var deliveries = await DeliveriesAsync(Api);
        deliveries.Select(d => d.EndpointId).Should().BeEquivalentTo([endpointA1, endpointA2]);
        deliveries.Should().OnlyContain(d => d.OrganizationId == first.OrganizationId && d.EventType == "request.status_changed");
        deliveries.Select(d => JsonNode.Parse(d.Payload)!["data"]!["requestId"]!.GetValue<Guid>()).Should().AllBeEquivalentTo(requestId);
    }

    [Fact]
    public async Task A_refused_transition_enqueues_nothing()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        await RegisterAsync(partner.Client, $"http://127.0.0.1:{WebhookReceiver.FreePort()}/hooks/roi");
        var requestId = await PartnerRequestAsync(partner, patient);

        await new Lifecycle(Api).TransitionAsync(requestId, "approve", expected: HttpStatusCode.Conflict);

        (await DeliveriesAsync(Api)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_rolled_back_transaction_enqueues_nothing()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        await RegisterAsync(partner.Client, $"http://127.0.0.1:{WebhookReceiver.FreePort()}/hooks/roi");
        var requestId = await PartnerRequestAsync(partner, patient);
        var flow = new Lifecycle(Api);
        var etag = await flow.ETagAsync(requestId);

        // Every statement of the command succeeds; the commit itself fails, so the whole transaction rolls back.
        await Api.InDbAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION test_refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit by the test'; END $$;
            CREATE CONSTRAINT TRIGGER test_refuse_commit AFTER UPDATE ON disclosure_requests
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_commit();
            """));
        try
        {
            var response = await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/identity-verification", new { method = "government_id" }, etag);

            await response.ShouldBeAsync(HttpStatusCode.InternalServerError);
        }
        finally
        {
            await Api.InDbAsync(db => db.Database.ExecuteSqlRawAsync("""
                DROP TRIGGER IF EXISTS test_refuse_commit ON disclosure_requests;
                DROP FUNCTION IF EXISTS test_refuse_commit();
                """));
        }

        (await Api.InDbAsync(db => db.Requests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync())).Should().Be(RequestStatus.Received);
        (await DeliveriesAsync(Api)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_receiver_that_was_down_gets_the_delivery_after_the_backoff()
    {
        var port = WebhookReceiver.FreePort();
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        var secret = (await RegisterAsync(partner.Client, $"http://127.0.0.1:{port}/hooks/roi?token=partner-routing-token"))["secret"]!.GetValue<string>();
        var requestId = await PartnerRequestAsync(partner, patient);
        var failedAt = Api.Clock.GetUtcNow();

        await new Lifecycle(Api).VerifyIdentityAsync(requestId);

        var failed = await DeliveryWhenAsync(Api, d => d.Attempts == 1, "the first attempt to fail");
        failed.Status.Should().Be(WebhookDeliveryStatus.Pending);
        failed.LastError.Should().Be("connection_failed");
        failed.LastStatusCode.Should().BeNull();
        failed.NextAttemptAt.Should().Be(failedAt + TimeSpan.FromSeconds(30)).And.BeAfter(Api.Clock.GetUtcNow());

        await using var receiver = await WebhookReceiver.StartAsync(port);
        Api.Clock.Advance(TimeSpan.FromSeconds(31));

        var webhook = (await receiver.WaitForAsync(1)).Single();
        webhook.IsSignedWith(secret).Should().BeTrue();
        webhook.Id.Should().Be(failed.Id.ToString(), "a retry keeps its webhook-id so that receivers can deduplicate");
        var delivered = await DeliveryWhenAsync(Api, d => d.Status == WebhookDeliveryStatus.Delivered, "the retry recorded as delivered");
        delivered.Attempts.Should().Be(2);
        delivered.LastError.Should().BeNull();
        delivered.NextAttemptAt.Should().BeNull();
    }

    [Fact]
    public async Task After_the_last_attempt_the_delivery_is_dead_and_listed_for_the_admin_and_its_owner_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync(status: HttpStatusCode.InternalServerError);
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = await PartnerAsync(Api, "Hale & Morrow LLP");
        var other = await PartnerAsync(Api, "Other Firm");
        await RegisterAsync(partner.Client, receiver.Url);
        var requestId = await PartnerRequestAsync(partner, patient);

        await new Lifecycle(Api).VerifyIdentityAsync(requestId);
        for (var attempt = 1; attempt < 8; attempt++)
        {
            var failed = await DeliveryWhenAsync(Api, d => d.Attempts == attempt, $"attempt {attempt}");
            failed.Status.Should().Be(WebhookDeliveryStatus.Pending);
            failed.NextAttemptAt.Should().BeAfter(Api.Clock.GetUtcNow());
            Api.Clock.Advance(TimeSpan.FromDays(1));
        }

        var dead = await DeliveryWhenAsync(Api, d => d.Attempts == 8, "the eighth attempt");
        dead.Status.Should().Be(WebhookDeliveryStatus.Dead);
        dead.NextAttemptAt.Should().BeNull();
        dead.LastStatusCode.Should().Be(500);
        receiver.Received.Should().HaveCount(8).And.OnlyContain(w => w.Id == dead.Id.ToString());

        var admin = await (await Api.ClientFor(Roles.Admin).GetAsync("/v1/webhook-deliveries?status=dead")).ShouldBeAsync(HttpStatusCode.OK);
        var item = admin["items"]!.AsArray().Single()!;
        item["id"]!.GetValue<Guid>().Should().Be(dead.Id);
        item["status"]!.GetValue<string>().Should().Be("dead");
        item["attempts"]!.GetValue<int>().Should().Be(8);
        item["lastStatusCode"]!.GetValue<int>().Should().Be(500);
        item["lastError"]!.GetValue<string>().Should().Be("http_status");
        (await (await Api.ClientFor(Roles.Admin).GetAsync("/v1/webhook-deliveries?status=pending")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().BeEmpty();
        (await (await partner.Client.GetAsync("/v1/webhook-deliveries?status=dead")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().ContainSingle();
        (await (await other.Client.GetAsync("/v1/webhook-deliveries")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().BeEmpty();
        (await (await partner.Client.GetAsync("/v1/webhook-deliveries?status=lost")).ShouldBeAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("status");
    }
}
