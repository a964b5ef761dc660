namespace RoiApi.Domain.Evidence;

/// <summary>45 CFR 164.508: the six core elements, three statements, plain language, the (b)(2) defects, compound and conditioning rules, psychotherapy notes, marketing, sale, and scope.</summary>
public static class AuthorizationRules
{
    private const string Cfr = "45 CFR 164.508";

    private static readonly string[] CatchAllPhrases =
    [
        "any and all", "all records", "all medical records", "all information", "all of my records",
        "entire record", "entire medical record", "entire chart", "complete record", "complete medical record",
    ];

    public static IReadOnlyList<EvidenceRule> All { get; } =
    [
        EvidenceRule.Defect(
            "AUTH-MISSING", $"{Cfr}(a)(1)", "authorization",
            "The request relies on an authorization, but none was submitted. Send the signed authorization.",
            ctx => ctx.Basis == LegalBasis.Authorization,
            ctx => ctx.Evidence.Authorization is null),

        // (c)(1) core elements
        Auth("AUTH-C1-I", "(c)(1)(i)", "informationDescription",
            "The authorization does not describe the information to be disclosed. Describe it in a specific and meaningful way (for example, the record types and dates).",
            (a, _) => Text.IsBlank(a.InformationDescription)),
        AuthWarning("AUTH-C1-I-CATCHALL", "(c)(1)(i)", "informationDescription",
            "The authorization describes the information with a catch-all phrase such as \"all records\". A reviewer will confirm it is specific and meaningful enough; listing the record types and dates avoids the delay.",
            (a, _) => !Text.IsBlank(a.InformationDescription) && Text.ContainsAny(a.InformationDescription, CatchAllPhrases)),
        Auth("AUTH-C1-II", "(c)(1)(ii)", "authorizedDisclosers",
            "The authorization does not name who may disclose the information. Name this organization (or a class that clearly includes it) as the discloser.",
            (a, _) => Text.HasNoText(a.AuthorizedDisclosers)),
        Auth("AUTH-C1-III", "(c)(1)(iii)", "recipients",
            "The authorization does not name the recipient. Name the person or organization (or class) that will receive the information.",
            (a, _) => Text.HasNoText(a.Recipients)),
        Auth("AUTH-C1-IV", "(c)(1)(iv)", "purposes",
            "The authorization does not state the purpose of the disclosure. State each purpose, or \"at the request of the individual\" when the individual initiates it.",
            (a, _) => Text.HasNoText(a.Purposes) && a.PurposeAtRequestOfIndividual != true),
        Auth("AUTH-C1-IV-INITIATED", "(c)(1)(iv)", "purposes",
            "\"At the request of the individual\" is a sufficient purpose only when the individual initiates the authorization. State the actual purpose of the disclosure.",
            (a, f) => Text.HasNoText(a.Purposes) && a.PurposeAtRequestOfIndividual == true && !f.IndividualInitiated),
        Auth("AUTH-C1-V", "(c)(1)(v)", "expirationDate",
            "The authorization has no expiration date or expiration event. Add a date, or an event related to the individual or the purpose.",
            (a, _) => MissingExpiration(a)),
        Auth("AUTH-C1-V-RESEARCH-ONLY", "(c)(1)(v)", "expirationKind",
            "\"End of the research study\" or \"none\" is an acceptable expiration only for research. Give an expiration date or an event related to the individual or the purpose.",
            (a, _) => a.ExpirationDate is null && (a.ExpirationKind is ExpirationKind.EndOfResearchStudy or ExpirationKind.None) && a.IsForResearch != true),
        Auth("AUTH-C1-VI", "(c)(1)(vi)", "signedOn",
            "The authorization is not signed and dated. The individual (or their personal representative) must sign and date it.",
            (a, _) => MissingSignature(a)),
        Auth("AUTH-C1-VI-AUTHORITY", "(c)(1)(vi)", "representativeAuthorityDescription",
            "A personal representative signed, but the form does not describe their authority to act for the individual. Add the description (for example, guardian or holder of a health-care power of attorney) and supporting documentation.",
            (a, _) => MissingRepresentativeAuthority(a)),

        // (c)(2) statements, (c)(3) plain language
        Auth("AUTH-C2-I", "(c)(2)(i)", "revocationRightStated",
            "The authorization must state the right to revoke it in writing, with either the exceptions and how to revoke or a reference to the notice of privacy practices. Use a form that includes this statement.",
            (a, _) => MissingRevocationStatement(a)),
        Auth("AUTH-C2-II", "(c)(2)(ii)", "conditioningStatementIncluded",
            "The authorization must state whether treatment, payment, enrollment or eligibility may be conditioned on signing it. Use a form that includes this statement.",
            (a, _) => a.ConditioningStatementIncluded != true),
        Auth("AUTH-C2-III", "(c)(2)(iii)", "redisclosureStatementIncluded",
            "The authorization must state that information disclosed may be redisclosed by the recipient and no longer be protected. Use a form that includes this statement.",
            (a, _) => a.RedisclosureStatementIncluded != true),
        Auth("AUTH-C3-PLAIN", "(c)(3)(i)", "plainLanguageConfirmed",
            "The reviewer found that the authorization is not written in plain language. Send an authorization in plain language.",
            (a, _) => a.PlainLanguageConfirmed == false),
        AuthWarning("AUTH-C3-PLAIN-UNREVIEWED", "(c)(3)(i)", "plainLanguageConfirmed",
            "A reviewer has not yet confirmed that the authorization is written in plain language.",
            (a, _) => a.PlainLanguageConfirmed is null),

        // (b)(2) defects
        Auth("AUTH-EXPIRED", "(b)(2)(i)", "expirationDate",
            "The authorization has expired. Send a new authorization with a current expiration date.",
            (a, f) => a.ExpirationDate is { } expires && expires < f.Today),
        Auth("AUTH-EXPIRY-EVENT-OCCURRED", "(b)(2)(i)", "expirationEvent",
            "The event on which the authorization expires is known to have occurred. Send a new authorization.",
            (a, _) => a.ExpirationEventKnownOccurred == true),
        Auth("AUTH-INCOMPLETE", "(b)(2)(ii)", "authorization",
            "The authorization is not filled out completely: a required element or statement is missing (see the other findings). Send a complete authorization.",
            (a, f) => IsIncomplete(a, f)),
        Auth("AUTH-REVOKED", "(b)(2)(iii)", "revokedAt",
            "The authorization has been revoked in writing. Nothing more can be released under it; a new authorization is needed.",
            (a, _) => a.RevokedAt is not null),
        Auth("AUTH-COMPOUND", "(b)(3)", "combinedDocumentKind",
            "The authorization is combined with another document in a way the rule does not allow. Send it as a separate document (it may be combined only with other authorizations, or research documents for research).",
            (a, _) => a.CombinedWithOtherDocument == true && !InvolvesPsychotherapyNotes(a) && !CompoundAllowed(a)),
        Auth("AUTH-CONDITIONED", "(b)(4)", "conditionedOn",
            "Treatment, payment, enrollment or eligibility was made conditional on signing, outside the cases the rule allows. Send an authorization that was not required as a condition.",
            (a, _) => !Text.IsEmpty(a.ConditionedOn) && !ConditioningAllowed(a)),
        Auth("AUTH-FALSE", "(b)(2)(v)", "authorization",
            "Material information in the authorization is known to be false. Send a corrected authorization.",
            (a, _) => a.KnownFalse == true),

        // psychotherapy notes
        Auth("AUTH-PSYNOTES-NOT-DEDICATED", "(a)(2)", "isForPsychotherapyNotes",
            "Psychotherapy notes can be released only under an authorization dedicated to them, and not together with other records. Send a separate authorization for psychotherapy notes, and request other records separately.",
            (a, f) => PsychotherapyNotesNotDedicated(a, f)),
        Auth("AUTH-PSYNOTES-COMPOUND", "(b)(3)(ii)", "combinedDocumentKind",
            "An authorization for psychotherapy notes may be combined only with another authorization for psychotherapy notes. Send the psychotherapy-notes authorization as a separate document.",
            (a, _) => a.CombinedWithOtherDocument == true && InvolvesPsychotherapyNotes(a)
                && !(a.IsForPsychotherapyNotes == true && a.CombinedDocumentKind == CombinedDocumentKind.PsychotherapyNotesAuthorization)),

        // marketing and sale
        Auth("AUTH-MARKETING", "(a)(3)(ii)", "marketingRemunerationStated",
            "The authorization is for marketing that involves payment to the covered entity, but it does not say so. Use a form that states the remuneration.",
            (a, _) => a.IsForMarketing == true && a.MarketingInvolvesRemuneration == true && a.MarketingRemunerationStated != true),
        Auth("AUTH-SALE", "(a)(4)(i)", "saleRemunerationStated",
            "The disclosure is a sale of protected health information, but the authorization does not state that it will result in remuneration. Use a form that states it.",
            (a, _) => a.IsSaleOfPhi == true && a.SaleRemunerationStated != true),

        // scope: the disclosure must be consistent with the authorization, (a)(1)
        Auth("AUTH-DISCLOSER-MISMATCH", "(c)(1)(ii)", "authorizedDisclosers",
            "The authorization does not name this organization as one that may disclose the information. Send an authorization naming this organization.",
            (a, f) => !Text.HasNoText(a.AuthorizedDisclosers) && !Text.AnyNameMatches(a.AuthorizedDisclosers, f.CoveredEntityName)),
        Auth("AUTH-RECIPIENT-MISMATCH", "(a)(1)", "recipients",
            "The recipient on the request is not a recipient named in the authorization. Correct the request or send an authorization naming this recipient.",
            (a, f) => !Text.HasNoText(a.Recipients) && !Text.IsBlank(f.RecipientName) && !Text.AnyNameMatches(a.Recipients, f.RecipientName)),
        Auth("AUTH-PURPOSE-MISMATCH", "(a)(1)", "purposes",
            "The purpose on the request is not a purpose stated in the authorization. Correct the request or send an authorization stating this purpose.",
            (a, f) => !Text.HasNoText(a.Purposes) && a.PurposeAtRequestOfIndividual != true && !Text.IsBlank(f.Purpose) && !Text.PurposeCovered(a.Purposes, f.Purpose)),
        Auth("AUTH-SCOPE-DATES", "(a)(1)", "coversFrom",
            "The request asks for records from dates the authorization does not cover. Narrow the requested dates or send an authorization covering them.",
            (a, f) => Scope.DatesExceed(a.CoversFrom, a.CoversTo, f)),
        Auth("AUTH-SCOPE-CATEGORIES", "(a)(1)", "coveredCategories",
            "The request asks for record types the authorization does not cover. Narrow the request or send an authorization covering them.",
            (a, f) => Scope.CategoriesExceed(a.CoveredCategories, f)),
    ];

    private static EvidenceRule Auth(string code, string paragraph, string field, string message, Func<AuthorizationEvidence, RequestFacts, bool> isViolated) =>
        EvidenceRule.Defect(code, Cfr + paragraph, Field(field), message, Applies, ctx => isViolated(ctx.Evidence.Authorization!, ctx.Facts));

    private static EvidenceRule AuthWarning(string code, string paragraph, string field, string message, Func<AuthorizationEvidence, RequestFacts, bool> isViolated) =>
        EvidenceRule.Warning(code, Cfr + paragraph, Field(field), message, Applies, ctx => isViolated(ctx.Evidence.Authorization!, ctx.Facts));

    private static string Field(string field) => field == "authorization" ? field : $"authorization.{field}";

    private static bool Applies(EvidenceContext ctx) => ctx.Basis == LegalBasis.Authorization && ctx.Evidence.Authorization is not null;

    internal static bool MissingExpiration(AuthorizationEvidence a) =>
        a.ExpirationDate is null
        && (a.ExpirationKind is null || (a.ExpirationKind == ExpirationKind.DescribedEvent && Text.IsBlank(a.ExpirationEvent)));

    private static bool MissingSignature(AuthorizationEvidence a) => a.SignaturePresent != true || a.SignedOn is null;

    private static bool MissingRepresentativeAuthority(AuthorizationEvidence a) =>
        a.SignedByPersonalRepresentative == true && Text.IsBlank(a.RepresentativeAuthorityDescription);

    private static bool MissingRevocationStatement(AuthorizationEvidence a) =>
        a.RevocationRightStated != true || a.RevocationProcedureOrNppReferenceStated != true;

    /// <summary>(b)(2)(ii): a (c) element or statement is missing.</summary>
    private static bool IsIncomplete(AuthorizationEvidence a, RequestFacts facts) =>
        Text.IsBlank(a.InformationDescription)
        || Text.HasNoText(a.AuthorizedDisclosers)
        || Text.HasNoText(a.Recipients)
        || (Text.HasNoText(a.Purposes) && (a.PurposeAtRequestOfIndividual != true || !facts.IndividualInitiated))
        || MissingExpiration(a)
        || MissingSignature(a)
        || MissingRepresentativeAuthority(a)
        || MissingRevocationStatement(a)
        || a.ConditioningStatementIncluded != true
        || a.RedisclosureStatementIncluded != true;

    private static bool InvolvesPsychotherapyNotes(AuthorizationEvidence a) =>
        a.IsForPsychotherapyNotes == true || a.CombinedDocumentKind == CombinedDocumentKind.PsychotherapyNotesAuthorization;

    /// <summary>(b)(3)(i) research with research documents; (b)(3)(iii) authorizations with each other unless something was conditioned.</summary>
    private static bool CompoundAllowed(AuthorizationEvidence a) => a.CombinedDocumentKind switch
    {
        CombinedDocumentKind.ResearchConsent => a.IsForResearch == true,
        CombinedDocumentKind.OtherAuthorization or CombinedDocumentKind.Part2Consent => Text.IsEmpty(a.ConditionedOn),
        _ => false,
    };

    /// <summary>(b)(4)(i)-(iii): the only cases in which signing may be made a condition.</summary>
    private static bool ConditioningAllowed(AuthorizationEvidence a)
    {
        var conditions = a.ConditionedOn ?? [];
        return a.ConditioningBasis switch
        {
            ConditioningBasis.ResearchRelatedTreatment => a.IsForResearch == true && conditions.All(c => c == ConditionedOn.Treatment),
            ConditioningBasis.HealthPlanEnrollment => a.IsForPsychotherapyNotes != true && conditions.All(c => c is ConditionedOn.Enrollment or ConditionedOn.Eligibility),
            ConditioningBasis.CareSolelyForThirdParty => conditions.All(c => c == ConditionedOn.Treatment),
            _ => false,
        };
    }

    /// <summary>(a)(2) with (b)(3)(ii): psychotherapy notes only under a dedicated authorization, not mixed with other records.</summary>
    private static bool PsychotherapyNotesNotDedicated(AuthorizationEvidence a, RequestFacts facts)
    {
        var dedicated = a.IsForPsychotherapyNotes == true;
        if (!facts.HasPsychotherapyNotes && !dedicated)
        {
            return false;
        }

        var coversOnlyNotes = a.CoveredCategories is null || a.CoveredCategories.All(c => c == DocumentCategory.PsychotherapyNote);
        var requestsOnlyNotes = facts.RequestedCategories.All(c => c == DocumentCategory.PsychotherapyNote);
        return !(dedicated && coversOnlyNotes && requestsOnlyNotes);
    }
}
