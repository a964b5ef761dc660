using System.Net;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Requests;

public sealed class GetRequestTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task If_none_match_with_the_current_etag_is_304_without_a_body()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var portal = Api.ClientFor(Roles.Patient, patientId: patient.Id);
        var requestId = (await Lifecycle.SubmitAsync(portal, Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        var read = await portal.GetAsync($"/v1/requests/{requestId}");
        var etag = read.ETag();

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/v1/requests/{requestId}");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var response = await portal.SendAsync(conditional);

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        response.ETag().Should().Be(etag);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task If_none_match_with_a_stale_etag_returns_the_request()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var portal = Api.ClientFor(Roles.Patient, patientId: patient.Id);
        var requestId = (await Lifecycle.SubmitAsync(portal, Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        var stale = (await portal.GetAsync($"/v1/requests/{requestId}")).ETag();
        await new Lifecycle(Api).VerifyIdentityAsync(requestId);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/v1/requests/{requestId}");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", stale);
        var response = await portal.SendAsync(conditional);

        (await response.ShouldBeAsync(HttpStatusCode.OK))["id"]!.GetValue<Guid>().Should().Be(requestId);
        response.ETag().Should().NotBe(stale);
    }
}
