namespace RoiApi.Domain.Evidence;

/// <summary>45 CFR 164.524(c)(3)(ii): an individual's directive to send an electronic copy to a third party.</summary>
public static class DirectiveRules
{
    private const string Citation = "45 CFR 164.524(c)(3)(ii)";

    public static IReadOnlyList<EvidenceRule> All { get; } =
    [
        EvidenceRule.Defect(
            "DIR-MISSING", Citation, "directive",
            "The request relies on the individual's directive to send a copy to a third party, but no directive was submitted. Send the signed directive.",
            ctx => ctx.Basis == LegalBasis.ThirdPartyDirective,
            ctx => ctx.Evidence.Directive is null),
        Directive("DIR-SIGNED", "signedByIndividual",
            "The directive must be in writing, signed and dated by the individual. Send a signed and dated directive.",
            (d, _) => d.SignedByIndividual != true || d.SignedOn is null),
        Directive("DIR-RECIPIENT", "designatedRecipient",
            "The directive must clearly identify the person who is to receive the copy.",
            (d, _) => Text.IsBlank(d.DesignatedRecipient)),
        Directive("DIR-DESTINATION", "destination",
            "The directive must clearly identify where to send the copy.",
            (d, _) => Text.IsBlank(d.Destination)),
        Directive("DIR-RECIPIENT-MISMATCH", "designatedRecipient",
            "The recipient on the request is not the person designated in the directive. Correct the request or send a new directive.",
            (d, f) => !Text.IsBlank(d.DesignatedRecipient) && !Text.IsBlank(f.RecipientName) && !Text.SameName(d.DesignatedRecipient, f.RecipientName)),
        Directive("DIR-NOT-ELECTRONIC", "electronicCopyOfEhr",
            "A directive covers only an electronic copy of records held in an electronic health record (Ciox Health v. Azar, 2020). For paper copies or other records, send a HIPAA authorization.",
            (d, _) => d.ElectronicCopyOfEhr == false),
    ];

    private static EvidenceRule Directive(string code, string field, string message, Func<DirectiveEvidence, RequestFacts, bool> isViolated) =>
        EvidenceRule.Defect(
            code, Citation, $"directive.{field}", message,
            ctx => ctx.Basis == LegalBasis.ThirdPartyDirective && ctx.Evidence.Directive is not null,
            ctx => isViolated(ctx.Evidence.Directive!, ctx.Facts));
}
