namespace RoiApi.Domain;

/// <summary>
/// The 164.508 fields of a signed authorization, as data. Every element is optional here on purpose:
/// a missing element is a finding the requester must fix (422), not a malformed body (400).
/// </summary>
public sealed record AuthorizationForm
{
    public string? InformationDescription { get; init; }

    public string? AuthorizedDiscloser { get; init; }

    public string? Recipient { get; init; }

    public string? Purpose { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public string? ExpirationEvent { get; init; }

    public bool? SignaturePresent { get; init; }

    public DateOnly? SignedOn { get; init; }

    public bool SignedByRepresentative { get; init; }

    public string? RepresentativeAuthority { get; init; }

    /// <summary>An authorization dedicated to psychotherapy notes (45 CFR 164.508(a)(2), (b)(3)(ii)).</summary>
    public bool ForPsychotherapyNotes { get; init; }
}

/// <summary>The checks of a 164.508 authorization against a request, each finding with its code and citation.</summary>
public static class AuthorizationChecks
{
    public static IReadOnlyList<Finding> Evaluate(AuthorizationForm form, DateOnly today, DateTimeOffset? revokedAt)
    {
        var findings = new List<Finding>();
        if (string.IsNullOrWhiteSpace(form.InformationDescription))
        {
            findings.Add(Finding.Defect("AUTH-C1-I", "45 CFR 164.508(c)(1)(i)", "Describe the information to be disclosed in a specific and meaningful way.", "informationDescription"));
        }

        if (string.IsNullOrWhiteSpace(form.AuthorizedDiscloser))
        {
            findings.Add(Finding.Defect("AUTH-C1-II", "45 CFR 164.508(c)(1)(ii)", "Name the person or organization authorized to make the disclosure.", "authorizedDiscloser"));
        }

        if (string.IsNullOrWhiteSpace(form.Recipient))
        {
            findings.Add(Finding.Defect("AUTH-C1-III", "45 CFR 164.508(c)(1)(iii)", "Name the person or organization to whom the disclosure may be made.", "recipient"));
        }

        if (string.IsNullOrWhiteSpace(form.Purpose))
        {
            findings.Add(Finding.Defect("AUTH-C1-IV", "45 CFR 164.508(c)(1)(iv)", "Describe each purpose of the disclosure ('at the request of the individual' is enough when the individual initiates it).", "purpose"));
        }

        if (form.ExpiresOn is null && string.IsNullOrWhiteSpace(form.ExpirationEvent))
        {
            findings.Add(Finding.Defect("AUTH-C1-V", "45 CFR 164.508(c)(1)(v)", "Give an expiration date or an expiration event.", "expiresOn"));
        }

        if (form.SignaturePresent != true || form.SignedOn is null)
        {
            findings.Add(Finding.Defect("AUTH-C1-VI", "45 CFR 164.508(c)(1)(vi)", "The authorization must be signed and dated.", "signedOn"));
        }
        else if (form.SignedByRepresentative && string.IsNullOrWhiteSpace(form.RepresentativeAuthority))
        {
            findings.Add(Finding.Defect("AUTH-C1-VI", "45 CFR 164.508(c)(1)(vi)", "A personal representative signed: describe the representative's authority to act for the individual.", "representativeAuthority"));
        }

        if (form.ExpiresOn is { } expiresOn && expiresOn < today)
        {
            findings.Add(Finding.Defect("AUTH-EXPIRED", "45 CFR 164.508(b)(2)(i)", "The authorization has expired. Send a new, currently valid authorization.", "expiresOn"));
        }

        if (revokedAt is not null)
        {
            findings.Add(Finding.Defect("AUTH-REVOKED", "45 CFR 164.508(b)(2)(iii)", "The individual has revoked this authorization in writing.", null));
        }

        return findings;
    }
}
