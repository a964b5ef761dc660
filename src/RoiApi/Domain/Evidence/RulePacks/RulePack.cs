namespace RoiApi.Domain.Evidence;

/// <summary>
/// A jurisdiction's rules as configuration (appsettings or a table), layered on the federal rules. Adding a
/// protected label or turning on an attestation adds rule-table entries; no code changes.
/// </summary>
/// <param name="Id">Stable id used on requests, e.g. <c>example-ny</c>.</param>
/// <param name="Name">Display name; example packs say so.</param>
/// <param name="IsExample">True for the illustrative packs shipped with the code (not legal advice).</param>
/// <param name="ProtectedLabels">Extra protected sensitivity labels and what releasing them requires.</param>
/// <param name="ReproductiveHealthAttestation">Attestation requirement, or null (the federal default since the 45 CFR 164.509 vacatur).</param>
public sealed record RulePack(
    string Id,
    string Name,
    bool IsExample,
    IReadOnlyList<ProtectedLabelRule> ProtectedLabels,
    AttestationRequirement? ReproductiveHealthAttestation = null);

/// <summary>What a state requires before a record carrying <paramref name="Label"/> may be released.</summary>
/// <param name="Label">HL7 sensitivity label, e.g. <c>HIV</c>.</param>
/// <param name="SpecificAuthorization">Consent-based releases need an authorization that specifically names this label; null = no extra requirement.</param>
/// <param name="CourtOrder">Legal-process releases need an order that expressly covers this label; null = no extra requirement.</param>
/// <param name="RedisclosureStatement">Statement that must accompany every release of the label; null = none.</param>
public sealed record ProtectedLabelRule(
    string Label,
    PackRequirement? SpecificAuthorization,
    PackRequirement? CourtOrder = null,
    RedisclosureStatement? RedisclosureStatement = null);

/// <summary>The finding a pack requirement produces when it is not met.</summary>
public sealed record PackRequirement(string Code, string Citation, string Message);

/// <summary>A state's redisclosure statement that travels with the released records.</summary>
public sealed record RedisclosureStatement(string Code, string Citation, string Text);

/// <summary>
/// A requester attestation for records potentially related to reproductive health care, required for the listed
/// legal bases when the release carries one of the trigger labels.
/// </summary>
public sealed record AttestationRequirement(
    IReadOnlyList<LegalBasis> RequiredFor,
    IReadOnlyList<string> TriggerLabels,
    PackRequirement Finding);
