namespace RoiApi.Domain.Evidence;

/// <summary>The structured fields of a 42 CFR 2.31 consent (as amended by 89 FR 12472, 2024).</summary>
public sealed record Part2ConsentEvidence
{
    /// <summary>(a)(1) the patient's name appears on the form (the name itself is not stored here).</summary>
    public bool? PatientNamePresent { get; init; }

    /// <summary>(a)(2) who may make the use or disclosure; must include this program / covered entity.</summary>
    public IReadOnlyList<string>? AuthorizedDisclosers { get; init; }

    /// <summary>(a)(3) specific and meaningful description of the information.</summary>
    public string? InformationDescription { get; init; }

    /// <summary>(a)(4) recipients by name or class.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>(a)(4) single consent for all future TPO uses and disclosures ("my treating providers, health plans, third-party payers, and people helping to operate this program").</summary>
    public bool? IsSingleTpoConsent { get; init; }

    /// <summary>(a)(4) recipients are covered entities or business associates receiving for TPO.</summary>
    public bool? RecipientsAreCoveredEntitiesForTpo { get; init; }

    /// <summary>(a)(4) the statement that records may be redisclosed under HIPAA except for proceedings against the patient.</summary>
    public bool? HipaaRedisclosureStatementIncluded { get; init; }

    /// <summary>(a)(5) each purpose.</summary>
    public IReadOnlyList<string>? Purposes { get; init; }

    /// <summary>(a)(5) "at the request of the patient".</summary>
    public bool? PurposeAtRequestOfPatient { get; init; }

    /// <summary>(a)(6) right to revoke in writing, how, and the reliance exception.</summary>
    public bool? RevocationStatementIncluded { get; init; }

    /// <summary>(a)(7) expiration date.</summary>
    public DateOnly? ExpirationDate { get; init; }

    /// <summary>(a)(7) expiration event kind.</summary>
    public ExpirationKind? ExpirationKind { get; init; }

    /// <summary>(a)(7) the event text for a described event.</summary>
    public string? ExpirationEvent { get; init; }

    /// <summary>The consent is for research.</summary>
    public bool? IsForResearch { get; init; }

    /// <summary>(a)(8) signed (electronic signature allowed).</summary>
    public bool? SignaturePresent { get; init; }

    /// <summary>(a)(9) date signed.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>(b) the consent is dedicated to SUD counseling notes.</summary>
    public bool? IsForSudCounselingNotes { get; init; }

    /// <summary>(b) combined with another consent or document (allowed only with another SUD-counseling-notes consent).</summary>
    public bool? CombinedWithOtherDocument { get; init; }

    /// <summary>(b) the other document is itself a SUD-counseling-notes consent.</summary>
    public bool? CombinedOnlyWithSudCounselingNotesConsent { get; init; }

    /// <summary>(c)(4) material information is known to be false.</summary>
    public bool? KnownFalse { get; init; }

    /// <summary>(c)(1) the expiration event is known to have occurred.</summary>
    public bool? ExpirationEventKnownOccurred { get; init; }

    /// <summary>(c)(3) when the written revocation was received; null = not revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>First date of the information covered (null = not limited).</summary>
    public DateOnly? CoversFrom { get; init; }

    /// <summary>Last date of the information covered (null = not limited).</summary>
    public DateOnly? CoversTo { get; init; }

    /// <summary>Record categories covered (null = not itemized).</summary>
    public IReadOnlyList<DocumentCategory>? CoveredCategories { get; init; }
}
