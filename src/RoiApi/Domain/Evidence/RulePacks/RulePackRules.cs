namespace RoiApi.Domain.Evidence;

/// <summary>Turns a pack's configuration into rule-table entries: one per protected-label requirement, one for the attestation.</summary>
public static class RulePackRules
{
    public static IReadOnlyList<EvidenceRule> For(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var rules = new List<EvidenceRule>();
        foreach (var label in pack.ProtectedLabels)
        {
            if (label.SpecificAuthorization is { } specific)
            {
                rules.Add(EvidenceRule.Defect(
                    specific.Code, specific.Citation, "authorization.specificallyAuthorizedLabels", specific.Message,
                    ctx => ctx.Basis == LegalBasis.Authorization && ctx.Evidence.Authorization is not null && InRelease(ctx.Facts, label.Label),
                    ctx => !Scope.Covers(ctx.Evidence.Authorization!.SpecificallyAuthorizedLabels, label.Label)));
            }

            if (label.CourtOrder is { } order)
            {
                foreach (var basis in (LegalBasis[])[LegalBasis.JudicialOrAdministrative, LegalBasis.LawEnforcement])
                {
                    rules.Add(EvidenceRule.Defect(
                        order.Code, order.Citation, OrderField(basis), order.Message,
                        ctx => ctx.Basis == basis && InRelease(ctx.Facts, label.Label),
                        ctx => !OrderCoversLabel(ctx.Evidence, ctx.Basis, label.Label)));
                }
            }
        }

        if (pack.ReproductiveHealthAttestation is { } attestation)
        {
            rules.Add(EvidenceRule.Defect(
                attestation.Finding.Code, attestation.Finding.Citation, "attestation", attestation.Finding.Message,
                ctx => attestation.RequiredFor.Contains(ctx.Basis) && Triggered(attestation, ctx.Facts),
                ctx => !AttestationComplete(ctx.Evidence.Attestation)));
        }

        return rules;
    }

    /// <summary>The first requirement of <paramref name="rule"/> the evidence does not meet for <paramref name="basis"/>, or null.</summary>
    internal static Finding? UnmetRequirement(ProtectedLabelRule rule, EvidenceSubmission evidence, LegalBasis basis)
    {
        if (basis == LegalBasis.Authorization && rule.SpecificAuthorization is { } specific
            && !Scope.Covers(evidence.Authorization?.SpecificallyAuthorizedLabels, rule.Label))
        {
            return Finding.Defect(specific.Code, specific.Citation, specific.Message, "authorization.specificallyAuthorizedLabels");
        }

        if (Part2Rules.IsLegalBasis(basis) && rule.CourtOrder is { } order && !OrderCoversLabel(evidence, basis, rule.Label))
        {
            return Finding.Defect(order.Code, order.Citation, order.Message, OrderField(basis));
        }

        return null;
    }

    private static string OrderField(LegalBasis basis) => basis == LegalBasis.LawEnforcement
        ? "lawEnforcement.expresslyCoveredLabels"
        : "legalProcess.expresslyCoveredLabels";

    private static bool InRelease(RequestFacts facts, string label) => Scope.Covers(facts.ReleaseLabels, label);

    private static bool OrderCoversLabel(EvidenceSubmission evidence, LegalBasis basis, string label) => basis switch
    {
        LegalBasis.JudicialOrAdministrative => evidence.Kind == EvidenceKind.CourtOrder
            && evidence.LegalProcess is { } process
            && LegalProcessRules.IsJudicial(process.IssuedBy)
            && Scope.Covers(process.ExpresslyCoveredLabels, label),
        LegalBasis.LawEnforcement => evidence.LawEnforcement is { } request
            && request.Process is LawEnforcementProcess.Warrant or LawEnforcementProcess.CourtOrder
            && Scope.Covers(request.ExpresslyCoveredLabels, label),
        _ => false,
    };

    private static bool Triggered(AttestationRequirement attestation, RequestFacts facts) =>
        attestation.TriggerLabels.Count == 0 || attestation.TriggerLabels.Any(label => InRelease(facts, label));

    private static bool AttestationComplete(AttestationEvidence? attestation) =>
        attestation is { SignaturePresent: true, StatesPurposeNotProhibited: true, SignedOn: not null };
}
