namespace RoiApi.Domain;

/// <summary>How the identity and authority of a requester were verified (45 CFR 164.514(h)(1), (h)(2)).</summary>
public enum VerificationMethod
{
    PortalSession,
    GovernmentId,
    NotarizedForm,
    KnownRequester,
    OfficialCredentials,
    OfficialLetterhead,
    StatementOfAuthority,
}
