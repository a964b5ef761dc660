using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Requests;

/// <summary>Which document goes out under which basis and evidence, and the code that says why not.</summary>
public class ReleaseSetPolicyTests
{
    private static readonly DateTimeOffset Received = new(2026, 6, 15, 14, 0, 0, TimeSpan.Zero);

    private static readonly AuthorizationEvidence GeneralAuthorization = new() { IsForPsychotherapyNotes = false };

    private static readonly Dictionary<string, EvidenceSubmission?> Evidence = new()
    {
        ["none"] = null,
        ["authorization"] = new() { Kind = EvidenceKind.Authorization, Authorization = GeneralAuthorization },
        ["psychotherapy authorization"] = new() { Kind = EvidenceKind.Authorization, Authorization = new() { IsForPsychotherapyNotes = true, CoveredCategories = [DocumentCategory.PsychotherapyNote] } },
        ["authorization + Part 2 consent"] = new() { Kind = EvidenceKind.Authorization, Authorization = GeneralAuthorization, Part2Consent = new() { IsForSudCounselingNotes = false } },
        ["subpoena"] = new() { Kind = EvidenceKind.Subpoena, LegalProcess = new() { IssuedBy = ProcessIssuer.Attorney } },
        ["subpoena + 2.61 order"] = new() { Kind = EvidenceKind.Subpoena, LegalProcess = new() { IssuedBy = ProcessIssuer.Attorney }, Part2CourtOrder = new() { IssuedByCourt = true } },
    };

    public static TheoryData<string, LegalBasis, string, DocumentCategory, string, string> Cases => new()
    {
        { "access: a discharge summary goes out", LegalBasis.IndividualAccess, "none", DocumentCategory.DischargeSummary, "", "IN-SCOPE" },
        { "access: psychotherapy notes are excluded", LegalBasis.IndividualAccess, "none", DocumentCategory.PsychotherapyNote, "", "ACCESS-PSYNOTES-EXCLUDED" },
        { "access: the patient's own Part 2 record goes out", LegalBasis.IndividualAccess, "none", DocumentCategory.MedicationList, SensitivityLabel.Opioidud, "IN-SCOPE" },
        { "access: SUD counseling notes wait for a reviewer", LegalBasis.IndividualAccess, "none", DocumentCategory.SudCounselingNote, SensitivityLabel.Sud, "P2-COUNSELING-NOTES-ACCESS-REVIEW" },
        { "authorization: general records go out", LegalBasis.Authorization, "authorization", DocumentCategory.LabResult, "", "IN-SCOPE" },
        { "authorization: psychotherapy notes need a dedicated one", LegalBasis.Authorization, "authorization", DocumentCategory.PsychotherapyNote, "", "AUTH-PSYNOTES-NOT-DEDICATED" },
        { "dedicated psychotherapy authorization releases them", LegalBasis.Authorization, "psychotherapy authorization", DocumentCategory.PsychotherapyNote, SensitivityLabel.Psythpn, "IN-SCOPE" },
        { "authorization without consent: Part 2 held back", LegalBasis.Authorization, "authorization", DocumentCategory.ProgressNote, SensitivityLabel.Ethud, "P2-CONSENT-MISSING" },
        { "authorization with consent: Part 2 goes out", LegalBasis.Authorization, "authorization + Part 2 consent", DocumentCategory.ProgressNote, SensitivityLabel.Ethud, "IN-SCOPE" },
        { "general consent: counseling notes need their own", LegalBasis.Authorization, "authorization + Part 2 consent", DocumentCategory.SudCounselingNote, SensitivityLabel.Sud, "P2-COUNSELING-NOTES-SEPARATE" },
        { "subpoena alone: Part 2 never", LegalBasis.JudicialOrAdministrative, "subpoena", DocumentCategory.ProgressNote, SensitivityLabel.Sud, "P2-COURT-ORDER-REQUIRED" },
        { "subpoena with a 2.61 order: Part 2 goes out", LegalBasis.JudicialOrAdministrative, "subpoena + 2.61 order", DocumentCategory.ProgressNote, SensitivityLabel.Sud, "IN-SCOPE" },
        { "subpoena: psychotherapy notes never", LegalBasis.JudicialOrAdministrative, "subpoena", DocumentCategory.PsychotherapyNote, "", "LEGAL-PSYNOTES" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_document_is_decided_with_its_rule(string situation, LegalBasis basis, string evidence, DocumentCategory category, string label, string code)
    {
        var request = Request(basis, []);
        var document = new DocumentSummary(Guid.CreateVersion7(), category, new DateOnly(2025, 3, 1), "t", 1, label.Length == 0 ? [] : [label]);

        var decision = ReleaseSetPolicy.Decide(request, [document], Evidence[evidence], pack: null).Single();

        decision.Code.Should().Be(code, situation);
        decision.Included.Should().Be(code == "IN-SCOPE", situation);
    }

    [Theory]
    [InlineData("2023-12-31", DocumentCategory.LabResult, "SCOPE-DATE")]
    [InlineData("2026-01-01", DocumentCategory.LabResult, "SCOPE-DATE")]
    [InlineData("2025-03-01", DocumentCategory.ImagingReport, "SCOPE-CATEGORY")]
    [InlineData("2025-03-01", DocumentCategory.LabResult, "IN-SCOPE")]
    public void Scope_comes_first(string dateOfService, DocumentCategory category, string code)
    {
        var request = Request(LegalBasis.IndividualAccess, [DocumentCategory.LabResult, DocumentCategory.DischargeSummary]);
        var document = new DocumentSummary(Guid.CreateVersion7(), category, DateOnly.Parse(dateOfService, System.Globalization.CultureInfo.InvariantCulture), "t", 1, []);

        ReleaseSetPolicy.Decide(request, [document], null, null).Single().Code.Should().Be(code);
    }

    [Fact]
    public void Evidence_is_judged_for_a_sensitive_category_only_when_it_claims_it()
    {
        var request = Request(LegalBasis.Authorization, []);
        DocumentSummary[] chart = [new(Guid.CreateVersion7(), DocumentCategory.ProgressNote, new DateOnly(2025, 3, 1), "t", 1, [SensitivityLabel.Sud])];

        var general = ReleaseSetPolicy.FactsFor(request, chart, Evidence["authorization"], Received, "Riverside", null, new DateOnly(2026, 6, 15));
        var withConsent = ReleaseSetPolicy.FactsFor(request, chart, Evidence["authorization + Part 2 consent"], Received, "Riverside", null, new DateOnly(2026, 6, 15));

        general.HasPart2Records.Should().BeFalse("a general authorization is not judged as a Part 2 consent; the record is held back instead");
        withConsent.HasPart2Records.Should().BeTrue();
    }

    private static DisclosureRequest Request(LegalBasis basis, IReadOnlyList<DocumentCategory> categories) =>
        DisclosureRequest.Submit(
            Guid.CreateVersion7(), Guid.CreateVersion7(), basis, RequesterKind.Organization, Guid.CreateVersion7(), "Firm", "Firm", null,
            new RequestScope(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), categories, null), "Claim", DeliveryMethod.Portal,
            Deadlines.DueDate(basis, Received, []), new Actor("t", "roi_specialist"), Received);
}
