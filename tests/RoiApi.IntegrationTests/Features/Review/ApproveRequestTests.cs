using System.Net;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Review;

public sealed class ApproveRequestTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Approve_without_if_match_returns_428()
    {
        var (flow, requestId) = await RequestInReviewAsync();

        var problem = await (await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/approve", null)).ShouldBeAsync(HttpStatusCode.PreconditionRequired);

        problem["type"]!.GetValue<string>().Should().Be("/problems/precondition-required");
    }

    [Fact]
    public async Task Approve_with_a_stale_etag_returns_412_and_changes_nothing()
    {
        var (flow, requestId) = await RequestInReviewAsync();
        var stale = await flow.ETagAsync(requestId);
        await Api.InDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE disclosure_requests SET purpose = purpose WHERE id = {requestId}"));

        var problem = await (await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/approve", null, stale)).ShouldBeAsync(HttpStatusCode.PreconditionFailed);

        problem["type"]!.GetValue<string>().Should().Be("/problems/precondition-failed");
        (await Api.InDbAsync(db => db.Requests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync())).Should().Be(RequestStatus.InReview);
    }

    [Fact]
    public async Task Approve_returns_the_new_etag()
    {
        var (flow, requestId) = await RequestInReviewAsync();

        var response = await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/approve", null, await flow.ETagAsync(requestId));

        await response.ShouldBeAsync(HttpStatusCode.OK);
        response.ETag().Should().Be(await flow.ETagAsync(requestId));
    }

    private async Task<(Lifecycle Flow, Guid RequestId)> RequestInReviewAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: patient.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        await flow.VerifyIdentityAsync(requestId);
        return (flow, requestId);
    }
}
