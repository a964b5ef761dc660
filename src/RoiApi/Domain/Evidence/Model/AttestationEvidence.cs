namespace RoiApi.Domain.Evidence;

/// <summary>
/// A requester's reproductive-health attestation. Not a federal requirement (the 45 CFR 164.509 rule was vacated in
/// Purl v. HHS, N.D. Tex. 2025); read only when the active rule pack requires one.
/// </summary>
public sealed record AttestationEvidence
{
    /// <summary>The attestation is signed by the requester.</summary>
    public bool? SignaturePresent { get; init; }

    /// <summary>Date of the signature.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>It states that the use or disclosure is not for a purpose the state law prohibits.</summary>
    public bool? StatesPurposeNotProhibited { get; init; }
}
