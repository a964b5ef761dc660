using System.Net;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace RoiApi.IntegrationTests.Features.Requests;

/// <summary>Each transition of the state machine over HTTP, and each refusal.</summary>
public sealed class TransitionTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Hold_records_a_machine_readable_reason_and_the_requester_resumes()
    {
        var (flow, portal, requestId) = await AccessRequestAsync();

        var held = await flow.TransitionAsync(requestId, "hold", new { reason = "missing_information", note = "Copy of photo ID needed" });
        var resumed = await flow.TransitionAsync(requestId, "resume", new { note = "ID uploaded" }, client: portal);

        held["status"]!.GetValue<string>().Should().Be("on_hold");
        held["holdReason"]!.GetValue<string>().Should().Be("missing_information");
        resumed["status"]!.GetValue<string>().Should().Be("in_verification");
        resumed["holdReason"].Should().BeNull();
        var timeline = await (await portal.GetAsync($"/v1/requests/{requestId}/timeline")).ShouldBeAsync(HttpStatusCode.OK);
        timeline.AsArray().Select(e => (e!["from"]?.GetValue<string>(), e["to"]!.GetValue<string>(), e["actorRole"]!.GetValue<string>()))
            .Should().ContainInOrder(("received", "on_hold", "roi_specialist"), ("on_hold", "in_verification", "patient"));
    }

    [Fact]
    public async Task The_requester_cancels_before_release()
    {
        var (flow, portal, requestId) = await AccessRequestAsync();

        var cancelled = await flow.TransitionAsync(requestId, "cancel", new { reason = "No longer needed" }, client: portal);

        cancelled["status"]!.GetValue<string>().Should().Be("cancelled");
        cancelled["nextStatuses"]!.AsArray().Should().BeEmpty();
    }

    public static TheoryData<string, object?> EveryTransition => new()
    {
        { "hold", new { reason = "missing_information" } },
        { "resume", new { } },
        { "cancel", new { } },
        { "approve", null },
        { "deny", new { grounds = new[] { "records_not_held" } } },
        { "release", null },
        { "identity-verification", new { method = "government_id" } },
    };

    [Theory]
    [MemberData(nameof(EveryTransition))]
    public async Task A_released_request_is_immutable(string verb, object? body)
    {
        var (flow, _, requestId) = await AccessRequestAsync();
        await flow.VerifyIdentityAsync(requestId);
        await flow.ReleaseAsync(requestId);
        var before = await flow.ETagAsync(requestId);

        var problem = await flow.TransitionAsync(requestId, verb, body, HttpStatusCode.Conflict);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-state");
        (await flow.ETagAsync(requestId)).Should().Be(before, "nothing was written");
    }

    [Fact]
    public async Task Cancelling_after_release_is_refused()
    {
        var (flow, portal, requestId) = await AccessRequestAsync();
        await flow.VerifyIdentityAsync(requestId);
        await flow.ReleaseAsync(requestId);

        await flow.TransitionAsync(requestId, "cancel", new { }, HttpStatusCode.Conflict, portal);
    }

    [Fact]
    public async Task A_reviewable_denial_needs_a_reviewer()
    {
        var (flow, _, requestId) = await AccessRequestAsync();
        var reviewer = Api.ClientFor(Roles.Reviewer);

        var refused = await flow.TransitionAsync(requestId, "deny", new { grounds = new[] { "endangers_life_or_safety" } }, HttpStatusCode.Forbidden);
        var denied = await flow.TransitionAsync(requestId, "deny", new { grounds = new[] { "endangers_life_or_safety" } }, client: reviewer);

        refused["type"]!.GetValue<string>().Should().Be("/problems/not-permitted");
        denied["status"]!.GetValue<string>().Should().Be("denied");
        denied["denialGrounds"]!.AsArray().Select(g => g!.GetValue<string>()).Should().Equal("endangers_life_or_safety");
    }

    [Fact]
    public async Task The_denial_letter_gives_the_basis_review_rights_and_how_to_complain()
    {
        var (flow, portal, requestId) = await AccessRequestAsync();
        await flow.TransitionAsync(requestId, "deny", new { grounds = new[] { "endangers_life_or_safety" } }, client: Api.ClientFor(Roles.Reviewer));

        var letter = await portal.GetAsync($"/v1/requests/{requestId}/letters/denial");

        letter.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var pdf = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        text.Should().Contain("164.524(a)(3)(i)").And.Contain("reviewed by a licensed health care professional").And.Contain("Office for Civil Rights").And.Contain("(217) 555-0100");
    }

    [Fact]
    public async Task An_access_only_ground_cannot_deny_an_authorization_request()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();

        var problem = await flow.TransitionAsync(requestId, "deny", new { grounds = new[] { "litigation_material" } }, HttpStatusCode.BadRequest);

        problem["errors"]!["grounds"].Should().NotBeNull();
    }

    [Fact]
    public async Task A_transition_without_if_match_is_428_and_writes_nothing()
    {
        var (flow, _, requestId) = await AccessRequestAsync();

        await (await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/hold", new { reason = "missing_information" })).ShouldBeAsync(HttpStatusCode.PreconditionRequired);

        (await Api.InDbAsync(db => db.Requests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync())).Should().Be(RequestStatus.Received);
    }

    [Fact]
    public async Task A_personal_representative_without_the_document_of_authority_is_400()
    {
        var (flow, _, requestId) = await AccessRequestAsync();

        var problem = await flow.TransitionAsync(requestId, "identity-verification", new { method = "government_id", relationship = "personal_representative" }, HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(["authority", "authorityDocument"]);
    }

    [Fact]
    public async Task A_parent_asking_for_a_minors_records_is_flagged_for_review()
    {
        var minor = await Api.InDbAsync(async db =>
        {
            var p = new Patient(Guid.CreateVersion7(), "MRN900777", "Sam", "Minor", new DateOnly(2012, 1, 1), new PostalAddress("1 Test Way", "Springfield", "IL", "62701"));
            db.Patients.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: minor.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();

        await flow.TransitionAsync(requestId, "identity-verification", new { method = "government_id", relationship = "personal_representative", authority = "parent", authorityDocument = "Birth certificate" });

        var verification = await Api.InDbAsync(db => db.IdentityVerifications.SingleAsync(v => v.RequestId == requestId));
        verification.Findings.Select(f => f.Code).Should().Equal("REP-MINOR-CONSENT-REVIEW");
        var timeline = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/timeline")).ShouldBeAsync(HttpStatusCode.OK);
        timeline.AsArray().Select(e => e!["reason"]?.GetValue<string>()).Should().Contain("REP-MINOR-CONSENT-REVIEW");
    }

    [Fact]
    public async Task Release_is_impossible_until_identity_is_verified()
    {
        var (flow, _, requestId) = await AccessRequestAsync();

        await flow.TransitionAsync(requestId, "approve", expected: HttpStatusCode.Conflict);

        (await Api.InDbAsync(db => db.DisclosureLedger.CountAsync())).Should().Be(0);
    }

    private async Task<(Lifecycle Flow, HttpClient Portal, Guid RequestId)> AccessRequestAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var portal = Api.ClientFor(Roles.Patient, patientId: patient.Id);
        var requestId = (await Lifecycle.SubmitAsync(portal, Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        return (new Lifecycle(Api), portal, requestId);
    }
}
