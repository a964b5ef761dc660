using System.Net;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Authorizations;

public sealed class SubmitEvidenceTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Expired_authorization_is_refused_with_its_code_and_citation_and_puts_the_request_on_hold()
    {
        var (flow, partner, requestId) = await PartnerRequestAsync();

        var problem = await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(expiresOn: new DateOnly(2026, 6, 1)), HttpStatusCode.UnprocessableEntity, partner);

        problem["type"]!.GetValue<string>().Should().Be("/problems/authorization-invalid");
        var finding = problem["findings"]!.AsArray().Single();
        finding!["code"]!.GetValue<string>().Should().Be("AUTH-EXPIRED");
        finding["citation"]!.GetValue<string>().Should().Be("45 CFR 164.508(b)(2)(i)");
        finding["field"]!.GetValue<string>().Should().Be("authorization.expirationDate");
        var request = await Api.InDbAsync(db => db.Requests.SingleAsync(r => r.Id == requestId));
        request.Status.Should().Be(RequestStatus.OnHold);
        request.HoldReason.Should().Be(HoldReason.AuthorizationDefective);
    }

    [Fact]
    public async Task Missing_core_elements_are_each_reported()
    {
        var (flow, partner, requestId) = await PartnerRequestAsync();
        var empty = new { kind = "authorization", authorization = new { } };

        var problem = await flow.SubmitEvidenceAsync(requestId, empty, HttpStatusCode.UnprocessableEntity, partner);

        problem["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>())
            .Should().BeEquivalentTo(
                "AUTH-C1-I", "AUTH-C1-II", "AUTH-C1-III", "AUTH-C1-IV", "AUTH-C1-V", "AUTH-C1-VI",
                "AUTH-C2-I", "AUTH-C2-II", "AUTH-C2-III", "AUTH-C3-PLAIN-UNREVIEWED", "AUTH-INCOMPLETE");
    }

    [Fact]
    public async Task A_corrected_authorization_resumes_the_request()
    {
        var (flow, partner, requestId) = await PartnerRequestAsync();
        await flow.VerifyIdentityAsync(requestId);
        await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(expiresOn: new DateOnly(2026, 6, 1)), HttpStatusCode.UnprocessableEntity, partner);

        var resumed = await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(), client: partner);

        resumed["status"]!.GetValue<string>().Should().Be("in_review");
    }

    [Fact]
    public async Task An_authorization_that_expires_between_approval_and_release_stops_the_release()
    {
        var (flow, partner, requestId) = await PartnerRequestAsync();
        await flow.VerifyIdentityAsync(requestId);
        await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(expiresOn: new DateOnly(2026, 6, 20)), client: partner);
        await flow.TransitionAsync(requestId, "approve");
        await (await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/packet", null, await flow.ETagAsync(requestId))).ShouldBeAsync(HttpStatusCode.Accepted);
        Api.Clock.Advance(TimeSpan.FromDays(10));

        var problem = await flow.TransitionAsync(requestId, "release", expected: HttpStatusCode.UnprocessableEntity);

        problem["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Should().Contain("AUTH-EXPIRED");
        (await Api.InDbAsync(db => db.DisclosureLedger.CountAsync())).Should().Be(0);
        (await Api.InDbAsync(db => db.Requests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync())).Should().Be(RequestStatus.OnHold);
    }

    private async Task<(Lifecycle Flow, HttpClient Partner, Guid RequestId)> PartnerRequestAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        return (flow, partner, requestId);
    }
}
