using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>45 CFR 164.508, one row per situation the regulation distinguishes.</summary>
public class AuthorizationRulesTests
{
    private static readonly CaseTable Table = Build();

    public static TheoryData<string> Cases => Table.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void AuthorizationCase(string name)
    {
        var @case = Table.Cases[name];

        var findings = EvidenceRules.Evaluate(@case.Evidence, @case.Facts);

        findings.Select(f => f.Code).Should().BeEquivalentTo(@case.ExpectedCodes, because: name);
    }

    private static CaseTable Build()
    {
        var table = new CaseTable();
        var facts = Baseline.AuthorizationFacts;

        void Auth(string name, Func<AuthorizationEvidence, AuthorizationEvidence> vary, params string[] expected) =>
            table.Add(name, Baseline.WithAuthorization(vary(Baseline.Authorization)), facts, expected);

        void AuthAndRequest(string name, Func<AuthorizationEvidence, AuthorizationEvidence> vary, Func<RequestFacts, RequestFacts> varyFacts, params string[] expected) =>
            table.Add(name, Baseline.WithAuthorization(vary(Baseline.Authorization)), varyFacts(facts), expected);

        Auth("164.508: a complete, current authorization that covers the request has no findings", a => a);
        table.Add("164.508(a)(1): no authorization submitted for an authorization-based request", null, facts, "AUTH-MISSING");
        table.Add("164.508(a)(1): submission of another kind without the authorization section", new EvidenceSubmission { Kind = EvidenceKind.Authorization }, facts, "AUTH-MISSING");

        // (c)(1) core elements
        Auth("164.508(c)(1)(i): blank description of the information", a => a with { InformationDescription = "  " }, "AUTH-C1-I", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(i): catch-all description is flagged for review, not rejected", a => a with { InformationDescription = "Any and all records" }, "AUTH-C1-I-CATCHALL");
        Auth("164.508(c)(1)(ii): no one named as authorized to disclose", a => a with { AuthorizedDisclosers = [] }, "AUTH-C1-II", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(ii): discloser named is another hospital", a => a with { AuthorizedDisclosers = ["St. Elsewhere Clinic"] }, "AUTH-DISCLOSER-MISMATCH");
        Auth("164.508(c)(1)(ii): discloser matches despite case and punctuation", a => a with { AuthorizedDisclosers = ["MERCY GENERAL HOSPITAL, INC."] });
        Auth("164.508(c)(1)(iii): no recipient named", a => a with { Recipients = null }, "AUTH-C1-III", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(iv): no purpose stated", a => a with { Purposes = [] }, "AUTH-C1-IV", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(iv): 'at the request of the individual' suffices when the individual initiates", a => a with { Purposes = [], PurposeAtRequestOfIndividual = true });
        AuthAndRequest("164.508(c)(1)(iv): 'at the request of the individual' does not suffice when a third party initiates",
            a => a with { Purposes = [], PurposeAtRequestOfIndividual = true }, f => f with { IndividualInitiated = false }, "AUTH-C1-IV-INITIATED", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(v): neither expiration date nor event", a => a with { ExpirationDate = null }, "AUTH-C1-V", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(v): described expiration event is accepted", a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.DescribedEvent, ExpirationEvent = "Conclusion of my lawsuit" });
        Auth("164.508(c)(1)(v): described-event kind with blank event text", a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.DescribedEvent, ExpirationEvent = "" }, "AUTH-C1-V", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(v): 'end of the research study' accepted for research", a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.EndOfResearchStudy, IsForResearch = true });
        Auth("164.508(c)(1)(v): 'end of the research study' refused outside research", a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.EndOfResearchStudy, IsForResearch = false }, "AUTH-C1-V-RESEARCH-ONLY");
        Auth("164.508(c)(1)(v): 'none' accepted for research", a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.None, IsForResearch = true });
        Auth("164.508(c)(1)(v): 'none' refused outside research", a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.None }, "AUTH-C1-V-RESEARCH-ONLY");
        Auth("164.508(c)(1)(vi): not signed", a => a with { SignaturePresent = false }, "AUTH-C1-VI", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(vi): signed but not dated", a => a with { SignedOn = null }, "AUTH-C1-VI", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(vi): personal representative without a description of authority",
            a => a with { SignedByPersonalRepresentative = true, RepresentativeAuthorityDescription = null }, "AUTH-C1-VI-AUTHORITY", "AUTH-INCOMPLETE");
        Auth("164.508(c)(1)(vi): personal representative with a description of authority",
            a => a with { SignedByPersonalRepresentative = true, RepresentativeAuthorityDescription = "Court-appointed guardian" });

        // (c)(2) statements, (c)(3) plain language
        Auth("164.508(c)(2)(i): right to revoke not stated", a => a with { RevocationRightStated = false }, "AUTH-C2-I", "AUTH-INCOMPLETE");
        Auth("164.508(c)(2)(i): right stated but neither how to revoke nor the NPP reference", a => a with { RevocationProcedureOrNppReferenceStated = null }, "AUTH-C2-I", "AUTH-INCOMPLETE");
        Auth("164.508(c)(2)(ii): conditioning statement missing", a => a with { ConditioningStatementIncluded = false }, "AUTH-C2-II", "AUTH-INCOMPLETE");
        Auth("164.508(c)(2)(iii): redisclosure statement missing", a => a with { RedisclosureStatementIncluded = null }, "AUTH-C2-III", "AUTH-INCOMPLETE");
        Auth("164.508(c)(3): reviewer found the form not in plain language", a => a with { PlainLanguageConfirmed = false }, "AUTH-C3-PLAIN");
        Auth("164.508(c)(3): plain language not yet reviewed is a warning", a => a with { PlainLanguageConfirmed = null }, "AUTH-C3-PLAIN-UNREVIEWED");

        // (b)(2) defects
        Auth("164.508(b)(2)(i): expiration date has passed", a => a with { ExpirationDate = Baseline.Today.AddDays(-1) }, "AUTH-EXPIRED");
        Auth("164.508(b)(2)(i): expiring today is still valid today", a => a with { ExpirationDate = Baseline.Today });
        Auth("164.508(b)(2)(i): expiration event known to have occurred",
            a => a with { ExpirationDate = null, ExpirationKind = ExpirationKind.DescribedEvent, ExpirationEvent = "Settlement of my claim", ExpirationEventKnownOccurred = true }, "AUTH-EXPIRY-EVENT-OCCURRED");
        Auth("164.508(b)(2)(iii): known to have been revoked", a => a with { RevokedAt = Baseline.SubmittedAt.AddHours(2) }, "AUTH-REVOKED");
        AuthAndRequest("164.508(b)(2)(iii): valid authorization revoked after approval is stopped when re-checked at release",
            a => a with { RevokedAt = Baseline.SubmittedAt.AddDays(3) }, f => f with { Today = Baseline.Today.AddDays(5) }, "AUTH-REVOKED");
        AuthAndRequest("164.508(b)(2)(i): valid at approval, expired by release day",
            a => a with { ExpirationDate = Baseline.Today.AddDays(2) }, f => f with { Today = Baseline.Today.AddDays(3) }, "AUTH-EXPIRED");
        Auth("164.508(b)(2)(v): material information known to be false", a => a with { KnownFalse = true }, "AUTH-FALSE");

        // (b)(3) compound
        Auth("164.508(b)(3): combined with a consent for treatment", a => a with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.ConsentForTreatment }, "AUTH-COMPOUND");
        Auth("164.508(b)(3): combined with an unnamed document", a => a with { CombinedWithOtherDocument = true, CombinedDocumentKind = null }, "AUTH-COMPOUND");
        Auth("164.508(b)(3)(iii): combined with another authorization, nothing conditioned", a => a with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.OtherAuthorization });
        Auth("164.508(b)(3)(iii): combined with another authorization while enrollment was conditioned",
            a => a with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.OtherAuthorization, ConditionedOn = [ConditionedOn.Enrollment], ConditioningBasis = ConditioningBasis.HealthPlanEnrollment }, "AUTH-COMPOUND");
        Auth("164.508(b)(3)(i): research authorization combined with consent to participate", a => a with { IsForResearch = true, CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.ResearchConsent });
        Auth("164.508(b)(3)(i): research-consent combination refused outside research", a => a with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.ResearchConsent }, "AUTH-COMPOUND");

        // (b)(4) conditioning
        Auth("164.508(b)(4): treatment conditioned on signing, no exception", a => a with { ConditionedOn = [ConditionedOn.Treatment] }, "AUTH-CONDITIONED");
        Auth("164.508(b)(4)(ii): health-plan enrollment conditioned before enrollment", a => a with { ConditionedOn = [ConditionedOn.Enrollment, ConditionedOn.Eligibility], ConditioningBasis = ConditioningBasis.HealthPlanEnrollment });
        Auth("164.508(b)(4)(ii): enrollment exception does not reach payment", a => a with { ConditionedOn = [ConditionedOn.Payment], ConditioningBasis = ConditioningBasis.HealthPlanEnrollment }, "AUTH-CONDITIONED");
        Auth("164.508(b)(4)(i): research-related treatment conditioned on a research authorization", a => a with { IsForResearch = true, ConditionedOn = [ConditionedOn.Treatment], ConditioningBasis = ConditioningBasis.ResearchRelatedTreatment });
        Auth("164.508(b)(4)(iii): examination solely to create PHI for a third party", a => a with { ConditionedOn = [ConditionedOn.Treatment], ConditioningBasis = ConditioningBasis.CareSolelyForThirdParty });

        // psychotherapy notes
        var notesOnly = facts with { RequestedCategories = [DocumentCategory.PsychotherapyNote] };
        var notesAuthorization = Baseline.Authorization with { IsForPsychotherapyNotes = true, CoveredCategories = [DocumentCategory.PsychotherapyNote], InformationDescription = "Psychotherapy notes of 2024" };
        table.Add("164.508(a)(2): dedicated psychotherapy-notes authorization for psychotherapy notes only", Baseline.WithAuthorization(notesAuthorization), notesOnly);
        AuthAndRequest("164.508(a)(2): psychotherapy notes requested under a general authorization",
            a => a, f => f with { RequestedCategories = [DocumentCategory.DischargeSummary, DocumentCategory.PsychotherapyNote] }, "AUTH-PSYNOTES-NOT-DEDICATED");
        AuthAndRequest("164.508(a)(2): compound authorization mixing psychotherapy notes with general records",
            a => a with { IsForPsychotherapyNotes = true, CoveredCategories = [DocumentCategory.PsychotherapyNote, DocumentCategory.DischargeSummary] },
            f => f with { RequestedCategories = [DocumentCategory.PsychotherapyNote, DocumentCategory.DischargeSummary] }, "AUTH-PSYNOTES-NOT-DEDICATED");
        AuthAndRequest("164.508(a)(2): psychotherapy notes found in the release set though not requested",
            a => a, f => f with { ReleaseContainsPsychotherapyNotes = true }, "AUTH-PSYNOTES-NOT-DEDICATED");
        table.Add("164.508(b)(3)(ii): psychotherapy-notes authorization stapled to a general authorization",
            Baseline.WithAuthorization(notesAuthorization with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.OtherAuthorization }), notesOnly, "AUTH-PSYNOTES-COMPOUND");
        table.Add("164.508(b)(3)(ii): psychotherapy-notes authorization combined with another one for psychotherapy notes",
            Baseline.WithAuthorization(notesAuthorization with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.PsychotherapyNotesAuthorization }), notesOnly);
        Auth("164.508(b)(3)(ii): general authorization combined with a psychotherapy-notes authorization",
            a => a with { CombinedWithOtherDocument = true, CombinedDocumentKind = CombinedDocumentKind.PsychotherapyNotesAuthorization }, "AUTH-PSYNOTES-COMPOUND");
        table.Add("164.508(b)(4)(ii): enrollment may never be conditioned on a psychotherapy-notes authorization",
            Baseline.WithAuthorization(notesAuthorization with { ConditionedOn = [ConditionedOn.Enrollment], ConditioningBasis = ConditioningBasis.HealthPlanEnrollment }), notesOnly, "AUTH-CONDITIONED");

        // marketing and sale
        Auth("164.508(a)(3)(ii): marketing with remuneration not stated", a => a with { IsForMarketing = true, MarketingInvolvesRemuneration = true, MarketingRemunerationStated = false }, "AUTH-MARKETING");
        Auth("164.508(a)(3)(ii): marketing with remuneration stated", a => a with { IsForMarketing = true, MarketingInvolvesRemuneration = true, MarketingRemunerationStated = true });
        Auth("164.508(a)(3): marketing without remuneration needs no statement", a => a with { IsForMarketing = true, MarketingInvolvesRemuneration = false });
        Auth("164.508(a)(4)(i): sale of PHI without the remuneration statement", a => a with { IsSaleOfPhi = true }, "AUTH-SALE");
        Auth("164.508(a)(4)(i): sale of PHI with the remuneration statement", a => a with { IsSaleOfPhi = true, SaleRemunerationStated = true });

        // scope
        AuthAndRequest("164.508(a)(1): recipient on the request is not named in the authorization", a => a, f => f with { RecipientName = "Acme Insurance Company" }, "AUTH-RECIPIENT-MISMATCH");
        AuthAndRequest("164.508(a)(1): recipient matches with 'and' written for '&' and no legal-form suffix", a => a, f => f with { RecipientName = "smith and jones" });
        AuthAndRequest("164.508(a)(1): a recipient whose name merely contains the named one is a mismatch", a => a, f => f with { RecipientName = "Smith & Jones Litigation Funding" }, "AUTH-RECIPIENT-MISMATCH");
        AuthAndRequest("164.508(a)(1): recipient matches ignoring case, punctuation and suffix", a => a, f => f with { RecipientName = "SMITH & JONES, L.L.P." });
        AuthAndRequest("164.508(a)(1): purpose on the request not stated in the authorization", a => a, f => f with { Purpose = "Underwriting" }, "AUTH-PURPOSE-MISMATCH");
        AuthAndRequest("164.508(a)(1): shorter purpose wording contained in the stated purpose", a => a, f => f with { Purpose = "litigation" });
        AuthAndRequest("164.508(a)(1): any purpose fits 'at the request of the individual'", a => a with { PurposeAtRequestOfIndividual = true }, f => f with { Purpose = "Second opinion" });
        AuthAndRequest("164.508(a)(1): requested dates start before the authorization's range", a => a, f => f with { RequestedFrom = new DateOnly(2023, 6, 1) }, "AUTH-SCOPE-DATES");
        AuthAndRequest("164.508(a)(1): open-ended request against a bounded authorization", a => a, f => f with { RequestedTo = null }, "AUTH-SCOPE-DATES");
        AuthAndRequest("164.508(a)(1): unbounded authorization covers any dates", a => a with { CoversFrom = null, CoversTo = null }, f => f with { RequestedFrom = null, RequestedTo = null });
        AuthAndRequest("164.508(a)(1): billing records requested but not covered", a => a, f => f with { RequestedCategories = [DocumentCategory.DischargeSummary, DocumentCategory.BillingRecord] }, "AUTH-SCOPE-CATEGORIES");
        AuthAndRequest("164.508(a)(1): recipient and purpose both mismatched", a => a, f => f with { RecipientName = "Acme Insurance Company", Purpose = "Underwriting" }, "AUTH-RECIPIENT-MISMATCH", "AUTH-PURPOSE-MISMATCH");

        // combinations
        Auth("164.508(b)(2): expired, unsigned and revoked at once",
            a => a with { ExpirationDate = Baseline.Today.AddMonths(-1), SignaturePresent = false, RevokedAt = Baseline.SubmittedAt }, "AUTH-EXPIRED", "AUTH-C1-VI", "AUTH-INCOMPLETE", "AUTH-REVOKED");

        return table;
    }
}
