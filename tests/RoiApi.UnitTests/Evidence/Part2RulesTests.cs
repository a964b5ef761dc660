using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>42 CFR part 2 (2024): consent elements, SUD counseling notes, deficient consents, Subpart E orders.</summary>
public class Part2RulesTests
{
    private static readonly CaseTable Table = Build();

    public static TheoryData<string> Cases => Table.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Part2Case(string name)
    {
        var @case = Table.Cases[name];

        var findings = EvidenceRules.Evaluate(@case.Evidence, @case.Facts);

        findings.Select(f => f.Code).Should().BeEquivalentTo(@case.ExpectedCodes, because: name);
    }

    private static CaseTable Build()
    {
        var table = new CaseTable();
        var facts = Baseline.Part2Facts;

        void Consent(string name, Func<Part2ConsentEvidence, Part2ConsentEvidence> vary, params string[] expected) =>
            table.Add(name, Baseline.AuthorizationWithConsent(vary(Baseline.Part2Consent)), facts, expected);

        void ConsentAndRequest(string name, Func<Part2ConsentEvidence, Part2ConsentEvidence> vary, Func<RequestFacts, RequestFacts> varyFacts, params string[] expected) =>
            table.Add(name, Baseline.AuthorizationWithConsent(vary(Baseline.Part2Consent)), varyFacts(facts), expected);

        Consent("2.31: authorization plus a complete Part 2 consent releases SUD-labelled records", c => c);
        table.Add("2.33(a): SUD-labelled records under a general authorization alone", Baseline.AuthorizationWithConsent(null), facts, "P2-CONSENT-MISSING");
        table.Add("2.33(a): OPIOIDUD label is Part 2 too", Baseline.AuthorizationWithConsent(null), facts with { ReleaseLabels = [SensitivityLabel.Opioidud] }, "P2-CONSENT-MISSING");
        table.Add("2.33(a): records without Part 2 labels need no Part 2 consent", Baseline.AuthorizationWithConsent(null), Baseline.AuthorizationFacts);
        Consent("2.31(a)(1): patient name missing", c => c with { PatientNamePresent = false }, "P2-A1-PATIENT-NAME", "P2-DEFICIENT");
        Consent("2.31(a)(2): no one named as permitted to disclose", c => c with { AuthorizedDisclosers = [] }, "P2-A2-DISCLOSER", "P2-DEFICIENT");
        Consent("2.31(a)(2): another program named as discloser", c => c with { AuthorizedDisclosers = ["Harbor Recovery Center"] }, "P2-DISCLOSER-MISMATCH");
        Consent("2.31(a)(3): no description of the information", c => c with { InformationDescription = null }, "P2-A3-DESCRIPTION", "P2-DEFICIENT");
        Consent("2.31(a)(4): no recipients", c => c with { Recipients = [" "] }, "P2-A4-RECIPIENTS", "P2-DEFICIENT");
        Consent("2.31(a)(4): covered-entity recipients for TPO without the HIPAA redisclosure statement", c => c with { RecipientsAreCoveredEntitiesForTpo = true }, "P2-A4-REDISCLOSURE", "P2-DEFICIENT");
        Consent("2.31(a)(4): covered-entity recipients for TPO with the HIPAA redisclosure statement", c => c with { RecipientsAreCoveredEntitiesForTpo = true, HipaaRedisclosureStatementIncluded = true });
        Consent("2.31(a)(5): no purpose", c => c with { Purposes = null }, "P2-A5-PURPOSE", "P2-DEFICIENT");
        Consent("2.31(a)(5): 'at the request of the patient' suffices", c => c with { Purposes = null, PurposeAtRequestOfPatient = true });
        Consent("2.31(a)(6): revocation statement missing", c => c with { RevocationStatementIncluded = false }, "P2-A6-REVOCATION", "P2-DEFICIENT");
        Consent("2.31(a)(7): no expiration", c => c with { ExpirationDate = null }, "P2-A7-EXPIRATION", "P2-DEFICIENT");
        Consent("2.31(a)(7): 'end of the research study' outside research", c => c with { ExpirationDate = null, ExpirationKind = ExpirationKind.EndOfResearchStudy }, "P2-A7-EXPIRY-WORDING");
        Consent("2.31(a)(7): 'none' outside research and TPO", c => c with { ExpirationDate = null, ExpirationKind = ExpirationKind.None }, "P2-A7-EXPIRY-WORDING");
        Consent("2.31(a)(7): 'end of the research study' for research", c => c with { ExpirationDate = null, ExpirationKind = ExpirationKind.EndOfResearchStudy, IsForResearch = true });
        Consent("2.31(a)(8): not signed", c => c with { SignaturePresent = null }, "P2-A8-SIGNATURE", "P2-DEFICIENT");
        Consent("2.31(a)(9): not dated", c => c with { SignedOn = null }, "P2-A9-DATE", "P2-DEFICIENT");
        Consent("2.31(c)(1): expired", c => c with { ExpirationDate = Baseline.Today.AddDays(-10) }, "P2-EXPIRED");
        Consent("2.31(c)(1): expiration event known to have occurred", c => c with { ExpirationEventKnownOccurred = true }, "P2-EXPIRED");
        Consent("2.31(c)(3): revoked", c => c with { RevokedAt = Baseline.SubmittedAt }, "P2-REVOKED");
        Consent("2.31(c)(4): known to be false", c => c with { KnownFalse = true }, "P2-FALSE");
        ConsentAndRequest("2.31(a)(4): recipient on the request not named in the consent", c => c, f => f with { RecipientName = "Acme Insurance Company" }, "AUTH-RECIPIENT-MISMATCH", "P2-RECIPIENT-MISMATCH");
        Consent("2.31(a)(5): purpose on the request not stated in the consent", c => c with { Purposes = ["Care coordination"] }, "P2-PURPOSE-MISMATCH");
        Consent("2.31(a)(3): requested dates outside the consent", c => c with { CoversFrom = new DateOnly(2024, 6, 1) }, "P2-SCOPE-DATES");
        Consent("2.31(a)(3): requested record types outside the consent", c => c with { CoveredCategories = [DocumentCategory.DischargeSummary] }, "P2-SCOPE-CATEGORIES");

        // SUD counseling notes
        var notesFacts = facts with { RequestedCategories = [DocumentCategory.SudCounselingNote] };
        var notesConsent = Baseline.Part2Consent with { IsForSudCounselingNotes = true, CoveredCategories = [DocumentCategory.SudCounselingNote] };
        var notesAuthorization = Baseline.Authorization with { CoveredCategories = null };
        EvidenceSubmission NotesEvidence(Part2ConsentEvidence consent) => new() { Kind = EvidenceKind.Authorization, Authorization = notesAuthorization, Part2Consent = consent };
        table.Add("2.31(b): SUD counseling notes under a separate consent dedicated to them", NotesEvidence(notesConsent), notesFacts);
        table.Add("2.31(b): SUD counseling notes under the general Part 2 consent", NotesEvidence(Baseline.Part2Consent), notesFacts, "P2-COUNSELING-NOTES-SEPARATE");
        table.Add("2.31(b): SUD counseling notes mixed with other records under one consent", NotesEvidence(notesConsent),
            notesFacts with { RequestedCategories = [DocumentCategory.SudCounselingNote, DocumentCategory.DischargeSummary] }, "P2-COUNSELING-NOTES-SEPARATE", "P2-SCOPE-CATEGORIES");
        table.Add("2.31(b): counseling-notes consent combined with a general consent", NotesEvidence(notesConsent with { CombinedWithOtherDocument = true }), notesFacts, "P2-COUNSELING-NOTES-SEPARATE");
        table.Add("2.31(b): counseling-notes consent combined only with another counseling-notes consent",
            NotesEvidence(notesConsent with { CombinedWithOtherDocument = true, CombinedOnlyWithSudCounselingNotesConsent = true }), notesFacts);
        table.Add("2.31(b): SUD counseling notes imply Part 2: no consent at all", new EvidenceSubmission { Kind = EvidenceKind.Authorization, Authorization = notesAuthorization },
            Baseline.AuthorizationFacts with { RequestedCategories = [DocumentCategory.SudCounselingNote] }, "P2-CONSENT-MISSING");

        // single TPO consent
        var tpoFacts = facts with { LegalBasis = LegalBasis.TreatmentPaymentOperations, RecipientName = "Lakeside Family Medicine", Purpose = "Treatment" };
        var tpoConsent = Baseline.Part2Consent with
        {
            IsSingleTpoConsent = true,
            Recipients = ["My treating providers, health plans, third-party payers, and people helping to operate this program"],
            Purposes = ["For treatment, payment, and health care operations"],
            ExpirationDate = null,
            ExpirationKind = ExpirationKind.EndOfTreatment,
            RecipientsAreCoveredEntitiesForTpo = true,
            HipaaRedisclosureStatementIncluded = true,
        };
        table.Add("2.31(a)(4): single TPO consent with class wording covers a named treating provider", new EvidenceSubmission { Kind = EvidenceKind.Part2Consent, Part2Consent = tpoConsent }, tpoFacts);
        table.Add("2.31(a)(7): 'none' is acceptable for a single TPO consent", new EvidenceSubmission { Kind = EvidenceKind.Part2Consent, Part2Consent = tpoConsent with { ExpirationKind = ExpirationKind.None } }, tpoFacts);
        table.Add("2.31(a)(4): single TPO consent without the HIPAA redisclosure statement", new EvidenceSubmission { Kind = EvidenceKind.Part2Consent, Part2Consent = tpoConsent with { HipaaRedisclosureStatementIncluded = false } }, tpoFacts, "P2-A4-REDISCLOSURE", "P2-DEFICIENT");
        table.Add("2.33(a): TPO disclosure of Part 2 records without any consent", EvidenceSubmission.Empty, tpoFacts, "P2-CONSENT-MISSING");

        // Subpart E court orders under legal process
        var legalPart2 = Baseline.LegalFacts with { ReleaseLabels = [SensitivityLabel.Sud] };
        var qpoSubpoena = Baseline.Subpoena with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo };
        table.Add("2.61: subpoena for SUD records with a qualified protective order but no court order", Baseline.WithSubpoena(qpoSubpoena), legalPart2, "P2-COURT-ORDER-REQUIRED");
        table.Add("2.61: subpoena for SUD records with a Subpart E order", Baseline.WithSubpoena(qpoSubpoena) with { Part2CourtOrder = new() { IssuedByCourt = true, AuthorizingSection = "2.64" } }, legalPart2);
        table.Add("2.61: a 'Part 2 order' not entered by a court", Baseline.WithSubpoena(qpoSubpoena) with { Part2CourtOrder = new() { IssuedByCourt = false } }, legalPart2, "P2-COURT-ORDER-REQUIRED");
        table.Add("2.61: warrant for ETH-labelled records without a Subpart E order", Baseline.WithLawEnforcement(Baseline.Warrant), Baseline.LawEnforcementFacts with { ReleaseLabels = [SensitivityLabel.Eth] }, "P2-COURT-ORDER-REQUIRED");
        table.Add("2.63(a): Subpart E order that does not reach confidential communications, with counseling notes",
            Baseline.WithSubpoena(qpoSubpoena) with { Part2CourtOrder = new() { IssuedByCourt = true } },
            Baseline.LegalFacts with { RequestedCategories = [DocumentCategory.DischargeSummary], ReleaseContainsSudCounselingNotes = true }, "P2-ORDER-COMMUNICATIONS");
        table.Add("2.63(a): Subpart E order reaching confidential communications",
            Baseline.WithSubpoena(qpoSubpoena) with { Part2CourtOrder = new() { IssuedByCourt = true, CoversConfidentialCommunications = true } },
            Baseline.LegalFacts with { RequestedCategories = [DocumentCategory.DischargeSummary], ReleaseContainsSudCounselingNotes = true });
        table.Add("2.23: the patient's own access to Part 2 records needs no consent", EvidenceSubmission.Empty, facts with { LegalBasis = LegalBasis.IndividualAccess });
        table.Add("Part 2 subpart D: other permitted disclosure of Part 2 records needs review", EvidenceSubmission.Empty, facts with { LegalBasis = LegalBasis.OtherPermitted }, "P2-OTHER-BASIS-REVIEW");

        return table;
    }
}
