using System.Net;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Accounting;

/// <summary>45 CFR 164.528: the accounting lists exactly the accountable disclosures of the last six years.</summary>
public sealed class AccountingTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task A_release_under_a_court_order_appears_in_the_accounting_for_the_patient_and_the_compliance_officer()
    {
        var (patient, requestId) = await ReleasedUnderCourtOrderAsync();

        var forOfficer = await (await Api.ClientFor(Roles.ComplianceOfficer).GetAsync($"/v1/patients/{patient.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.OK);
        var forPatient = await (await Api.ClientFor(Roles.Patient, patientId: patient.Id).GetAsync($"/v1/patients/{patient.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.OK);

        var entry = forOfficer["entries"]!.AsArray().Single()!;
        entry["requestId"]!.GetValue<Guid>().Should().Be(requestId);
        entry["recipientName"]!.GetValue<string>().Should().Be("Hale & Morrow LLP");
        entry["recipientAddress"]!.GetValue<string>().Should().Contain("Court Street");
        entry["purpose"]!.GetValue<string>().Should().Be("Civil litigation: Doe v. Roe");
        entry["legalBasis"]!.GetValue<string>().Should().Be("judicial_or_administrative");
        entry["description"]!.GetValue<string>().Should().Contain("discharge summary");
        entry["date"]!.GetValue<DateTimeOffset>().Should().Be(ApiFactory.Start);
        forPatient["entries"]!.ToJsonString().Should().Be(forOfficer["entries"]!.ToJsonString());
    }

    [Fact]
    public async Task A_disclosure_leaves_the_accounting_after_six_years()
    {
        var (patient, _) = await ReleasedUnderCourtOrderAsync();
        var officer = Api.ClientFor(Roles.ComplianceOfficer);

        Api.Clock.Advance(TimeSpan.FromDays((365 * 6) + 1));
        var year6 = await (await officer.GetAsync($"/v1/patients/{patient.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.OK);
        Api.Clock.Advance(TimeSpan.FromDays(2));
        var afterSixYears = await (await officer.GetAsync($"/v1/patients/{patient.Id}/disclosures")).ShouldBeAsync(HttpStatusCode.OK);

        year6["entries"]!.AsArray().Should().ContainSingle("the six-year window still holds it");
        afterSixYears["entries"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task The_accounting_can_start_later_when_the_patient_asks_for_a_shorter_period()
    {
        var (patient, _) = await ReleasedUnderCourtOrderAsync();

        var body = await (await Api.ClientFor(Roles.ComplianceOfficer).GetAsync($"/v1/patients/{patient.Id}/disclosures?from=2026-07-01")).ShouldBeAsync(HttpStatusCode.OK);

        body["from"]!.GetValue<string>().Should().Be("2026-07-01");
        body["entries"]!.AsArray().Should().BeEmpty();
    }

    private async Task<(SeededPatient Patient, Guid RequestId)> ReleasedUnderCourtOrderAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var partner = Api.ClientFor(Roles.Partner, organizationId: await TestData.OrganizationAsync(Api, "Hale & Morrow LLP"));
        var flow = new Lifecycle(Api);
        var requestId = (await Lifecycle.SubmitAsync(partner, Lifecycle.CourtOrderRequest(patient.Mrn)))["id"]!.GetValue<Guid>();
        await flow.VerifyIdentityAsync(requestId);
        (await flow.SubmitEvidenceAsync(requestId, Lifecycle.CourtOrder(), client: partner))["status"]!.GetValue<string>().Should().Be("in_review");
        await flow.ReleaseAsync(requestId);
        return (patient, requestId);
    }
}
