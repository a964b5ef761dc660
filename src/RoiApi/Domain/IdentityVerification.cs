namespace RoiApi.Domain;

/// <summary>Who the requester is to the patient.</summary>
public enum RequesterRelationship
{
    Self,
    PersonalRepresentative,
    PublicOfficial,
    Organization,
}

/// <summary>The legal authority of a personal representative (45 CFR 164.502(g)).</summary>
public enum RepresentativeAuthority
{
    Guardian,
    PowerOfAttorney,
    Executor,
    Parent,
    Other,
}

/// <summary>
/// How the identity and authority of a request's requester were verified (45 CFR 164.514(h)): method, verifier,
/// time, and for a personal representative the document establishing the authority.
/// </summary>
public sealed class IdentityVerification
{
    public const string MinorConsentReviewCode = "REP-MINOR-CONSENT-REVIEW";

    private IdentityVerification()
    {
    }

    public IdentityVerification(
        Guid id,
        Guid requestId,
        VerificationMethod method,
        RequesterRelationship relationship,
        RepresentativeAuthority? authority,
        string? authorityDocument,
        string? note,
        Actor verifier,
        DateTimeOffset verifiedAt,
        IReadOnlyList<Finding> findings)
    {
        Id = id;
        RequestId = requestId;
        Method = method;
        Relationship = relationship;
        Authority = authority;
        AuthorityDocument = authorityDocument;
        Note = note;
        VerifiedBy = verifier.Subject;
        VerifiedAt = verifiedAt;
        Findings = [.. findings];
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public VerificationMethod Method { get; private set; }

    public RequesterRelationship Relationship { get; private set; }

    public RepresentativeAuthority? Authority { get; private set; }

    /// <summary>What establishes the representative's authority (e.g. "Letters of guardianship, Cook County case 2024-P-123").</summary>
    public string? AuthorityDocument { get; private set; }

    public string? Note { get; private set; }

    public string VerifiedBy { get; private set; } = "";

    public DateTimeOffset VerifiedAt { get; private set; }

    /// <summary>Warnings for a human look, e.g. a parent asking for a minor's records.</summary>
    public List<Finding> Findings { get; private set; } = [];

    /// <summary>
    /// A parent is the personal representative of an unemancipated minor except where the minor lawfully consented
    /// to the care (45 CFR 164.502(g)(3)): state law decides, so the request is flagged for a reviewer.
    /// </summary>
    public static IReadOnlyList<Finding> Review(RequesterRelationship relationship, RepresentativeAuthority? authority, DateOnly patientBirthDate, DateOnly today)
    {
        var minor = patientBirthDate.AddYears(18) > today;
        return relationship == RequesterRelationship.PersonalRepresentative && authority == RepresentativeAuthority.Parent && minor
            ? [Finding.Warning(MinorConsentReviewCode, "45 CFR 164.502(g)(3)", "A parent asks for a minor's records: a reviewer must check for care the minor consented to alone (state law decides), which the parent may not see.", "authority")]
            : [];
    }
}
