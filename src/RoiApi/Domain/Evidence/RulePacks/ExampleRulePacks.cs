namespace RoiApi.Domain.Evidence;

/// <summary>
/// EXAMPLE packs showing how state rules are configured. They illustrate the mechanism; they are not legal
/// advice and are not a complete statement of any state's law. Citations should be verified before real use.
/// </summary>
public static class ExampleRulePacks
{
    /// <summary>EXAMPLE: New York, HIV-related information (Public Health Law article 27-F) and genetic tests (Civil Rights Law 79-l).</summary>
    public static RulePack NewYork { get; } = new(
        "example-ny",
        "EXAMPLE - New York (HIV under PHL article 27-F; genetic tests under CRL 79-l)",
        IsExample: true,
        ProtectedLabels:
        [
            new ProtectedLabelRule(
                SensitivityLabel.Hiv,
                SpecificAuthorization: new PackRequirement(
                    "STATE-NY-HIV-AUTH", "N.Y. Pub. Health Law 2780(9), 2782(1)",
                    "The release includes HIV-related information. New York requires a release that specifically authorizes disclosure of HIV-related information; a general authorization is not enough. Send an HIV-specific release (for example OCA Form 960 or DOH-2557)."),
                CourtOrder: new PackRequirement(
                    "STATE-NY-HIV-ORDER", "N.Y. Pub. Health Law 2785",
                    "The release includes HIV-related information. New York allows its disclosure under legal process only with a court order that specifically covers it; a subpoena is not enough. Send such an order, or narrow the request to exclude it."),
                RedisclosureStatement: new RedisclosureStatement(
                    "STATE-NY-HIV-REDISCLOSURE", "N.Y. Pub. Health Law 2782(5)",
                    "This information has been disclosed to you from confidential records which are protected by state law. State law prohibits you from making any further disclosure of this information without the specific written consent of the person to whom it pertains, or as otherwise permitted by law. Any unauthorized further disclosure in violation of state law may result in a fine or jail sentence or both. A general authorization for the release of medical or other information is NOT sufficient authorization for further disclosure.")),
            new ProtectedLabelRule(
                SensitivityLabel.Gdis,
                SpecificAuthorization: new PackRequirement(
                    "STATE-NY-GENETIC-AUTH", "N.Y. Civ. Rights Law 79-l",
                    "The release includes genetic test results. New York requires written consent that specifically covers genetic test results. Send an authorization that names them.")),
        ]);

    /// <summary>EXAMPLE: Washington shield law, reproductive-health attestation for non-consent requests.</summary>
    public static RulePack Washington { get; } = new(
        "example-wa",
        "EXAMPLE - Washington (shield-law attestation for reproductive health care)",
        IsExample: true,
        ProtectedLabels: [],
        ReproductiveHealthAttestation: new AttestationRequirement(
            RequiredFor: [LegalBasis.JudicialOrAdministrative, LegalBasis.LawEnforcement, LegalBasis.OtherPermitted],
            TriggerLabels: [SensitivityLabel.Sex, SensitivityLabel.Pregnant],
            Finding: new PackRequirement(
                "STATE-WA-REPRO-ATTESTATION", "Wash. HB 1469 (2023), shield law",
                "The release may include information about reproductive health care. Washington policy requires the requester's signed, dated attestation that the information will not be used for a purpose the state's shield law prohibits. Send the signed attestation.")));

    public static IReadOnlyList<RulePack> All { get; } = [NewYork, Washington];
}
