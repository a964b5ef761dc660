using System.Net;
using Microsoft.EntityFrameworkCore;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace RoiApi.IntegrationTests.Features.Requests;

/// <summary>The whole release over HTTP: submit → verify → validate → approve → packet → release → accounting.</summary>
public sealed class ReleaseLifecycleTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Patient_access_request_is_released_through_every_state_and_stays_out_of_the_accounting()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var portal = Api.ClientFor(Roles.Patient, patientId: patient.Id);
        var flow = new Lifecycle(Api);

        var created = await Lifecycle.SubmitAsync(portal, Lifecycle.AccessRequest());
        var requestId = created["id"]!.GetValue<Guid>();
        created["status"]!.GetValue<string>().Should().Be("received");
        created["dueDate"]!.GetValue<string>().Should().Be("2026-07-15");
        created["clock"]!["day"]!.GetValue<int>().Should().Be(0);
        created["clock"]!["of"]!.GetValue<int>().Should().Be(30);

        var verified = await flow.VerifyIdentityAsync(requestId);
        verified["status"]!.GetValue<string>().Should().Be("in_review");
        await flow.ReleaseAsync(requestId);

        var timeline = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/timeline")).ShouldBeAsync(HttpStatusCode.OK);
        timeline.AsArray().Where(e => e!["kind"]!.GetValue<string>() is "submitted" or "status_changed").Select(e => e!["to"]!.GetValue<string>())
            .Should().Equal("received", "in_verification", "in_review", "approved", "packet_ready", "released");

        var ledger = await Api.InDbAsync(db => db.DisclosureLedger.SingleAsync(e => e.RequestId == requestId));
        ledger.Accountable.Should().BeFalse("disclosures to the individual are excluded by 45 CFR 164.528(a)(1)(ii)");
        ledger.PacketSha256.Should().HaveLength(64);

        var accounting = await (await portal.GetAsync($"/v1/patients/{patient.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.OK);
        accounting["entries"]!.AsArray().Should().BeEmpty();

        var packet = await portal.GetAsync($"/v1/requests/{requestId}/packet");
        packet.StatusCode.Should().Be(HttpStatusCode.OK);
        packet.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await packet.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)).Should().Be(ledger.PacketSha256);
    }

    [Fact]
    public async Task Partner_release_under_an_authorization_writes_a_ledger_row_that_is_not_accountable()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var lawFirm = await TestData.OrganizationAsync(Api, "Hale & Morrow LLP");
        var partner = Api.ClientFor(Roles.Partner, organizationId: lawFirm);
        var flow = new Lifecycle(Api);

        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        (await flow.VerifyIdentityAsync(requestId))["status"]!.GetValue<string>().Should().Be("in_verification", "the authorization is not in yet");
        (await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(), client: partner))["status"]!.GetValue<string>().Should().Be("in_review");
        await flow.ReleaseAsync(requestId);

        var ledger = await Api.InDbAsync(db => db.DisclosureLedger.SingleAsync(e => e.RequestId == requestId));
        ledger.Accountable.Should().BeFalse("authorized disclosures are excluded by 45 CFR 164.528(a)(1)(iv)");
        ledger.RecipientName.Should().Be("Hale & Morrow LLP");
        ledger.Description.Should().Contain("discharge summary").And.NotContain("psychotherapy");
        var accounting = await (await Api.ClientFor(Roles.ComplianceOfficer).GetAsync($"/v1/patients/{patient.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.OK);
        accounting["entries"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Packet_has_the_mrn_on_every_page_and_no_psychotherapy_or_part2_text()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var lawFirm = await TestData.OrganizationAsync(Api, "Hale & Morrow LLP");
        var partner = Api.ClientFor(Roles.Partner, organizationId: lawFirm);
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        await flow.VerifyIdentityAsync(requestId);
        await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(), client: partner);

        await flow.ReleaseAsync(requestId);

        var bytes = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/packet")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        pdf.NumberOfPages.Should().BeGreaterThan(2);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Text.Where(c => !char.IsWhiteSpace(c)))).ToList();
        pages.Should().OnlyContain(text => text.Contains(patient.Mrn) && text.Contains(requestId.ToString()));
        var all = string.Concat(pages);
        all.Should().Contain(TestData.DischargeMarker);
        all.Should().NotContain(TestData.PsychotherapyMarker).And.NotContain(TestData.SudMarker).And.NotContain(TestData.OpioidMarker);
    }

    [Fact]
    public async Task Release_set_explains_each_document_with_its_rule()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: patient.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();

        var set = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/release-set")).ShouldBeAsync(HttpStatusCode.OK);

        var decisions = set["items"]!.AsArray().ToDictionary(i => i!["category"]!.GetValue<string>(), i => (Included: i!["included"]!.GetValue<bool>(), Code: i["code"]!.GetValue<string>(), Citation: i["citation"]!.GetValue<string>()));
        decisions["psychotherapy_note"].Should().Be((false, "ACCESS-PSYNOTES-EXCLUDED", "45 CFR 164.524(a)(1)(i)"));
        decisions["progress_note"].Included.Should().BeFalse("its date of service is outside the requested range");
        decisions["discharge_summary"].Included.Should().BeTrue();
        decisions["medication_list"].Included.Should().BeTrue("patients may see their own Part 2 records");
        decisions["sud_counseling_note"].Should().Be((false, "P2-COUNSELING-NOTES-ACCESS-REVIEW", "42 CFR 2.23"), "SUD counseling notes wait for a reviewer's decision");
    }

    [Fact]
    public async Task Approving_a_request_still_in_verification_is_a_conflict()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: patient.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();

        var problem = await flow.TransitionAsync(requestId, "approve", expected: HttpStatusCode.Conflict);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-state");
        var status = await Api.InDbAsync(db => db.Requests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync());
        status.Should().Be(RoiApi.Domain.RequestStatus.Received);
    }
}
