namespace RoiApi.Domain.Evidence;

/// <summary>
/// The rule engine: the federal rule table plus the entries generated from the active rule pack, evaluated in
/// table order. A new rule (or a new jurisdiction's rule) is a new entry, never a new branch here.
/// </summary>
public static class EvidenceRules
{
    /// <summary>The federal rules, in evaluation order.</summary>
    public static IReadOnlyList<EvidenceRule> Federal { get; } =
    [
        .. AuthorizationRules.All,
        .. Part2Rules.All,
        .. LegalProcessRules.All,
        .. LawEnforcementRules.All,
        .. DirectiveRules.All,
    ];

    /// <summary>The federal rules followed by the active pack's rules.</summary>
    public static IReadOnlyList<EvidenceRule> For(RulePack? pack) =>
        pack is null ? Federal : [.. Federal, .. RulePackRules.For(pack)];

    /// <summary>Judges the evidence (or none) against the request. Empty list = nothing to fix.</summary>
    public static IReadOnlyList<Finding> Evaluate(EvidenceSubmission? evidence, RequestFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var context = new EvidenceContext(evidence ?? EvidenceSubmission.Empty, facts);
        return For(facts.RulePack)
            .Where(rule => rule.AppliesTo(context) && rule.IsViolated(context))
            .Select(rule => rule.ToFinding())
            .ToList();
    }

    /// <summary>The finding a federal rule produces, for callers outside the table (revocation, release policy).</summary>
    internal static Finding FindingFor(string code) =>
        Federal.First(rule => string.Equals(rule.Code, code, StringComparison.Ordinal)).ToFinding();

    /// <summary>True when no finding blocks the release.</summary>
    public static bool AllowsRelease(IEnumerable<Finding> findings) =>
        findings.All(finding => finding.Severity != FindingSeverity.Defect);
}
