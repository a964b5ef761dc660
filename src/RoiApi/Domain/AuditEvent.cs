namespace RoiApi.Domain;

/// <summary>
/// One entry of the audit trail: who did what to which entity, when. Each row carries the hash of the
/// previous one, so a removed or altered row breaks the chain. Append-only, like the ledger. No PHI.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public AuditEvent(Guid id, DateTimeOffset at, Actor actor, string action, string entityType, Guid entityId, Guid? patientId)
    {
        Id = id;
        At = at;
        ActorSubject = actor.Subject;
        ActorRole = actor.Role;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PatientId = patientId;
    }

    public long Sequence { get; private set; }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorSubject { get; private set; } = "";

    public string ActorRole { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    public Guid? PatientId { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>Links this event after <paramref name="previousHash"/>: SHA-256 over the previous hash and this row's fields.</summary>
    public void Chain(string previousHash)
    {
        PreviousHash = previousHash;
        var canonical = string.Join('|', previousHash, Id, At.ToUnixTimeMilliseconds(), ActorSubject, ActorRole, Action, EntityType, EntityId, PatientId);
        Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));
    }
}
