using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Requests;

/// <summary>Another tenant's request is 404 on every endpoint its role can reach, and nothing about it leaks or changes.</summary>
public sealed class TenancyTests(ApiFactory api) : ApiTest(api)
{
    public static TheoryData<string, string> RequestEndpoints => new()
    {
        { "GET", "" },
        { "GET", "/timeline" },
        { "GET", "/findings" },
        { "GET", "/packet" },
        { "GET", "/letters/extension" },
        { "GET", "/letters/denial" },
        { "PUT", "/evidence" },
        { "PUT", "/evidence/document" },
        { "POST", "/resume" },
        { "POST", "/cancel" },
    };

    [Theory]
    [MemberData(nameof(RequestEndpoints))]
    public async Task Another_partners_request_is_404_everywhere(string method, string path)
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var owner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Owner Firm"));
        var other = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Other Firm"));
        var requestId = (await Lifecycle.SubmitAsync(owner, Lifecycle.AuthorizationRequest(patient.Mrn, "Owner Firm")))["id"]!.GetValue<Guid>();
        var version = await new Lifecycle(Api).ETagAsync(requestId);

        var response = await SendAsync(other, method, $"/v1/requests/{requestId}{path}", version);

        var problem = await response.ShouldBeAsync(HttpStatusCode.NotFound);
        AssertLeaksNothing(problem, patient);
        (await new Lifecycle(Api).ETagAsync(requestId)).Should().Be(version, "nothing changed");
    }

    [Theory]
    [MemberData(nameof(RequestEndpoints))]
    public async Task Another_patients_request_is_404_everywhere(string method, string path)
    {
        var owner = await TestData.PatientWithRecordsAsync(Api, "MRN900001");
        var other = await TestData.PatientWithRecordsAsync(Api, "MRN900002");
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: owner.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        var version = await new Lifecycle(Api).ETagAsync(requestId);

        var response = await SendAsync(Api.ClientFor(Roles.Patient, patientId: other.Id), method, $"/v1/requests/{requestId}{path}", version);

        AssertLeaksNothing(await response.ShouldBeAsync(HttpStatusCode.NotFound), owner);
        (await Api.InDbAsync(db => db.Evidence.CountAsync())).Should().Be(0);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string version)
    {
        if (url.EndsWith("/evidence/document", StringComparison.Ordinal))
        {
            using var pdf = new ByteArrayContent("%PDF-1.7"u8.ToArray());
            pdf.Headers.ContentType = new("application/pdf");
            return await client.PutAsync(url, pdf);
        }

        object? body = method == "GET" ? null : url.EndsWith("/evidence", StringComparison.Ordinal) ? Lifecycle.ValidAuthorization() : new { };
        return await client.SendJsonAsync(new HttpMethod(method), url, body, method == "GET" ? null : version);
    }

    private static void AssertLeaksNothing(JsonNode problem, SeededPatient patient)
    {
        var text = problem.ToJsonString();
        text.Should().NotContain(patient.Mrn).And.NotContain("Testpatient").And.NotContain(patient.Id.ToString());
    }
}
