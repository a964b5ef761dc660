namespace RoiApi.Domain.Evidence;

/// <summary>
/// 42 CFR part 2 as amended by 89 FR 12472 (2024): the 2.31 consent elements, SUD counseling notes, deficient
/// consents, and the Subpart E court order that legal process needs. Paragraph numbers follow DOMAIN.md A.8; see
/// DOMAIN.md F.1 (verify 2.31(a)(4) and 2.31(b) wording against the eCFR).
/// </summary>
public static class Part2Rules
{
    private const string Cfr = "42 CFR 2.31";

    public static IReadOnlyList<EvidenceRule> All { get; } =
    [
        EvidenceRule.Defect(
            "P2-CONSENT-MISSING", "42 CFR 2.33(a)", "part2Consent",
            "The release includes substance use disorder records protected by 42 CFR part 2, which need the patient's written Part 2 consent. A general authorization is not enough; send a Part 2 consent.",
            ctx => IsConsentBasis(ctx.Basis) && ctx.Facts.HasPart2Records,
            ctx => ctx.Evidence.Part2Consent is null),

        Consent("P2-A1-PATIENT-NAME", "(a)(1)", "patientNamePresent",
            "The Part 2 consent does not include the patient's name. Send a consent that names the patient.",
            (c, _) => c.PatientNamePresent != true),
        Consent("P2-A2-DISCLOSER", "(a)(2)", "authorizedDisclosers",
            "The Part 2 consent does not name who may disclose the records. Name this program or organization.",
            (c, _) => Text.HasNoText(c.AuthorizedDisclosers)),
        Consent("P2-DISCLOSER-MISMATCH", "(a)(2)", "authorizedDisclosers",
            "The Part 2 consent does not name this organization as one that may disclose the records. Send a consent naming this organization.",
            (c, f) => !Text.HasNoText(c.AuthorizedDisclosers) && !Text.AnyNameMatches(c.AuthorizedDisclosers, f.CoveredEntityName)),
        Consent("P2-A3-DESCRIPTION", "(a)(3)", "informationDescription",
            "The Part 2 consent does not describe the information to be disclosed. Describe it in a specific and meaningful way.",
            (c, _) => Text.IsBlank(c.InformationDescription)),
        Consent("P2-A4-RECIPIENTS", "(a)(4)", "recipients",
            "The Part 2 consent does not name the recipients. Name them, or for a single consent for treatment, payment and health care operations use wording such as \"my treating providers, health plans, third-party payers, and people helping to operate this program\".",
            (c, _) => Text.HasNoText(c.Recipients)),
        Consent("P2-A4-REDISCLOSURE", "(a)(4)", "hipaaRedisclosureStatementIncluded",
            "The recipients are covered entities or business associates receiving records for treatment, payment or health care operations, so the consent must state that the records may be redisclosed under HIPAA except for civil, criminal, administrative or legislative proceedings against the patient. Use a form with this statement.",
            (c, _) => c.RecipientsAreCoveredEntitiesForTpo == true && c.HipaaRedisclosureStatementIncluded != true),
        Consent("P2-A5-PURPOSE", "(a)(5)", "purposes",
            "The Part 2 consent does not state the purpose. State each purpose, \"at the request of the patient\", or \"for treatment, payment, and health care operations\".",
            (c, _) => Text.HasNoText(c.Purposes) && c.PurposeAtRequestOfPatient != true && c.IsSingleTpoConsent != true),
        Consent("P2-A6-REVOCATION", "(a)(6)", "revocationStatementIncluded",
            "The Part 2 consent must state the right to revoke it in writing, how to do so, and that revocation does not undo what was done in reliance on it. Use a form with this statement.",
            (c, _) => c.RevocationStatementIncluded != true),
        Consent("P2-A7-EXPIRATION", "(a)(7)", "expirationDate",
            "The Part 2 consent has no expiration date or event. Add a date, or an event related to the patient or the purpose.",
            (c, _) => MissingExpiration(c)),
        Consent("P2-A7-EXPIRY-WORDING", "(a)(7)", "expirationKind",
            "\"End of the research study\" is acceptable only for research, and \"none\" only for research or for treatment, payment and health care operations. Give an expiration date or an event related to the patient or the purpose.",
            (c, f) => c.ExpirationDate is null
                && ((c.ExpirationKind == ExpirationKind.EndOfResearchStudy && c.IsForResearch != true)
                    || (c.ExpirationKind == ExpirationKind.None && c.IsForResearch != true && !IsTpoConsent(c, f)))),
        Consent("P2-A8-SIGNATURE", "(a)(8)", "signaturePresent",
            "The Part 2 consent is not signed. The patient (or the person authorized to sign for them) must sign it; an electronic signature is allowed.",
            (c, _) => c.SignaturePresent != true),
        Consent("P2-A9-DATE", "(a)(9)", "signedOn",
            "The Part 2 consent does not show the date it was signed. Send a dated consent.",
            (c, _) => c.SignedOn is null),

        Consent("P2-EXPIRED", "(c)(1)", "expirationDate",
            "The Part 2 consent has expired, or its expiration event is known to have occurred. Send a new consent.",
            (c, f) => (c.ExpirationDate is { } expires && expires < f.Today) || c.ExpirationEventKnownOccurred == true),
        Consent("P2-DEFICIENT", "(c)(2)", "part2Consent",
            "The Part 2 consent fails to include a required element (see the other findings). Send a complete consent.",
            (c, _) => IsDeficient(c)),
        Consent("P2-REVOKED", "(c)(3)", "revokedAt",
            "The consent has been revoked in writing. Nothing more can be released under it; a new consent is needed.",
            (c, _) => c.RevokedAt is not null),
        Consent("P2-FALSE", "(c)(4)", "part2Consent",
            "Material information in the Part 2 consent is known to be false. Send a corrected consent.",
            (c, _) => c.KnownFalse == true),
        Consent("P2-COUNSELING-NOTES-SEPARATE", "(b)", "isForSudCounselingNotes",
            "SUD counseling notes can be released only under a separate consent dedicated to them, combined with no other consent except another one for SUD counseling notes. Send that separate consent, and request other records separately.",
            (c, f) => CounselingNotesNotSeparate(c, f)),

        Consent("P2-RECIPIENT-MISMATCH", "(a)(4)", "recipients",
            "The recipient on the request is not a recipient named in the Part 2 consent. Correct the request or send a consent naming this recipient.",
            (c, f) => !Text.HasNoText(c.Recipients) && !Text.IsBlank(f.RecipientName) && !IsTpoConsent(c, f) && !Text.AnyNameMatches(c.Recipients, f.RecipientName)),
        Consent("P2-PURPOSE-MISMATCH", "(a)(5)", "purposes",
            "The purpose on the request is not a purpose stated in the Part 2 consent. Correct the request or send a consent stating this purpose.",
            (c, f) => !Text.HasNoText(c.Purposes) && c.PurposeAtRequestOfPatient != true && !IsTpoConsent(c, f) && !Text.IsBlank(f.Purpose) && !Text.PurposeCovered(c.Purposes, f.Purpose)),
        Consent("P2-SCOPE-DATES", "(a)(3)", "coversFrom",
            "The request asks for records from dates the Part 2 consent does not cover. Narrow the requested dates or send a consent covering them.",
            (c, f) => Scope.DatesExceed(c.CoversFrom, c.CoversTo, f)),
        Consent("P2-SCOPE-CATEGORIES", "(a)(3)", "coveredCategories",
            "The request asks for record types the Part 2 consent does not cover. Narrow the request or send a consent covering them.",
            (c, f) => Scope.CategoriesExceed(c.CoveredCategories, f)),

        EvidenceRule.Defect(
            "P2-COURT-ORDER-REQUIRED", "42 CFR 2.61", "part2CourtOrder",
            "The release includes substance use disorder records protected by 42 CFR part 2. A subpoena or other legal process alone never permits their release: a court order under 42 CFR part 2, subpart E, is also required. Send that order, or narrow the request to exclude these records.",
            ctx => IsLegalBasis(ctx.Basis) && ctx.Facts.HasPart2Records,
            ctx => ctx.Evidence.Part2CourtOrder?.IssuedByCourt != true),
        EvidenceRule.Defect(
            "P2-ORDER-COMMUNICATIONS", "42 CFR 2.63(a)", "part2CourtOrder.coversConfidentialCommunications",
            "The release includes SUD counseling notes (confidential communications). The court order must expressly reach confidential communications. Send such an order, or narrow the request to exclude them.",
            ctx => IsLegalBasis(ctx.Basis) && ctx.Facts.HasSudCounselingNotes && ctx.Evidence.Part2CourtOrder?.IssuedByCourt == true,
            ctx => ctx.Evidence.Part2CourtOrder!.CoversConfidentialCommunications != true),
        EvidenceRule.Warning(
            "P2-OTHER-BASIS-REVIEW", "42 CFR part 2, subpart D", "legalBasis",
            "The release includes records protected by 42 CFR part 2. Without consent they may be disclosed only in the specific situations of subpart D (medical emergency, research, audit, public health); a reviewer must confirm one applies.",
            ctx => ctx.Basis == LegalBasis.OtherPermitted && ctx.Facts.HasPart2Records,
            _ => true),
    ];

    /// <summary>Bases under which Part 2 records need the patient's written consent.</summary>
    public static bool IsConsentBasis(LegalBasis basis) =>
        basis is LegalBasis.Authorization or LegalBasis.ThirdPartyDirective or LegalBasis.TreatmentPaymentOperations;

    /// <summary>Bases under which Part 2 records need a Subpart E court order.</summary>
    public static bool IsLegalBasis(LegalBasis basis) =>
        basis is LegalBasis.JudicialOrAdministrative or LegalBasis.LawEnforcement;

    private static EvidenceRule Consent(string code, string paragraph, string field, string message, Func<Part2ConsentEvidence, RequestFacts, bool> isViolated) =>
        EvidenceRule.Defect(
            code,
            Cfr + paragraph,
            field == "part2Consent" ? field : $"part2Consent.{field}",
            message,
            ctx => IsConsentBasis(ctx.Basis) && ctx.Evidence.Part2Consent is not null,
            ctx => isViolated(ctx.Evidence.Part2Consent!, ctx.Facts));

    private static bool IsTpoConsent(Part2ConsentEvidence c, RequestFacts facts) =>
        c.IsSingleTpoConsent == true && facts.LegalBasis == LegalBasis.TreatmentPaymentOperations;

    private static bool MissingExpiration(Part2ConsentEvidence c) =>
        c.ExpirationDate is null
        && (c.ExpirationKind is null || (c.ExpirationKind == ExpirationKind.DescribedEvent && Text.IsBlank(c.ExpirationEvent)));

    private static bool IsDeficient(Part2ConsentEvidence c) =>
        c.PatientNamePresent != true
        || Text.HasNoText(c.AuthorizedDisclosers)
        || Text.IsBlank(c.InformationDescription)
        || Text.HasNoText(c.Recipients)
        || (c.RecipientsAreCoveredEntitiesForTpo == true && c.HipaaRedisclosureStatementIncluded != true)
        || (Text.HasNoText(c.Purposes) && c.PurposeAtRequestOfPatient != true && c.IsSingleTpoConsent != true)
        || c.RevocationStatementIncluded != true
        || MissingExpiration(c)
        || c.SignaturePresent != true
        || c.SignedOn is null;

    internal static bool CounselingNotesNotSeparate(Part2ConsentEvidence c, RequestFacts facts)
    {
        var dedicated = c.IsForSudCounselingNotes == true;
        if (!facts.HasSudCounselingNotes && !dedicated)
        {
            return false;
        }

        var coversOnlyNotes = c.CoveredCategories is null || c.CoveredCategories.All(x => x == DocumentCategory.SudCounselingNote);
        var requestsOnlyNotes = facts.RequestedCategories.All(x => x == DocumentCategory.SudCounselingNote);
        var combinedImproperly = c.CombinedWithOtherDocument == true && c.CombinedOnlyWithSudCounselingNotesConsent != true;
        return !(dedicated && coversOnlyNotes && requestsOnlyNotes && !combinedImproperly);
    }
}
