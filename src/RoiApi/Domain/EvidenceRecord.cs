using RoiApi.Domain.Evidence;

namespace RoiApi.Domain;

/// <summary>
/// The evidence a release relies on (table <c>authorizations</c>): its structured fields, the signed document when
/// uploaded, a written revocation when one is received, and the findings of its last judgement. The latest
/// record of a request is the current one.
/// </summary>
public sealed class EvidenceRecord
{
    private EvidenceRecord()
    {
    }

    public EvidenceRecord(Guid id, Guid requestId, Guid patientId, EvidenceSubmission submission, DateTimeOffset receivedAt)
    {
        Id = id;
        RequestId = requestId;
        PatientId = patientId;
        Kind = submission.Kind ?? throw new ArgumentException("The evidence kind is checked before a record is made.", nameof(submission));
        Submission = submission;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid PatientId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public EvidenceSubmission Submission { get; private set; } = EvidenceSubmission.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>When the written revocation was received: effective from then (45 CFR 164.508(b)(5); 42 CFR 2.31(a)(6)).</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public byte[]? SignedDocument { get; private set; }

    public string? SignedDocumentSha256 { get; private set; }

    public List<Finding> Findings { get; private set; } = [];

    public uint Version { get; private set; }

    public bool IsValid => EvidenceRules.AllowsRelease(Findings);

    /// <summary>The submission as the rules must see it: a revocation on file counts whatever the form says.</summary>
    public EvidenceSubmission Effective => RevokedAt is not { } revokedAt
        ? Submission
        : Submission with
        {
            Authorization = Submission.Authorization is { } a ? a with { RevokedAt = a.RevokedAt ?? revokedAt } : null,
            Part2Consent = Submission.Part2Consent is { } c ? c with { RevokedAt = c.RevokedAt ?? revokedAt } : null,
        };

    public IReadOnlyList<Finding> Judge(RequestFacts facts)
    {
        Findings = [.. EvidenceRules.Evaluate(Effective, facts)];
        return Findings;
    }

    public void AttachSignedDocument(byte[] pdf)
    {
        SignedDocument = pdf;
        SignedDocumentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
    }

    /// <summary>Records a written revocation. Only authorizations and Part 2 consents can be revoked by the individual.</summary>
    public bool Revoke(DateTimeOffset receivedAt)
    {
        if (RevokedAt is not null || Submission.Authorization is null && Submission.Part2Consent is null)
        {
            return false;
        }

        RevokedAt = receivedAt;
        return true;
    }
}
