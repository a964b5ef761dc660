namespace RoiApi.Domain;

/// <summary>Why the records may be released: chosen at intake, it drives everything downstream (DOMAIN.md, the model).</summary>
public enum LegalBasis
{
    /// <summary>45 CFR 164.524: the patient (or their personal representative) asks for their own records.</summary>
    IndividualAccess,

    /// <summary>45 CFR 164.524(c)(3)(ii): the patient directs an electronic copy to a named third party.</summary>
    ThirdPartyDirective,

    /// <summary>45 CFR 164.508: a signed authorization.</summary>
    Authorization,

    /// <summary>45 CFR 164.512(e): court or tribunal order, or subpoena with satisfactory assurance.</summary>
    JudicialOrAdministrative,

    /// <summary>45 CFR 164.512(f): warrant, court order, grand-jury subpoena or administrative request.</summary>
    LawEnforcement,

    /// <summary>Other 45 CFR 164.512 permissions: public health, oversight, coroner, research waiver, workers' compensation.</summary>
    OtherPermitted,

    /// <summary>45 CFR 164.506: treatment, payment or health-care operations.</summary>
    TreatmentPaymentOperations,
}
