namespace RoiApi.Domain.Evidence;

/// <summary>
/// The evidence a request rests on: body of <c>PUT /v1/requests/{id}/evidence</c> and the jsonb column.
/// <see cref="Kind"/> names the primary document; only the section(s) it needs are read. Every element the
/// law requires is optional here on purpose: a missing element is a finding (422), not a malformed body.
/// </summary>
public sealed record EvidenceSubmission
{
    /// <summary>Required; a missing or mismatched kind is bad input (400), see <see cref="EvidenceInputChecks"/>.</summary>
    public EvidenceKind? Kind { get; init; }

    public AuthorizationEvidence? Authorization { get; init; }

    /// <summary>42 CFR 2.31 consent: needed next to an authorization when the release contains Part 2 records.</summary>
    public Part2ConsentEvidence? Part2Consent { get; init; }

    /// <summary>164.512(e) court order or subpoena.</summary>
    public LegalProcessEvidence? LegalProcess { get; init; }

    /// <summary>164.512(f) law-enforcement request.</summary>
    public LawEnforcementEvidence? LawEnforcement { get; init; }

    /// <summary>42 CFR 2.61 (Subpart E) order, needed next to legal process when the release contains Part 2 records.</summary>
    public Part2CourtOrderEvidence? Part2CourtOrder { get; init; }

    /// <summary>164.524(c)(3)(ii) third-party directive.</summary>
    public DirectiveEvidence? Directive { get; init; }

    /// <summary>Reproductive-health attestation: read only when the active rule pack requires one.</summary>
    public AttestationEvidence? Attestation { get; init; }

    /// <summary>No evidence at all (e.g. individual access, or nothing submitted yet).</summary>
    public static EvidenceSubmission Empty { get; } = new();
}
