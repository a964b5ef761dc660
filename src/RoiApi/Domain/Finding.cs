namespace RoiApi.Domain;

/// <summary>Defect blocks the release; Warning needs a human look but does not block.</summary>
public enum FindingSeverity
{
    Defect,
    Warning,
}

/// <summary>
/// One judgement of a rule about a piece of evidence. The same finding travels unchanged into the
/// problem-details body, the request timeline and the letters, so its text never contains PHI.
/// </summary>
/// <param name="Code">Stable, machine-readable code, e.g. <c>AUTH-EXPIRED</c>.</param>
/// <param name="Severity">Whether it blocks the release.</param>
/// <param name="Citation">The paragraph the rule comes from, e.g. <c>45 CFR 164.508(b)(2)(i)</c>.</param>
/// <param name="Message">Plain language for the requester: what is wrong and what to fix.</param>
/// <param name="Field">The evidence field it concerns (camelCase), when there is one.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Citation, string Message, string? Field = null)
{
    public static Finding Defect(string code, string citation, string message, string? field = null) =>
        new(code, FindingSeverity.Defect, citation, message, field);

    public static Finding Warning(string code, string citation, string message, string? field = null) =>
        new(code, FindingSeverity.Warning, citation, message, field);
}
