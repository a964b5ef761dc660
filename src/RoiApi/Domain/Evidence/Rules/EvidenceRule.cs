namespace RoiApi.Domain.Evidence;

/// <summary>
/// One entry of the rule table: when it applies, what violates it, and the finding it produces. Messages are
/// constants written for the requester, so a finding can never carry patient data.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>AUTH-EXPIRED</c>.</param>
/// <param name="Severity">Defect blocks the release; Warning needs a human look.</param>
/// <param name="Citation">Exact paragraph, e.g. <c>45 CFR 164.508(b)(2)(i)</c>.</param>
/// <param name="Field">camelCase path of the evidence field concerned, e.g. <c>authorization.expirationDate</c>.</param>
/// <param name="Message">What is wrong and what to fix, in plain language.</param>
/// <param name="AppliesTo">Whether the rule is relevant to this submission (legal basis, sections present).</param>
/// <param name="IsViolated">Whether the submission breaks the rule; only asked when <paramref name="AppliesTo"/> is true.</param>
public sealed record EvidenceRule(
    string Code,
    FindingSeverity Severity,
    string Citation,
    string Field,
    string Message,
    Func<EvidenceContext, bool> AppliesTo,
    Func<EvidenceContext, bool> IsViolated)
{
    public Finding ToFinding() => new(Code, Severity, Citation, Message, Field);

    public static EvidenceRule Defect(string code, string citation, string field, string message, Func<EvidenceContext, bool> appliesTo, Func<EvidenceContext, bool> isViolated) =>
        new(code, FindingSeverity.Defect, citation, field, message, appliesTo, isViolated);

    public static EvidenceRule Warning(string code, string citation, string field, string message, Func<EvidenceContext, bool> appliesTo, Func<EvidenceContext, bool> isViolated) =>
        new(code, FindingSeverity.Warning, citation, field, message, appliesTo, isViolated);
}

/// <summary>The submission and the request facts, as one argument for the rule predicates.</summary>
public sealed record EvidenceContext(EvidenceSubmission Evidence, RequestFacts Facts)
{
    public LegalBasis Basis => Facts.LegalBasis;

    public EvidenceKind? Kind => Evidence.Kind;
}
