namespace RoiApi.Domain.Evidence;

/// <summary>The structured fields of a 45 CFR 164.508 authorization, as read from the signed form.</summary>
public sealed record AuthorizationEvidence
{
    // (c)(1) core elements

    /// <summary>(c)(1)(i) description of the information, in a specific and meaningful fashion.</summary>
    public string? InformationDescription { get; init; }

    /// <summary>(c)(1)(ii) persons or class authorized to make the disclosure; must include this covered entity.</summary>
    public IReadOnlyList<string>? AuthorizedDisclosers { get; init; }

    /// <summary>(c)(1)(iii) recipients or class of recipients.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>(c)(1)(iv) each purpose.</summary>
    public IReadOnlyList<string>? Purposes { get; init; }

    /// <summary>(c)(1)(iv) the purpose is stated as "at the request of the individual" (sufficient when the individual initiates).</summary>
    public bool? PurposeAtRequestOfIndividual { get; init; }

    /// <summary>(c)(1)(v) expiration date.</summary>
    public DateOnly? ExpirationDate { get; init; }

    /// <summary>(c)(1)(v) expiration event kind, when the form states an event rather than (or as well as) a date.</summary>
    public ExpirationKind? ExpirationKind { get; init; }

    /// <summary>(c)(1)(v) the event's text when <see cref="ExpirationKind"/> is <see cref="Evidence.ExpirationKind.DescribedEvent"/>.</summary>
    public string? ExpirationEvent { get; init; }

    /// <summary>The authorization is for research; allows "end of the research study" or "none" expiry.</summary>
    public bool? IsForResearch { get; init; }

    /// <summary>(c)(1)(vi) the form is signed.</summary>
    public bool? SignaturePresent { get; init; }

    /// <summary>(c)(1)(vi) the date of the signature.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>A personal representative signed instead of the individual.</summary>
    public bool? SignedByPersonalRepresentative { get; init; }

    /// <summary>(c)(1)(vi) the representative's authority to act for the individual (e.g. "court-appointed guardian").</summary>
    public string? RepresentativeAuthorityDescription { get; init; }

    // (c)(2) required statements

    /// <summary>(c)(2)(i) the right to revoke in writing is stated.</summary>
    public bool? RevocationRightStated { get; init; }

    /// <summary>(c)(2)(i)(A)/(B) the exceptions and how to revoke are stated, or the notice of privacy practices is referenced.</summary>
    public bool? RevocationProcedureOrNppReferenceStated { get; init; }

    /// <summary>(c)(2)(ii) the conditioning statement (may not condition, or the consequences of refusing).</summary>
    public bool? ConditioningStatementIncluded { get; init; }

    /// <summary>(c)(2)(iii) the redisclosure statement.</summary>
    public bool? RedisclosureStatementIncluded { get; init; }

    /// <summary>(c)(3) a reviewer confirmed the form is in plain language; null = not yet reviewed.</summary>
    public bool? PlainLanguageConfirmed { get; init; }

    // (b)(3) compound, (b)(4) conditioning

    /// <summary>(b)(3) the authorization is combined with another document.</summary>
    public bool? CombinedWithOtherDocument { get; init; }

    /// <summary>(b)(3) what it is combined with.</summary>
    public CombinedDocumentKind? CombinedDocumentKind { get; init; }

    /// <summary>(b)(4) what the covered entity conditioned on signing (empty or null = nothing).</summary>
    public IReadOnlyList<ConditionedOn>? ConditionedOn { get; init; }

    /// <summary>(b)(4)(i)-(iii) the exception relied on when something is conditioned.</summary>
    public ConditioningBasis? ConditioningBasis { get; init; }

    /// <summary>(a)(2) the authorization is dedicated to psychotherapy notes.</summary>
    public bool? IsForPsychotherapyNotes { get; init; }

    // (a)(3) marketing, (a)(4) sale

    public bool? IsForMarketing { get; init; }

    /// <summary>(a)(3)(ii) the marketing involves financial remuneration to the covered entity from a third party.</summary>
    public bool? MarketingInvolvesRemuneration { get; init; }

    /// <summary>(a)(3)(ii) the form states that remuneration is involved.</summary>
    public bool? MarketingRemunerationStated { get; init; }

    /// <summary>(a)(4) the disclosure is a sale of PHI.</summary>
    public bool? IsSaleOfPhi { get; init; }

    /// <summary>(a)(4)(i) the form states that the disclosure will result in remuneration.</summary>
    public bool? SaleRemunerationStated { get; init; }

    // (b)(2) defects known to the covered entity

    /// <summary>(b)(2)(v) material information in the form is known to be false.</summary>
    public bool? KnownFalse { get; init; }

    /// <summary>(b)(2)(i) the expiration event is known to have occurred.</summary>
    public bool? ExpirationEventKnownOccurred { get; init; }

    /// <summary>(b)(5) when the written revocation was received; null = not revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    // scope

    /// <summary>First date of the information covered (null = not limited by the form).</summary>
    public DateOnly? CoversFrom { get; init; }

    /// <summary>Last date of the information covered (null = not limited by the form).</summary>
    public DateOnly? CoversTo { get; init; }

    /// <summary>Record categories covered (null = not itemized; the description governs).</summary>
    public IReadOnlyList<DocumentCategory>? CoveredCategories { get; init; }

    /// <summary>Sensitivity labels the form specifically authorizes (e.g. HIV), for state rule packs.</summary>
    public IReadOnlyList<string>? SpecificallyAuthorizedLabels { get; init; }
}
