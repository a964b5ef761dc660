namespace RoiApi.Domain.Evidence;

/// <summary>45 CFR 164.512(f) law-enforcement process or request.</summary>
public sealed record LawEnforcementEvidence
{
    /// <summary>The form of the process (warrant, court order, grand-jury subpoena, administrative request, ...).</summary>
    public LawEnforcementProcess? Process { get; init; }

    /// <summary>Who issued it; a <see cref="LawEnforcementProcess.JudicialSubpoena"/> must come from a judicial officer.</summary>
    public ProcessIssuer? IssuedBy { get; init; }

    /// <summary>(f)(1)(i) the law that requires the disclosure, for <see cref="LawEnforcementProcess.RequiredByLaw"/>.</summary>
    public string? LawRequiringDisclosure { get; init; }

    /// <summary>45 CFR 164.514(h)(2)(ii) the public official's identity was verified (badge, credentials, letterhead).</summary>
    public bool? OfficialIdentityVerified { get; init; }

    /// <summary>(f)(1)(ii)(C)(1) relevant and material to a legitimate law-enforcement inquiry.</summary>
    public bool? RelevantAndMaterial { get; init; }

    /// <summary>(f)(1)(ii)(C)(2) specific and limited in scope as far as practicable.</summary>
    public bool? SpecificAndLimited { get; init; }

    /// <summary>(f)(1)(ii)(C)(3) de-identified information could not reasonably be used.</summary>
    public bool? DeidentifiedInformationInsufficient { get; init; }

    /// <summary>(f)(2) whom the identification or location request concerns.</summary>
    public IdentificationPurpose? IdentificationPurpose { get; init; }

    /// <summary>(f)(2) the data elements asked for; values from <see cref="IdentificationElements"/>.</summary>
    public IReadOnlyList<string>? RequestedElements { get; init; }

    /// <summary>First date of the information the order or warrant covers (null = not limited).</summary>
    public DateOnly? CoversFrom { get; init; }

    /// <summary>Last date of the information the order or warrant covers (null = not limited).</summary>
    public DateOnly? CoversTo { get; init; }

    /// <summary>Record categories the order or warrant expressly covers (null = not itemized).</summary>
    public IReadOnlyList<DocumentCategory>? CoveredCategories { get; init; }

    /// <summary>Sensitivity labels the order expressly covers (e.g. HIV under a state pack).</summary>
    public IReadOnlyList<string>? ExpresslyCoveredLabels { get; init; }
}

/// <summary>The 45 CFR 164.512(f)(2)(i) allowlist and the (f)(2)(ii) prohibited elements, as wire values.</summary>
public static class IdentificationElements
{
    public const string NameAndAddress = "nameAndAddress";
    public const string DateAndPlaceOfBirth = "dateAndPlaceOfBirth";
    public const string SocialSecurityNumber = "socialSecurityNumber";
    public const string AboBloodTypeAndRhFactor = "aboBloodTypeAndRhFactor";
    public const string TypeOfInjury = "typeOfInjury";
    public const string DateAndTimeOfTreatment = "dateAndTimeOfTreatment";
    public const string DateAndTimeOfDeath = "dateAndTimeOfDeath";
    public const string DistinguishingPhysicalCharacteristics = "distinguishingPhysicalCharacteristics";

    public const string Dna = "dna";
    public const string DentalRecords = "dentalRecords";
    public const string BodyFluidOrTissue = "bodyFluidOrTissue";

    /// <summary>(f)(2)(i)(A)-(H): the only elements an identification or location request may receive.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        NameAndAddress, DateAndPlaceOfBirth, SocialSecurityNumber, AboBloodTypeAndRhFactor,
        TypeOfInjury, DateAndTimeOfTreatment, DateAndTimeOfDeath, DistinguishingPhysicalCharacteristics,
    };

    /// <summary>(f)(2)(ii): DNA or DNA analysis, dental records, typing, samples or analysis of body fluids or tissue.</summary>
    public static readonly IReadOnlySet<string> Prohibited = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Dna, DentalRecords, BodyFluidOrTissue,
    };
}
