namespace RoiApi.Domain;

public enum RequestEventKind
{
    Submitted,
    StatusChanged,
    IdentityVerified,
    EvidenceJudged,
    Note,
    DeadlineExtended,
}

/// <summary>One line of a request's timeline: who, when, from/to, why. Append-only; reasons never carry PHI.</summary>
public sealed class RequestEvent
{
    private RequestEvent()
    {
    }

    public RequestEvent(Guid id, Guid requestId, int ordinal, RequestEventKind kind, Actor actor, DateTimeOffset at, RequestStatus? fromStatus, RequestStatus toStatus, string? reason)
    {
        Id = id;
        RequestId = requestId;
        Ordinal = ordinal;
        Kind = kind;
        ActorSubject = actor.Subject;
        ActorRole = actor.Role;
        At = at;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the request's timeline (1, 2, …): events of one command share a timestamp, so the timeline sorts by this.</summary>
    public int Ordinal { get; private set; }

    public Guid RequestId { get; private set; }

    public RequestEventKind Kind { get; private set; }

    public string ActorSubject { get; private set; } = "";

    public string ActorRole { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public RequestStatus? FromStatus { get; private set; }

    public RequestStatus ToStatus { get; private set; }

    public string? Reason { get; private set; }
}
