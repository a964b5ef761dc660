namespace RoiApi.Domain.Evidence;

/// <summary>Which document the submission rests on. It must fit the request's legal basis (checked as input, 400).</summary>
public enum EvidenceKind
{
    /// <summary>45 CFR 164.508 authorization (section <c>authorization</c>).</summary>
    Authorization,

    /// <summary>42 CFR 2.31 consent on its own, for treatment, payment and health care operations (section <c>part2Consent</c>). Next to an authorization, use kind Authorization with both sections.</summary>
    Part2Consent,

    /// <summary>45 CFR 164.512(e)(1)(i) order of a court or administrative tribunal (section <c>legalProcess</c>).</summary>
    CourtOrder,

    /// <summary>45 CFR 164.512(e)(1)(ii) subpoena, discovery request or other lawful process without an order (section <c>legalProcess</c>).</summary>
    Subpoena,

    /// <summary>45 CFR 164.512(f) law-enforcement process or request (section <c>lawEnforcement</c>).</summary>
    LawEnforcementRequest,

    /// <summary>45 CFR 164.524(c)(3)(ii) directive to send an electronic copy to a third party (section <c>directive</c>).</summary>
    Directive,
}

/// <summary>How the expiration is expressed when it is not a calendar date.</summary>
public enum ExpirationKind
{
    /// <summary>A described event relating to the individual or the purpose (text in <c>expirationEvent</c>).</summary>
    DescribedEvent,

    /// <summary>"End of the research study": research only (164.508(c)(1)(v); 42 CFR 2.31(a)(7)).</summary>
    EndOfResearchStudy,

    /// <summary>"End of treatment": Part 2 TPO consents; a described event for a HIPAA authorization.</summary>
    EndOfTreatment,

    /// <summary>"None": research only under HIPAA; research or TPO under Part 2.</summary>
    None,
}

/// <summary>What an authorization is physically combined with (45 CFR 164.508(b)(3)).</summary>
public enum CombinedDocumentKind
{
    /// <summary>Another (non-psychotherapy-notes) authorization: allowed unless something was conditioned, (b)(3)(iii).</summary>
    OtherAuthorization,

    /// <summary>An authorization for psychotherapy notes.</summary>
    PsychotherapyNotesAuthorization,

    /// <summary>A 42 CFR Part 2 consent (a combined HIPAA/Part 2 form is treated as combining authorizations).</summary>
    Part2Consent,

    /// <summary>Research: consent to participate, another research authorization or a research-database authorization, (b)(3)(i).</summary>
    ResearchConsent,

    /// <summary>Consent for treatment, admission papers and the like.</summary>
    ConsentForTreatment,

    /// <summary>Notice of privacy practices acknowledgement.</summary>
    NoticeOfPrivacyPractices,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>What the covered entity made depend on signing (45 CFR 164.508(b)(4)).</summary>
public enum ConditionedOn
{
    Treatment,
    Payment,
    Enrollment,
    Eligibility,
}

/// <summary>The (b)(4) exceptions under which conditioning is allowed.</summary>
public enum ConditioningBasis
{
    /// <summary>(b)(4)(i) research-related treatment, with a research authorization.</summary>
    ResearchRelatedTreatment,

    /// <summary>(b)(4)(ii) health-plan enrollment, eligibility or underwriting before enrollment (never psychotherapy notes).</summary>
    HealthPlanEnrollment,

    /// <summary>(b)(4)(iii) care provided solely to create PHI for a third party, e.g. an independent medical examination.</summary>
    CareSolelyForThirdParty,
}

/// <summary>Who issued a piece of legal process.</summary>
public enum ProcessIssuer
{
    /// <summary>A judge or magistrate of a court.</summary>
    Judge,

    /// <summary>An administrative tribunal.</summary>
    AdministrativeTribunal,

    /// <summary>A court clerk (a clerk-issued subpoena is not a court order).</summary>
    CourtClerk,

    /// <summary>An attorney (an attorney-issued subpoena is not a court order).</summary>
    Attorney,

    /// <summary>A grand jury.</summary>
    GrandJury,

    /// <summary>A government agency (administrative subpoena, civil investigative demand).</summary>
    Agency,

    Other,
}

/// <summary>Outcome of objections after notice to the individual (45 CFR 164.512(e)(1)(iii)(C)).</summary>
public enum ObjectionStatus
{
    /// <summary>No objection was filed in the period.</summary>
    NoneFiled,

    /// <summary>All objections were resolved by the court or tribunal.</summary>
    Resolved,

    /// <summary>At least one objection is still open.</summary>
    Pending,
}

/// <summary>Where the qualified protective order stands (45 CFR 164.512(e)(1)(iv)(A)/(B)).</summary>
public enum QpoStatus
{
    /// <summary>(iv)(A) the parties agreed to a QPO and presented it to the court or tribunal.</summary>
    AgreedAndPresentedToCourt,

    /// <summary>(iv)(B) the requesting party asked the court or tribunal for a QPO.</summary>
    RequestedFromCourt,

    /// <summary>The court or tribunal entered the QPO.</summary>
    EnteredByCourt,
}

/// <summary>The form of a 45 CFR 164.512(f) law-enforcement request.</summary>
public enum LawEnforcementProcess
{
    /// <summary>(f)(1)(i) required by law, e.g. a wound-reporting statute.</summary>
    RequiredByLaw,

    /// <summary>(f)(1)(ii)(A) court-ordered warrant.</summary>
    Warrant,

    /// <summary>(f)(1)(ii)(A) court order.</summary>
    CourtOrder,

    /// <summary>(f)(1)(ii)(A) subpoena or summons issued by a judicial officer.</summary>
    JudicialSubpoena,

    /// <summary>(f)(1)(ii)(B) grand-jury subpoena.</summary>
    GrandJurySubpoena,

    /// <summary>(f)(1)(ii)(C) administrative request, administrative subpoena or civil investigative demand.</summary>
    AdministrativeRequest,

    /// <summary>(f)(2) request for identification or location information only.</summary>
    IdentificationOrLocation,
}

/// <summary>Whom an (f)(2) identification or location request concerns.</summary>
public enum IdentificationPurpose
{
    Suspect,
    Fugitive,
    MaterialWitness,
    MissingPerson,
}
