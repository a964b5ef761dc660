using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>Category-level decisions the release-set policy asks for.</summary>
public class ReleasePolicyTests
{
    private static readonly AuthorizationEvidence NotesAuthorization = Baseline.Authorization with { IsForPsychotherapyNotes = true, CoveredCategories = [DocumentCategory.PsychotherapyNote] };

    private static readonly Dictionary<string, (Func<ReleaseDecision> Decide, string? DeniedWith)> Rows = new(StringComparer.Ordinal)
    {
        ["psychotherapy notes: dedicated authorization"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithAuthorization(NotesAuthorization), LegalBasis.Authorization), null),
        ["psychotherapy notes: general authorization"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithAuthorization(Baseline.Authorization), LegalBasis.Authorization), "AUTH-PSYNOTES-NOT-DEDICATED"),
        ["psychotherapy notes: dedicated authorization stapled to a general one"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithAuthorization(NotesAuthorization with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.OtherAuthorization }), LegalBasis.Authorization), "AUTH-PSYNOTES-NOT-DEDICATED"),
        ["psychotherapy notes: no evidence under an authorization basis"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(null, LegalBasis.Authorization), "AUTH-MISSING"),
        ["psychotherapy notes: individual access excludes them"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(null, LegalBasis.IndividualAccess), "ACCESS-PSYNOTES-EXCLUDED"),
        ["psychotherapy notes: third-party directive excludes them"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(null, LegalBasis.ThirdPartyDirective), "ACCESS-PSYNOTES-EXCLUDED"),
        ["psychotherapy notes: order expressly covering them"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithCourtOrder(Baseline.CourtOrder with { CoveredCategories = [DocumentCategory.PsychotherapyNote] }), LegalBasis.JudicialOrAdministrative), null),
        ["psychotherapy notes: subpoena"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithSubpoena(Baseline.Subpoena), LegalBasis.JudicialOrAdministrative), "LEGAL-PSYNOTES"),
        ["psychotherapy notes: warrant naming them"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithLawEnforcement(Baseline.Warrant with { CoveredCategories = [DocumentCategory.PsychotherapyNote] }), LegalBasis.LawEnforcement), null),
        ["psychotherapy notes: administrative request naming them"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(Baseline.WithLawEnforcement(Baseline.Warrant with { Process = LawEnforcementProcess.AdministrativeRequest, CoveredCategories = [DocumentCategory.PsychotherapyNote] }), LegalBasis.LawEnforcement), "LE-PSYNOTES"),
        ["psychotherapy notes: treatment, payment and operations"] = (() => ReleasePolicy.MayReleasePsychotherapyNotes(null, LegalBasis.TreatmentPaymentOperations), "PSYNOTES-NO-BASIS"),
        ["SUD counseling notes: separate dedicated consent"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(Baseline.AuthorizationWithConsent(Baseline.Part2Consent with { IsForSudCounselingNotes = true }), LegalBasis.Authorization), null),
        ["SUD counseling notes: general Part 2 consent"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(Baseline.AuthorizationWithConsent(Baseline.Part2Consent), LegalBasis.Authorization), "P2-COUNSELING-NOTES-SEPARATE"),
        ["SUD counseling notes: no consent"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(Baseline.AuthorizationWithConsent(null), LegalBasis.Authorization), "P2-CONSENT-MISSING"),
        ["SUD counseling notes: subpoena with QPO only"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(Baseline.WithSubpoena(Baseline.Subpoena), LegalBasis.JudicialOrAdministrative), "P2-COURT-ORDER-REQUIRED"),
        ["SUD counseling notes: Subpart E order not reaching communications"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(Baseline.WithSubpoena(Baseline.Subpoena) with { Part2CourtOrder = new() { IssuedByCourt = true } }, LegalBasis.JudicialOrAdministrative), "P2-ORDER-COMMUNICATIONS"),
        ["SUD counseling notes: Subpart E order reaching communications"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(Baseline.WithSubpoena(Baseline.Subpoena) with { Part2CourtOrder = new() { IssuedByCourt = true, CoversConfidentialCommunications = true } }, LegalBasis.JudicialOrAdministrative), null),
        ["SUD counseling notes: patient access goes to a reviewer"] = (() => ReleasePolicy.MayReleaseSudCounselingNotes(null, LegalBasis.IndividualAccess), "P2-COUNSELING-NOTES-ACCESS-REVIEW"),
        ["Part 2 records: patient access"] = (() => ReleasePolicy.MayReleasePart2Records(null, LegalBasis.IndividualAccess), null),
        ["Part 2 records: authorization with consent"] = (() => ReleasePolicy.MayReleasePart2Records(Baseline.AuthorizationWithConsent(Baseline.Part2Consent), LegalBasis.Authorization), null),
        ["Part 2 records: authorization without consent"] = (() => ReleasePolicy.MayReleasePart2Records(Baseline.AuthorizationWithConsent(null), LegalBasis.Authorization), "P2-CONSENT-MISSING"),
        ["Part 2 records: subpoena alone"] = (() => ReleasePolicy.MayReleasePart2Records(Baseline.WithSubpoena(Baseline.Subpoena), LegalBasis.JudicialOrAdministrative), "P2-COURT-ORDER-REQUIRED"),
        ["Part 2 records: other permitted basis"] = (() => ReleasePolicy.MayReleasePart2Records(null, LegalBasis.OtherPermitted), "P2-OTHER-BASIS-REVIEW"),
    };

    public static TheoryData<string> Cases => new(Rows.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReleasePolicyCase(string name)
    {
        var row = Rows[name];

        var decision = row.Decide();

        decision.Allowed.Should().Be(row.DeniedWith is null, because: name);
        decision.Reason?.Code.Should().Be(row.DeniedWith);
        if (decision.Reason is { } reason)
        {
            reason.Citation.Should().NotBeNullOrWhiteSpace();
        }
    }
}
