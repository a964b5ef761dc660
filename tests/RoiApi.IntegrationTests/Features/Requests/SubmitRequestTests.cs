using System.Net;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Requests;

public sealed class SubmitRequestTests(ApiFactory api) : ApiTest(api)
{
    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "unknown field", """{"legalBasis":"individual_access","patient":{},"scope":{"from":"2024-01-01","to":"2025-01-01"},"purpose":"x","deliveryMethod":"portal","shoeSize":44}""", "shoeSize" },
        { "wrong type", """{"legalBasis":"individual_access","patient":{},"scope":{"from":"last tuesday","to":"2025-01-01"},"purpose":"x","deliveryMethod":"portal"}""", "scope.from" },
        { "unknown legal basis", """{"legalBasis":"because_i_said_so","patient":{},"scope":{"from":"2024-01-01","to":"2025-01-01"},"purpose":"x","deliveryMethod":"portal"}""", "legalBasis" },
        { "missing field", """{"legalBasis":"individual_access","patient":{},"scope":{"from":"2024-01-01","to":"2025-01-01"},"deliveryMethod":"portal"}""", "purpose" },
        { "dates in the wrong order", """{"legalBasis":"individual_access","patient":{},"scope":{"from":"2025-01-01","to":"2024-01-01"},"purpose":"x","deliveryMethod":"portal"}""", "scope.to" },
        { "not json", "{legalBasis:", "body" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_body_is_400_naming_the_field_and_writes_nothing(string situation, string body, string field)
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);

        var response = await Api.ClientFor(Roles.Patient, patientId: patient.Id).PostJsonAsync("/v1/requests", body);

        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-request", situation);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field, situation);
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task Partner_cannot_submit_a_patients_access_request()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Firm"));
        var body = new { legalBasis = "individual_access", patient = new { mrn = patient.Mrn }, recipient = new { name = "Firm" }, scope = new { from = "2024-01-01", to = "2025-12-31" }, purpose = "x", deliveryMethod = "portal" };

        var problem = await (await partner.PostJsonAsync("/v1/requests", body)).ShouldBeAsync(HttpStatusCode.Forbidden);

        problem["type"]!.GetValue<string>().Should().Be("/problems/not-permitted");
    }

    [Fact]
    public async Task Created_request_has_location_and_etag()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);

        var response = await Api.ClientFor(Roles.Patient, patientId: patient.Id).PostJsonAsync("/v1/requests", Lifecycle.AccessRequest());

        var body = await response.ShouldBeAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/v1/requests/{body["id"]}");
        response.ETag().Should().MatchRegex("^\"[0-9]+\"$");
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_writes_nothing()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var huge = new string('x', 2 * 1024 * 1024);
        var body = $$"""{"legalBasis":"individual_access","scope":{"from":"2024-01-01","to":"2025-12-31","description":"{{huge}}"},"purpose":"x","deliveryMethod":"portal"}""";

        var problem = await (await Api.ClientFor(Roles.Patient, patientId: patient.Id).PostJsonAsync("/v1/requests", body)).ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge);

        problem["type"]!.GetValue<string>().Should().Be("/problems/payload-too-large");
        (await Api.InDbAsync(db => Task.FromResult(db.Requests.Count()))).Should().Be(0);
    }
}
