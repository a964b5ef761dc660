namespace RoiApi.Domain;

public enum EvidenceKind
{
    Authorization,
}

/// <summary>
/// The document a release relies on (table <c>authorizations</c>): its structured fields, the signed
/// form when uploaded, and the findings of its last judgement. The latest one of a request is current.
/// </summary>
public sealed class Evidence
{
    private Evidence()
    {
    }

    public Evidence(Guid id, Guid requestId, Guid patientId, EvidenceKind kind, AuthorizationForm form, DateTimeOffset receivedAt)
    {
        Id = id;
        RequestId = requestId;
        PatientId = patientId;
        Kind = kind;
        Form = form;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid PatientId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public AuthorizationForm Form { get; private set; } = new();

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public byte[]? SignedForm { get; private set; }

    public List<Finding> Findings { get; private set; } = [];

    public uint Version { get; private set; }

    public bool IsValid => Findings.TrueForAll(f => f.Severity != FindingSeverity.Defect);

    public IReadOnlyList<Finding> Judge(DateOnly today)
    {
        Findings = [.. AuthorizationChecks.Evaluate(Form, today, RevokedAt)];
        return Findings;
    }
}
