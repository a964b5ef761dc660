namespace RoiApi.Domain.Evidence;

/// <summary>Whether a category of records may go into the release set, with the reason when it may not.</summary>
public sealed record ReleaseDecision(bool Allowed, Finding? Reason)
{
    public static ReleaseDecision Allow { get; } = new(true, null);

    public static ReleaseDecision Deny(Finding reason) => new(false, reason);
}

/// <summary>
/// Category-level permissions for the release-set policy. These answer "may this kind of record go out under this
/// basis and this evidence?"; the validity of the evidence itself (signature, expiry, revocation...) is
/// <see cref="EvidenceRules.Evaluate"/>'s job, so a release needs both to be clean.
/// </summary>
public static class ReleasePolicy
{
    /// <summary>45 CFR 164.524(a)(1)(i): psychotherapy notes are outside the right of access.</summary>
    public static Finding AccessExcludesPsychotherapyNotes { get; } = Finding.Defect(
        "ACCESS-PSYNOTES-EXCLUDED", "45 CFR 164.524(a)(1)(i)",
        "Psychotherapy notes are not part of the right of access and are withheld from this release. They can be released only under an authorization dedicated to them.",
        "legalBasis");

    /// <summary>45 CFR 164.508(a)(2): no basis other than a dedicated authorization (or the narrow listed exceptions) releases psychotherapy notes.</summary>
    public static Finding PsychotherapyNotesNeedAuthorization { get; } = Finding.Defect(
        "PSYNOTES-NO-BASIS", "45 CFR 164.508(a)(2)",
        "Psychotherapy notes need an authorization dedicated to them; the few exceptions (for example oversight of the originator, a coroner, or a serious threat) are decided by a reviewer. They are withheld from this release.",
        "legalBasis");

    /// <summary>42 CFR 2.23 allows patient access; SUD counseling notes still get a human look before they go out.</summary>
    public static Finding CounselingNotesAccessReview { get; } = Finding.Warning(
        "P2-COUNSELING-NOTES-ACCESS-REVIEW", "42 CFR 2.23",
        "SUD counseling notes are withheld until a reviewer decides whether to include them in the patient's copy.",
        "legalBasis");

    /// <summary>Findings produced only here (not by the rule table), for the catalog.</summary>
    public static IReadOnlyList<Finding> OwnReasons { get; } = [AccessExcludesPsychotherapyNotes, PsychotherapyNotesNeedAuthorization, CounselingNotesAccessReview];

    /// <summary>45 CFR 164.508(a)(2), (b)(3)(ii), 164.524(a)(1)(i): may psychotherapy notes be released?</summary>
    public static ReleaseDecision MayReleasePsychotherapyNotes(EvidenceSubmission? evidence, LegalBasis basis)
    {
        evidence ??= EvidenceSubmission.Empty;
        return basis switch
        {
            LegalBasis.Authorization => evidence.Authorization is null
                ? ReleaseDecision.Deny(EvidenceRules.FindingFor("AUTH-MISSING"))
                : DedicatedToPsychotherapyNotes(evidence.Authorization)
                    ? ReleaseDecision.Allow
                    : ReleaseDecision.Deny(EvidenceRules.FindingFor("AUTH-PSYNOTES-NOT-DEDICATED")),
            LegalBasis.IndividualAccess or LegalBasis.ThirdPartyDirective => ReleaseDecision.Deny(AccessExcludesPsychotherapyNotes),
            LegalBasis.JudicialOrAdministrative => PsychotherapyNotesCoveredByLegalProcess(evidence)
                ? ReleaseDecision.Allow
                : ReleaseDecision.Deny(EvidenceRules.FindingFor("LEGAL-PSYNOTES")),
            LegalBasis.LawEnforcement => PsychotherapyNotesCoveredByLawEnforcement(evidence)
                ? ReleaseDecision.Allow
                : ReleaseDecision.Deny(EvidenceRules.FindingFor("LE-PSYNOTES")),
            _ => ReleaseDecision.Deny(PsychotherapyNotesNeedAuthorization),
        };
    }

    /// <summary>42 CFR 2.31(b), 2.63(a): may SUD counseling notes be released?</summary>
    public static ReleaseDecision MayReleaseSudCounselingNotes(EvidenceSubmission? evidence, LegalBasis basis)
    {
        evidence ??= EvidenceSubmission.Empty;
        if (Part2Rules.IsConsentBasis(basis))
        {
            var consent = evidence.Part2Consent;
            if (consent is null)
            {
                return ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-CONSENT-MISSING"));
            }

            return Part2Rules.CounselingNotesNotSeparate(consent, CounselingNotesOnly(basis))
                ? ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-COUNSELING-NOTES-SEPARATE"))
                : ReleaseDecision.Allow;
        }

        if (Part2Rules.IsLegalBasis(basis))
        {
            var order = evidence.Part2CourtOrder;
            return order?.IssuedByCourt != true
                ? ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-COURT-ORDER-REQUIRED"))
                : order.CoversConfidentialCommunications == true
                    ? ReleaseDecision.Allow
                    : ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-ORDER-COMMUNICATIONS"));
        }

        return basis == LegalBasis.IndividualAccess
            ? ReleaseDecision.Deny(CounselingNotesAccessReview)
            : ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-OTHER-BASIS-REVIEW"));
    }

    /// <summary>42 CFR 2.23, 2.33, 2.61: may records labelled SUD/ETH/OPIOIDUD/ETHUD be released?</summary>
    public static ReleaseDecision MayReleasePart2Records(EvidenceSubmission? evidence, LegalBasis basis)
    {
        evidence ??= EvidenceSubmission.Empty;
        if (basis == LegalBasis.IndividualAccess)
        {
            return ReleaseDecision.Allow;
        }

        if (Part2Rules.IsConsentBasis(basis))
        {
            return evidence.Part2Consent is null ? ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-CONSENT-MISSING")) : ReleaseDecision.Allow;
        }

        if (Part2Rules.IsLegalBasis(basis))
        {
            return evidence.Part2CourtOrder?.IssuedByCourt == true ? ReleaseDecision.Allow : ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-COURT-ORDER-REQUIRED"));
        }

        return ReleaseDecision.Deny(EvidenceRules.FindingFor("P2-OTHER-BASIS-REVIEW"));
    }

    /// <summary>May a record carrying <paramref name="label"/> be released under the active pack? Labels the pack does not protect are allowed.</summary>
    public static ReleaseDecision MayReleaseLabel(string label, EvidenceSubmission? evidence, LegalBasis basis, RulePack? pack)
    {
        ArgumentNullException.ThrowIfNull(label);
        var rule = pack?.ProtectedLabels.FirstOrDefault(r => string.Equals(r.Label, label, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            return ReleaseDecision.Allow;
        }

        var unmet = RulePackRules.UnmetRequirement(rule, evidence ?? EvidenceSubmission.Empty, basis);
        return unmet is null ? ReleaseDecision.Allow : ReleaseDecision.Deny(unmet);
    }

    internal static bool DedicatedToPsychotherapyNotes(AuthorizationEvidence a) =>
        a.IsForPsychotherapyNotes == true
        && (a.CoveredCategories is null || a.CoveredCategories.All(c => c == DocumentCategory.PsychotherapyNote))
        && (a.CombinedWithOtherDocument != true || a.CombinedDocumentKind == CombinedDocumentKind.PsychotherapyNotesAuthorization);

    /// <summary>
    /// A court or tribunal order that expressly covers psychotherapy notes makes their disclosure required by law
    /// (45 CFR 164.512(a), one of the (a)(2)(ii) exceptions); a subpoena without an order never does here.
    /// </summary>
    internal static bool PsychotherapyNotesCoveredByLegalProcess(EvidenceSubmission evidence) =>
        evidence.Kind == EvidenceKind.CourtOrder
        && evidence.LegalProcess is { } process
        && LegalProcessRules.IsJudicial(process.IssuedBy)
        && process.CoveredCategories?.Contains(DocumentCategory.PsychotherapyNote) == true;

    /// <summary>The same for law enforcement: compulsory judicial or grand-jury process that expressly covers them.</summary>
    internal static bool PsychotherapyNotesCoveredByLawEnforcement(EvidenceSubmission evidence) =>
        evidence.LawEnforcement is { } request
        && LawEnforcementRules.IsCompulsory(request.Process)
        && request.CoveredCategories?.Contains(DocumentCategory.PsychotherapyNote) == true;

    /// <summary>Facts for judging a consent against a release of SUD counseling notes alone.</summary>
    private static RequestFacts CounselingNotesOnly(LegalBasis basis) => new()
    {
        LegalBasis = basis,
        CoveredEntityName = string.Empty,
        RequestedCategories = [DocumentCategory.SudCounselingNote],
        SubmittedAt = DateTimeOffset.MinValue,
        Today = DateOnly.MinValue,
    };
}
