using System.Net;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Requests;

/// <summary>Idempotency-Key on POSTs: required from partners, scoped per client, replayed once answered.</summary>
public sealed class IdempotencyTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Twenty_parallel_duplicates_create_exactly_one_request_and_a_later_retry_is_replayed()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var body = Lifecycle.AuthorizationRequest(patient.Mrn);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => partner.PostJsonAsync("/v1/requests", body, idempotencyKey: key)));

        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(1);
        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        created.Should().NotBeEmpty();
        var bodies = await Task.WhenAll(created.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Should().ContainSingle("a replay answers exactly what the first request answered");
        created.Select(r => r.Headers.Location!.ToString()).Distinct().Should().ContainSingle();
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            (await conflict.ShouldBeAsync(HttpStatusCode.Conflict))["type"]!.GetValue<string>().Should().Be("/problems/idempotency-in-flight");
        }

        var retry = await partner.PostJsonAsync("/v1/requests", body, idempotencyKey: key);

        await retry.ShouldBeAsync(HttpStatusCode.Created);
        retry.Header("Idempotent-Replayed").Should().Be("true");
        (await retry.Content.ReadAsStringAsync()).Should().Be(bodies[0]);
        retry.Headers.Location!.ToString().Should().Be(created[0].Headers.Location!.ToString());
        retry.ETag().Should().Be(created[0].ETag());
        retry.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(1);
    }

    [Fact]
    public async Task Partner_post_without_a_key_is_400_and_writes_nothing()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Firm"));

        var response = await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn), idempotencyKey: Http.NoIdempotencyKey);

        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        problem["type"]!.GetValue<string>().Should().Be("/problems/idempotency-key-required");
        problem["code"]!.GetValue<string>().Should().Be("idempotency-key-required");
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(0);
    }

    [Theory]
    [InlineData("too long")]
    [InlineData("not printable")]
    [InlineData("blank")]
    public async Task Malformed_key_is_400(string situation)
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Firm"));
        var key = situation switch
        {
            "too long" => new string('k', 256),
            "not printable" => "key\u00e9",
            _ => "   ",
        };

        var response = await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn), idempotencyKey: key);

        (await response.ShouldBeAsync(HttpStatusCode.BadRequest))["type"]!.GetValue<string>().Should().Be("/problems/idempotency-key-required", situation);
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_422_and_writes_nothing()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var key = Guid.NewGuid().ToString();
        await (await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn), idempotencyKey: key)).ShouldBeAsync(HttpStatusCode.Created);

        var response = await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn, "Another Recipient"), idempotencyKey: key);

        var problem = await response.ShouldBeAsync(HttpStatusCode.UnprocessableEntity);
        problem["type"]!.GetValue<string>().Should().Be("/problems/idempotency-key-reused");
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(1);
    }

    [Fact]
    public async Task Keys_are_scoped_per_client()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var first = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "First Firm"));
        var second = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Second Firm"));
        var key = "claim-2026-0001";

        var one = await first.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn, "First Firm"), idempotencyKey: key);
        var other = await second.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn, "Second Firm"), idempotencyKey: key);

        await one.ShouldBeAsync(HttpStatusCode.Created);
        await other.ShouldBeAsync(HttpStatusCode.Created);
        other.Header("Idempotent-Replayed").Should().BeNull();
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(2);
    }

    [Fact]
    public async Task Staff_may_send_a_key_and_get_the_same_replay()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var staff = Api.ClientFor(Roles.RoiSpecialist);
        var body = Lifecycle.AuthorizationRequest(patient.Mrn);

        var first = await staff.PostJsonAsync("/v1/requests", body, idempotencyKey: "mail-intake-0042");
        var second = await staff.PostJsonAsync("/v1/requests", body, idempotencyKey: "mail-intake-0042");

        (await second.ShouldBeAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>().Should().Be((await first.ShouldBeAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>());
        second.Header("Idempotent-Replayed").Should().Be("true");
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(1);
    }

    [Fact]
    public async Task A_first_attempt_that_throws_frees_its_key_for_the_retry()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var key = Guid.NewGuid().ToString();
        await (await partner.PostJsonAsync("/v1/requests", "{not json", idempotencyKey: key)).ShouldBeAsync(HttpStatusCode.BadRequest);

        var retry = await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn), idempotencyKey: key);

        await retry.ShouldBeAsync(HttpStatusCode.Created);
        retry.Header("Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task An_expired_key_may_be_used_again()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var key = Guid.NewGuid().ToString();
        await (await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn), idempotencyKey: key)).ShouldBeAsync(HttpStatusCode.Created);
        Api.Clock.Advance(TimeSpan.FromHours(24));

        var reused = await partner.PostJsonAsync("/v1/requests", Lifecycle.AuthorizationRequest(patient.Mrn, "Another Recipient"), idempotencyKey: key);

        await reused.ShouldBeAsync(HttpStatusCode.Created);
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(2);
    }
}
