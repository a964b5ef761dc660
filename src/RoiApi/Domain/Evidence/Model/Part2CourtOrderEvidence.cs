namespace RoiApi.Domain.Evidence;

/// <summary>
/// A 42 CFR part 2 Subpart E order (sections 2.61-2.67) authorizing disclosure of SUD records. A subpoena alone
/// never releases Part 2 records (42 CFR 2.61); the order authorizes but does not itself compel.
/// </summary>
public sealed record Part2CourtOrderEvidence
{
    /// <summary>Entered by a court of competent jurisdiction after the Subpart E procedure.</summary>
    public bool? IssuedByCourt { get; init; }

    /// <summary>The Subpart E section relied on, e.g. "2.64" (non-criminal) or "2.65" (criminal).</summary>
    public string? AuthorizingSection { get; init; }

    /// <summary>42 CFR 2.63(a): the order expressly reaches confidential communications (needed for SUD counseling notes).</summary>
    public bool? CoversConfidentialCommunications { get; init; }
}
