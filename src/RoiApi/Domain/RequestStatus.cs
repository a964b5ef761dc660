namespace RoiApi.Domain;

/// <summary>The states of a disclosure request (DOMAIN.md, the model). <c>extended</c> is not a state.</summary>
public enum RequestStatus
{
    Received,
    InVerification,
    InReview,
    Approved,
    PacketReady,
    Released,
    OnHold,
    Denied,
    Cancelled,
}

/// <summary>Why a request waits for its requester: machine-readable, so partners can act on it.</summary>
public enum HoldReason
{
    MissingInformation,
    AuthorizationDefective,
    AwaitingCorrectedDocument,
}

/// <summary>The one place that says which transition is allowed. Nothing skips a state; terminal states have no exits.</summary>
public static class RequestStateMachine
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Allowed = new()
    {
        [RequestStatus.Received] = [RequestStatus.InVerification, RequestStatus.OnHold, RequestStatus.Denied, RequestStatus.Cancelled],
        [RequestStatus.InVerification] = [RequestStatus.InReview, RequestStatus.OnHold, RequestStatus.Denied, RequestStatus.Cancelled],
        [RequestStatus.InReview] = [RequestStatus.Approved, RequestStatus.OnHold, RequestStatus.Denied, RequestStatus.Cancelled],
        [RequestStatus.Approved] = [RequestStatus.PacketReady, RequestStatus.OnHold, RequestStatus.Cancelled],
        [RequestStatus.PacketReady] = [RequestStatus.Released, RequestStatus.OnHold, RequestStatus.Cancelled],
        [RequestStatus.OnHold] = [RequestStatus.InVerification, RequestStatus.Denied, RequestStatus.Cancelled],
        [RequestStatus.Released] = [],
        [RequestStatus.Denied] = [],
        [RequestStatus.Cancelled] = [],
    };

    public static bool CanMove(RequestStatus from, RequestStatus to) => Allowed[from].Contains(to);

    public static bool IsTerminal(RequestStatus status) => Allowed[status].Length == 0;

    public static IReadOnlyList<RequestStatus> NextFrom(RequestStatus status) => Allowed[status];
}
