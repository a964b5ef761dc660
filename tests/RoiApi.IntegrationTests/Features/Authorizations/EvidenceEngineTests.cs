using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace RoiApi.IntegrationTests.Features.Authorizations;

public sealed class EvidenceEngineTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task A_revocation_stops_a_pending_release_at_once()
    {
        var (flow, partner, requestId) = await ApprovedPartnerRequestAsync();
        var authorizationId = await Api.InDbAsync(db => db.Evidence.Where(e => e.RequestId == requestId).Select(e => e.Id).SingleAsync());

        var revoked = await (await Api.ClientFor(Roles.RoiSpecialist).PostJsonAsync($"/v1/authorizations/{authorizationId}/revocations", new { })).ShouldBeAsync(HttpStatusCode.OK);

        revoked["requestStatus"]!.GetValue<string>().Should().Be("on_hold");
        await flow.TransitionAsync(requestId, "release", expected: HttpStatusCode.Conflict);
        var findings = await (await partner.GetAsync($"/v1/requests/{requestId}/findings")).ShouldBeAsync(HttpStatusCode.OK);
        findings["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Should().Contain("AUTH-REVOKED");
        (await Api.InDbAsync(db => db.DisclosureLedger.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_revocation_after_release_leaves_the_release_standing_and_says_so()
    {
        var (flow, _, requestId) = await ApprovedPartnerRequestAsync();
        await (await flow.Staff.PostJsonAsync($"/v1/requests/{requestId}/packet", null, await flow.ETagAsync(requestId))).ShouldBeAsync(HttpStatusCode.Accepted);
        await flow.TransitionAsync(requestId, "release");
        var authorizationId = await Api.InDbAsync(db => db.Evidence.Where(e => e.RequestId == requestId).Select(e => e.Id).SingleAsync());
        Api.Clock.Advance(TimeSpan.FromDays(1));

        var revoked = await (await flow.Staff.PostJsonAsync($"/v1/authorizations/{authorizationId}/revocations", new { })).ShouldBeAsync(HttpStatusCode.OK);

        revoked["releasedBeforeRevocation"]!.GetValue<bool>().Should().BeTrue();
        revoked["requestStatus"]!.GetValue<string>().Should().Be("released");
        var timeline = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/timeline")).ShouldBeAsync(HttpStatusCode.OK);
        timeline.AsArray().Last()!["reason"]!.GetValue<string>().Should().Contain("reliance");
    }

    [Fact]
    public async Task A_patient_cannot_revoke_another_patients_authorization()
    {
        var (_, _, requestId) = await ApprovedPartnerRequestAsync();
        var authorizationId = await Api.InDbAsync(db => db.Evidence.Where(e => e.RequestId == requestId).Select(e => e.Id).SingleAsync());
        var stranger = Api.ClientFor(Roles.Patient, patientId: Guid.CreateVersion7());

        await (await stranger.PostJsonAsync($"/v1/authorizations/{authorizationId}/revocations", new { })).ShouldBeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Part2_records_go_out_with_a_consent_carrying_the_2_32_notice_but_counseling_notes_need_their_own()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        await flow.VerifyIdentityAsync(requestId);
        var evidence = new
        {
            kind = "authorization",
            authorization = ((dynamic)Lifecycle.ValidAuthorization()).authorization,
            part2Consent = Lifecycle.ValidPart2Consent(),
        };
        (await flow.SubmitEvidenceAsync(requestId, evidence, client: partner))["status"]!.GetValue<string>().Should().Be("in_review");

        var set = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/release-set")).ShouldBeAsync(HttpStatusCode.OK);
        await flow.ReleaseAsync(requestId);

        set["items"]!.AsArray().Single(i => i!["category"]!.GetValue<string>() == "medication_list")!["included"]!.GetValue<bool>().Should().BeTrue("the Part 2 consent covers it");
        set["items"]!.AsArray().Single(i => i!["category"]!.GetValue<string>() == "sud_counseling_note")!["code"]!.GetValue<string>().Should().Be("P2-COUNSELING-NOTES-SEPARATE");
        var bytes = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/packet")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Text.Where(c => !char.IsWhiteSpace(c)))));
        text.Should().Contain(TestData.OpioidMarker).And.NotContain(TestData.SudMarker).And.Contain("42CFRpart2").And.Contain("Thepatient'sconsentcovers");
        var packet = await Api.InDbAsync(db => db.Packets.SingleAsync(p => p.RequestId == requestId));
        packet.Obligations.Select(o => o.Code).Should().BeEquivalentTo("P2-NOTICE", "P2-CONSENT-COPY");
    }

    [Fact]
    public async Task The_part2_notice_is_the_version_in_force_on_the_release_date_from_the_database()
    {
        await Api.InDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO part2_notice_texts (id, statement, effective_from, effective_until, text, source)
            VALUES ('test-2026-statement-1', 'statement1', '2026-06-01', NULL, 'TEST-NOTICE-VERSION-2026 of the 42 CFR part 2 notice.', 'test')
            """));
        await Api.InDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE part2_notice_texts SET effective_until = '2026-06-01' WHERE id <> 'test-2026-statement-1' AND statement = 'statement1'"));
        try
        {
            var patient = await TestData.PatientWithRecordsAsync(Api);
            var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
            var flow = new Lifecycle(Api);
            var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
            await flow.VerifyIdentityAsync(requestId);
            await flow.SubmitEvidenceAsync(requestId, new { kind = "authorization", authorization = ((dynamic)Lifecycle.ValidAuthorization()).authorization, part2Consent = Lifecycle.ValidPart2Consent() }, client: partner);

            await flow.ReleaseAsync(requestId);

            var packet = await Api.InDbAsync(db => db.Packets.SingleAsync(p => p.RequestId == requestId));
            packet.Obligations.Single(o => o.Code == "P2-NOTICE").TextId.Should().Be("test-2026-statement-1");
        }
        finally
        {
            await Api.InDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM part2_notice_texts WHERE id = 'test-2026-statement-1'"));
            await Api.InDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE part2_notice_texts SET effective_until = NULL"));
        }
    }

    [Fact]
    public async Task A_subpoena_with_a_protective_order_but_no_court_order_never_releases_part2_records()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.CourtOrderRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        var subpoena = new
        {
            kind = "subpoena",
            legalProcess = new
            {
                issuedBy = "attorney",
                coversFrom = new DateOnly(2024, 1, 1),
                coversTo = new DateOnly(2025, 12, 31),
                qpoAssurance = new { writtenStatementReceived = true, status = "agreed_and_presented_to_court", prohibitsUseOutsideLitigation = true, requiresReturnOrDestruction = true },
            },
        };

        await flow.SubmitEvidenceAsync(requestId, subpoena, client: partner);
        var set = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}/release-set")).ShouldBeAsync(HttpStatusCode.OK);

        var sud = set["items"]!.AsArray().Single(i => i!["category"]!.GetValue<string>() == "sud_counseling_note")!;
        sud["included"]!.GetValue<bool>().Should().BeFalse();
        sud["code"]!.GetValue<string>().Should().Be("P2-COURT-ORDER-REQUIRED");
        sud["citation"]!.GetValue<string>().Should().Be("42 CFR 2.61");
        set["items"]!.AsArray().Single(i => i!["category"]!.GetValue<string>() == "discharge_summary")!["included"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Dry_run_returns_findings_and_stores_nothing()
    {
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var body = new { legalBasis = "authorization", recipientName = "Someone Else LLP", purpose = "Personal injury claim", scopeFrom = "2024-01-01", scopeTo = "2025-12-31", evidence = Lifecycle.ValidAuthorization() };

        var result = await (await partner.PostJsonAsync("/v1/authorizations/validate", body)).ShouldBeAsync(HttpStatusCode.OK);

        result["releaseAllowed"]!.GetValue<bool>().Should().BeFalse();
        result["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Should().Equal("AUTH-RECIPIENT-MISMATCH");
        (await Api.InDbAsync(db => db.Evidence.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Dry_run_with_an_unknown_rule_pack_is_400()
    {
        var body = new { legalBasis = "authorization", rulePack = "example-atlantis", evidence = Lifecycle.ValidAuthorization() };

        var problem = await (await Api.ClientFor(Roles.RoiSpecialist).PostJsonAsync("/v1/authorizations/validate", body)).ShouldBeAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain("rulePack");
    }

    [Fact]
    public async Task Evidence_whose_kind_does_not_fit_the_legal_basis_is_400_and_stores_nothing()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();

        var problem = await flow.SubmitEvidenceAsync(requestId, Lifecycle.CourtOrder(), HttpStatusCode.BadRequest, partner);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-request");
        (await Api.InDbAsync(db => db.Evidence.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task An_authorization_signed_after_it_was_submitted_is_400_naming_the_field()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        var authorization = ((dynamic)Lifecycle.ValidAuthorization()).authorization;
        var evidence = new
        {
            kind = "authorization",
            authorization = new { authorization.informationDescription, authorization.authorizedDisclosers, authorization.recipients, authorization.purposes, expirationDate = "2027-01-01", signaturePresent = true, signedOn = "2026-07-01" },
        };

        var problem = await flow.SubmitEvidenceAsync(requestId, evidence, HttpStatusCode.BadRequest, partner);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain("authorization.signedOn");
        (await Api.InDbAsync(db => db.Evidence.CountAsync())).Should().Be(0);
    }

    [Theory]
    [InlineData("application/pdf", "not a pdf at all", HttpStatusCode.BadRequest)]
    [InlineData("text/plain", "%PDF-1.7", HttpStatusCode.UnsupportedMediaType)]
    public async Task Signed_document_upload_refuses_what_is_not_a_pdf(string contentType, string content, HttpStatusCode expected)
    {
        var (_, partner, requestId) = await ApprovedPartnerRequestAsync();
        using var body = new StringContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        await (await partner.PutAsync($"/v1/requests/{requestId}/evidence/document", body)).ShouldBeAsync(expected);

        (await Api.InDbAsync(db => db.Evidence.Select(e => e.SignedDocumentSha256).SingleAsync())).Should().BeNull();
    }

    [Fact]
    public async Task Signed_document_over_10_mb_is_413()
    {
        var (_, partner, requestId) = await ApprovedPartnerRequestAsync();
        using var body = new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        await (await partner.PutAsync($"/v1/requests/{requestId}/evidence/document", body)).ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_signed_pdf_is_kept_with_its_fingerprint()
    {
        var (_, partner, requestId) = await ApprovedPartnerRequestAsync();
        var builder = new PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.Letter);
        var pdf = builder.Build();
        using var body = new ByteArrayContent(pdf);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var result = await (await partner.PutAsync($"/v1/requests/{requestId}/evidence/document", body)).ShouldBeAsync(HttpStatusCode.OK);

        result["pageCount"]!.GetValue<int>().Should().Be(1);
        (await Api.InDbAsync(db => db.Evidence.Select(e => e.SignedDocumentSha256).SingleAsync())).Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)));
    }

    private async Task<(Lifecycle Flow, HttpClient Partner, Guid RequestId)> ApprovedPartnerRequestAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.AuthorizationRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        await flow.VerifyIdentityAsync(requestId);
        await flow.SubmitEvidenceAsync(requestId, Lifecycle.ValidAuthorization(), client: partner);
        await flow.TransitionAsync(requestId, "approve");
        (await Api.InDbAsync(db => db.Requests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync())).Should().Be(RequestStatus.Approved);
        return (flow, partner, requestId);
    }
}
