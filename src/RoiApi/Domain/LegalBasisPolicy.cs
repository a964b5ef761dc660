namespace RoiApi.Domain;

/// <summary>What a legal basis implies downstream: the table "The model in one page" of DOMAIN.md, as data.</summary>
/// <param name="EvidenceRequired">Whether a document (authorization, order, subpoena, directive) must be validated before release.</param>
/// <param name="MinimumNecessary">Whether 45 CFR 164.502(b) minimum necessary applies.</param>
/// <param name="Accountable">Whether a release must appear in the accounting of disclosures (45 CFR 164.528(a)(1)).</param>
/// <param name="ClockDays">Calendar days from receipt to the due date.</param>
/// <param name="Citation">Where the basis comes from.</param>
/// <param name="Label">A short human label for letters and the packet's cover.</param>
public sealed record LegalBasisPolicy(
    bool EvidenceRequired,
    bool MinimumNecessary,
    bool Accountable,
    int ClockDays,
    string Citation,
    string Label)
{
    private static readonly Dictionary<LegalBasis, LegalBasisPolicy> Table = new()
    {
        // 164.524(b)(2): act within 30 days; access is excluded from the accounting by 164.528(a)(1)(ii).
        [LegalBasis.IndividualAccess] = new(false, false, false, 30, "45 CFR 164.524", "Individual access"),
        [LegalBasis.ThirdPartyDirective] = new(true, false, false, 30, "45 CFR 164.524(c)(3)(ii)", "Third-party directive"),

        // Authorized disclosures: no minimum necessary (164.502(b)(2)(iii)), not accountable (164.528(a)(1)(iv)).
        // Their clock is the hospital's policy; 30 days until a jurisdiction rule sets another.
        [LegalBasis.Authorization] = new(true, false, false, 30, "45 CFR 164.508", "Authorization"),

        // Every 164.512 disclosure is accountable (164.528(a)(1)) and minimum necessary applies (164.514(d)(3)).
        [LegalBasis.JudicialOrAdministrative] = new(true, true, true, 30, "45 CFR 164.512(e)", "Judicial or administrative proceeding"),
        [LegalBasis.LawEnforcement] = new(true, true, true, 30, "45 CFR 164.512(f)", "Law enforcement"),
        [LegalBasis.OtherPermitted] = new(true, true, true, 30, "45 CFR 164.512", "Other permitted purpose"),

        // TPO is excluded from the accounting (164.528(a)(1)(i)); minimum necessary applies except for treatment.
        [LegalBasis.TreatmentPaymentOperations] = new(false, true, false, 30, "45 CFR 164.506", "Treatment, payment or operations"),
    };

    public static LegalBasisPolicy For(LegalBasis basis) => Table[basis];
}
