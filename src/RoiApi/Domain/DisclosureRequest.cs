namespace RoiApi.Domain;

public enum RequesterKind
{
    Patient,
    Organization,
    Staff,
}

public enum DeliveryMethod
{
    Portal,
    SecureEmail,
    Mail,
    Fax,
    Pickup,
}

/// <summary>Who did something: the token's subject and the role it acted in. Never a patient's name.</summary>
public sealed record Actor(string Subject, string Role);

/// <summary>What was asked for: a date range and record categories (empty = every category).</summary>
public sealed record RequestScope(DateOnly From, DateOnly To, IReadOnlyList<DocumentCategory> Categories, string? Description)
{
    public bool Covers(DocumentSummary document) =>
        document.DateOfService >= From && document.DateOfService <= To
        && (Categories.Count == 0 || Categories.Contains(document.Category));
}

/// <summary>A request for a patient's records, from receipt until release or denial. The state machine lives here.</summary>
public sealed class DisclosureRequest
{
    private readonly List<RequestEvent> events = [];

    private DisclosureRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public LegalBasis LegalBasis { get; private set; }

    public RequesterKind RequesterKind { get; private set; }

    /// <summary>The partner organization that submitted it: the tenant boundary for partner callers.</summary>
    public Guid? RequesterOrganizationId { get; private set; }

    public string RequesterName { get; private set; } = "";

    public string RecipientName { get; private set; } = "";

    public string? RecipientAddress { get; private set; }

    public DateOnly ScopeFrom { get; private set; }

    public DateOnly ScopeTo { get; private set; }

    public List<DocumentCategory> ScopeCategories { get; private set; } = [];

    public string? ScopeDescription { get; private set; }

    public string Purpose { get; private set; } = "";

    public DeliveryMethod DeliveryMethod { get; private set; }

    public RequestStatus Status { get; private set; }

    public HoldReason? HoldReason { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The rule that set the due date: the federal clock or a shorter state clock.</summary>
    public string ClockCitation { get; private set; } = "";

    /// <summary>The due date before the one allowed extension, once extended.</summary>
    public DateOnly? OriginalDueDate { get; private set; }

    public DateTimeOffset? ExtendedAt { get; private set; }

    /// <summary>The written reasons for the extension: the extension notice carries them.</summary>
    public string? ExtensionReason { get; private set; }

    public List<DenialGround> DenialGrounds { get; private set; } = [];

    public string? DenialExplanation { get; private set; }

    public DateTimeOffset? IdentityVerifiedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    /// <summary>The documents the approver saw as included: the packet renders exactly these, nothing added later.</summary>
    public List<Guid> ApprovedDocumentIds { get; private set; } = [];

    /// <summary>How many timeline events the request has: the next event's ordinal.</summary>
    public int EventCount { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<RequestEvent> Events => events;

    public RequestScope Scope => new(ScopeFrom, ScopeTo, ScopeCategories, ScopeDescription);

    public LegalBasisPolicy Policy => LegalBasisPolicy.For(LegalBasis);

    public static DisclosureRequest Submit(
        Guid id,
        Guid patientId,
        LegalBasis legalBasis,
        RequesterKind requesterKind,
        Guid? requesterOrganizationId,
        string requesterName,
        string recipientName,
        string? recipientAddress,
        RequestScope scope,
        string purpose,
        DeliveryMethod deliveryMethod,
        Clock clock,
        Actor actor,
        DateTimeOffset receivedAt)
    {
        var request = new DisclosureRequest
        {
            Id = id,
            PatientId = patientId,
            LegalBasis = legalBasis,
            RequesterKind = requesterKind,
            RequesterOrganizationId = requesterOrganizationId,
            RequesterName = requesterName,
            RecipientName = recipientName,
            RecipientAddress = recipientAddress,
            ScopeFrom = scope.From,
            ScopeTo = scope.To,
            ScopeCategories = [.. scope.Categories],
            ScopeDescription = scope.Description,
            Purpose = purpose,
            DeliveryMethod = deliveryMethod,
            Status = RequestStatus.Received,
            ReceivedAt = receivedAt,
            DueDate = clock.DueDate,
            ClockCitation = clock.Citation,
        };
        request.Record(RequestEventKind.Submitted, actor, receivedAt, null, RequestStatus.Received, null);
        return request;
    }

    /// <summary>Identity and authority of the requester verified (45 CFR 164.514(h)); moves a new request into verification.</summary>
    public TransitionResult RecordIdentityVerified(Actor actor, DateTimeOffset at, string method)
    {
        if (RequestStateMachine.IsTerminal(Status))
        {
            return TransitionResult.Refused(Status, RequestStatus.InVerification);
        }

        IdentityVerifiedAt = at;
        Record(RequestEventKind.IdentityVerified, actor, at, Status, Status, method);
        return StartVerification(actor, at);
    }

    /// <summary>The evidence was judged: valid evidence lets verification finish; a defect puts the request on hold.</summary>
    public TransitionResult RecordEvidenceJudged(Actor actor, DateTimeOffset at, IReadOnlyList<Finding> findings)
    {
        var defects = findings.Where(f => f.Severity == FindingSeverity.Defect).Select(f => f.Code).ToList();
        var detail = defects.Count == 0 ? "valid" : string.Join(",", defects);
        Record(RequestEventKind.EvidenceJudged, actor, at, Status, Status, detail);
        if (defects.Count > 0)
        {
            return PutOnHold(actor, at, Domain.HoldReason.AuthorizationDefective, detail);
        }

        return Status == RequestStatus.OnHold ? Move(RequestStatus.InVerification, actor, at, "evidence corrected") : StartVerification(actor, at);
    }

    /// <summary>Finishes verification when everything the legal basis needs is in hand.</summary>
    public TransitionResult CompleteVerificationIfReady(Actor actor, DateTimeOffset at, bool evidenceValid)
    {
        var ready = IdentityVerifiedAt is not null && (evidenceValid || !Policy.EvidenceRequired);
        return ready && Status == RequestStatus.InVerification
            ? Move(RequestStatus.InReview, actor, at, "identity verified and evidence valid")
            : TransitionResult.Unchanged(Status);
    }

    /// <summary>A line on the timeline that changes nothing, e.g. a revocation received after release.</summary>
    public void RecordNote(Actor actor, DateTimeOffset at, string note) => Record(RequestEventKind.Note, actor, at, Status, Status, note);

    public TransitionResult PutOnHold(Actor actor, DateTimeOffset at, HoldReason reason, string? detail)
    {
        var result = Move(RequestStatus.OnHold, actor, at, detail is null ? reason.ToString() : $"{reason}: {detail}");
        if (result.Succeeded)
        {
            HoldReason = reason;
        }

        return result;
    }

    /// <summary>The requester sent what was missing (or staff resume after a hold): back into verification.</summary>
    public TransitionResult Resume(Actor actor, DateTimeOffset at, string? note) => Move(RequestStatus.InVerification, actor, at, note ?? "resumed");

    /// <summary>The requester withdraws the request, or staff cancel it, before release.</summary>
    public TransitionResult Cancel(Actor actor, DateTimeOffset at, string? reason) => Move(RequestStatus.Cancelled, actor, at, reason ?? "cancelled");

    /// <summary>A full denial with its grounds (45 CFR 164.524(d)(2)(i)); the denial letter reads them.</summary>
    public TransitionResult Deny(Actor actor, DateTimeOffset at, IReadOnlyList<DenialGround> grounds, string? explanation)
    {
        var result = Move(RequestStatus.Denied, actor, at, string.Join(",", grounds.Select(g => Domain.DenialGrounds.For(g).Citation)));
        if (result.Succeeded)
        {
            DenialGrounds = [.. grounds];
            DenialExplanation = explanation;
        }

        return result;
    }

    /// <summary>The one extension of the due date, with its written reasons (45 CFR 164.524(b)(2)(ii)).</summary>
    public ExtensionRefusal? Extend(Actor actor, DateTimeOffset at, DateOnly newDueDate, string? reason)
    {
        if (RequestStateMachine.IsTerminal(Status))
        {
            return new("REQUEST-CLOSED", "45 CFR 164.524(b)(2)", $"The request is '{Status}': its clock has stopped.", false);
        }

        var refusal = Deadlines.CheckExtension(DueDate, OriginalDueDate is not null, DateOnly.FromDateTime(at.UtcDateTime), newDueDate, reason);
        if (refusal is not null)
        {
            return refusal;
        }

        OriginalDueDate = DueDate;
        DueDate = newDueDate;
        ExtendedAt = at;
        ExtensionReason = reason;
        Record(RequestEventKind.DeadlineExtended, actor, at, Status, Status, $"due date {OriginalDueDate:yyyy-MM-dd} -> {newDueDate:yyyy-MM-dd}");
        return null;
    }

    public TransitionResult Approve(Actor actor, DateTimeOffset at, IReadOnlyList<Guid> includedDocumentIds)
    {
        var result = Move(RequestStatus.Approved, actor, at, $"{includedDocumentIds.Count} documents approved for release");
        if (result.Succeeded)
        {
            ApprovedDocumentIds = [.. includedDocumentIds];
        }

        return result;
    }

    public TransitionResult MarkPacketReady(Actor actor, DateTimeOffset at, string packetSha256) =>
        Move(RequestStatus.PacketReady, actor, at, $"packet {packetSha256}");

    public TransitionResult Release(Actor actor, DateTimeOffset at)
    {
        var result = Move(RequestStatus.Released, actor, at, null);
        if (result.Succeeded)
        {
            ReleasedAt = at;
        }

        return result;
    }

    private TransitionResult StartVerification(Actor actor, DateTimeOffset at) =>
        Status == RequestStatus.Received ? Move(RequestStatus.InVerification, actor, at, null) : TransitionResult.Unchanged(Status);

    private TransitionResult Move(RequestStatus to, Actor actor, DateTimeOffset at, string? reason)
    {
        if (!RequestStateMachine.CanMove(Status, to))
        {
            return TransitionResult.Refused(Status, to);
        }

        var from = Status;
        Status = to;
        if (to != RequestStatus.OnHold)
        {
            HoldReason = null;
        }

        Record(RequestEventKind.StatusChanged, actor, at, from, to, reason);
        return TransitionResult.Moved(from, to);
    }

    private void Record(RequestEventKind kind, Actor actor, DateTimeOffset at, RequestStatus? from, RequestStatus to, string? reason) =>
        events.Add(new RequestEvent(Guid.CreateVersion7(at), Id, ++EventCount, kind, actor, at, from, to, reason));
}

/// <summary>The outcome of asking the state machine for a transition.</summary>
public sealed record TransitionResult(bool Succeeded, RequestStatus From, RequestStatus To)
{
    public static TransitionResult Moved(RequestStatus from, RequestStatus to) => new(true, from, to);

    public static TransitionResult Unchanged(RequestStatus status) => new(true, status, status);

    public static TransitionResult Refused(RequestStatus from, RequestStatus to) => new(false, from, to);
}
