namespace RoiApi.Domain.Evidence;

/// <summary>45 CFR 164.524(c)(3)(ii): the individual directs an electronic copy of PHI in an EHR to a third party.</summary>
public sealed record DirectiveEvidence
{
    /// <summary>The directive is in writing and signed by the individual.</summary>
    public bool? SignedByIndividual { get; init; }

    /// <summary>Date of the signature.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>The designated person, clearly identified.</summary>
    public string? DesignatedRecipient { get; init; }

    /// <summary>Where to send the copy, clearly identified.</summary>
    public string? Destination { get; init; }

    /// <summary>An electronic copy of PHI in an EHR is directed (after Ciox v. Azar, paper copies need an authorization).</summary>
    public bool? ElectronicCopyOfEhr { get; init; }
}
