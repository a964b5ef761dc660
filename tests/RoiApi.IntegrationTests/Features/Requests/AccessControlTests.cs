using System.Net;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Requests;

public sealed class AccessControlTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task No_token_is_401_problem_details()
    {
        var problem = await (await Api.CreateClient().GetAsync("/v1/requests")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        problem["type"]!.GetValue<string>().Should().Be("/problems/unauthenticated");
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_401()
    {
        var client = Api.CreateClient();
        var forged = DevTokens.Mint(new AuthOptions { Issuer = ApiFactory.TestAuth.Issuer, SigningKey = Convert.ToBase64String(new byte[32]) }, Roles.Admin, null, null, DateTimeOffset.UtcNow);
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        await (await client.GetAsync("/v1/requests")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Roles.RecordsFeed, "GET", "/v1/requests")]
    [InlineData(Roles.Patient, "POST", "/v1/requests/{id}/approve")]
    [InlineData(Roles.Partner, "POST", "/v1/requests/{id}/release")]
    [InlineData(Roles.ComplianceOfficer, "POST", "/v1/requests")]
    [InlineData(Roles.Partner, "GET", "/v1/patients/{patient}/disclosures")]
    public async Task Wrong_role_is_403_problem_details(string role, string method, string path)
    {
        var client = Api.ClientFor(role, patientId: Guid.CreateVersion7(), organizationId: Guid.CreateVersion7());
        var url = path.Replace("{id}", Guid.CreateVersion7().ToString()).Replace("{patient}", Guid.CreateVersion7().ToString());

        var response = await client.SendJsonAsync(new HttpMethod(method), url, method == "POST" ? new { } : null, "\"1\"");

        (await response.ShouldBeAsync(HttpStatusCode.Forbidden))["type"]!.GetValue<string>().Should().Be("/problems/forbidden");
    }

    [Fact]
    public async Task Another_partners_request_is_not_found_and_not_listed()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var first = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "First Firm"));
        var second = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Second Firm"));
        var requestId = (await Lifecycle.SubmitAsync(first, Lifecycle.AuthorizationRequest(patient.Mrn, "First Firm")))["id"]!.GetValue<Guid>();

        var read = await second.GetAsync($"/v1/requests/{requestId}");
        var timeline = await second.GetAsync($"/v1/requests/{requestId}/timeline");
        var packet = await second.GetAsync($"/v1/requests/{requestId}/packet");
        var list = await (await second.GetAsync("/v1/requests")).ShouldBeAsync(HttpStatusCode.OK);

        (await read.ShouldBeAsync(HttpStatusCode.NotFound))["detail"]!.GetValue<string>().Should().NotContain(patient.Mrn);
        await timeline.ShouldBeAsync(HttpStatusCode.NotFound);
        await packet.ShouldBeAsync(HttpStatusCode.NotFound);
        list["items"]!.AsArray().Should().BeEmpty();
        (await (await first.GetAsync("/v1/requests")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task A_patient_cannot_read_another_patients_request_or_accounting()
    {
        var mine = await TestData.PatientWithRecordsAsync(Api, "MRN900001");
        var theirs = await TestData.PatientWithRecordsAsync(Api, "MRN900002");
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: theirs.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        var me = Api.ClientFor(Roles.Patient, patientId: mine.Id);

        await (await me.GetAsync($"/v1/requests/{requestId}")).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await me.GetAsync($"/v1/patients/{theirs.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_patient_cannot_submit_for_another_patient()
    {
        var mine = await TestData.PatientWithRecordsAsync(Api, "MRN900001");
        var theirs = await TestData.PatientWithRecordsAsync(Api, "MRN900002");
        var me = Api.ClientFor(Roles.Patient, patientId: mine.Id);
        var body = new { legalBasis = "individual_access", patient = new { mrn = theirs.Mrn }, scope = new { from = "2024-01-01", to = "2025-12-31" }, purpose = "x", deliveryMethod = "portal" };

        var problem = await (await me.PostJsonAsync("/v1/requests", body)).ShouldBeAsync(HttpStatusCode.Forbidden);

        problem["type"]!.GetValue<string>().Should().Be("/problems/not-permitted");

        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(0);
    }
}
