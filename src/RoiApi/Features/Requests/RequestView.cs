using RoiApi.Domain;

namespace RoiApi.Features.Requests;

/// <summary>A disclosure request as callers see it, with its clock and the actions it allows next.</summary>
internal sealed record RequestView(
    Guid Id,
    Guid PatientId,
    LegalBasis LegalBasis,
    RequestStatus Status,
    HoldReason? HoldReason,
    RequesterView Requester,
    RecipientView Recipient,
    ScopeView Scope,
    string Purpose,
    DeliveryMethod DeliveryMethod,
    DateTimeOffset ReceivedAt,
    DateOnly DueDate,
    ClockView Clock,
    BasisView Basis,
    IReadOnlyList<DenialGround> DenialGrounds,
    bool IdentityVerified,
    DateTimeOffset? ReleasedAt,
    IReadOnlyList<RequestStatus> NextStatuses)
{
    public static RequestView From(DisclosureRequest r, DateTimeOffset now)
    {
        var (day, of) = Deadlines.DayOf(r.ReceivedAt, r.DueDate, now);
        return new RequestView(
            r.Id,
            r.PatientId,
            r.LegalBasis,
            r.Status,
            r.HoldReason,
            new RequesterView(r.RequesterKind, r.RequesterOrganizationId, r.RequesterName),
            new RecipientView(r.RecipientName, r.RecipientAddress),
            new ScopeView(r.ScopeFrom, r.ScopeTo, r.ScopeCategories, r.ScopeDescription),
            r.Purpose,
            r.DeliveryMethod,
            r.ReceivedAt,
            r.DueDate,
            new ClockView(day, of, Deadlines.IsOverdue(r.DueDate, r.Status, now), r.ClockCitation, r.OriginalDueDate),
            new BasisView(r.Policy.Citation, r.Policy.EvidenceRequired, r.Policy.MinimumNecessary, r.Policy.Accountable),
            r.DenialGrounds,
            r.IdentityVerifiedAt is not null,
            r.ReleasedAt,
            RequestStateMachine.NextFrom(r.Status));
    }
}

internal sealed record RequesterView(RequesterKind Kind, Guid? OrganizationId, string Name);

internal sealed record RecipientView(string Name, string? Address);

internal sealed record ScopeView(DateOnly From, DateOnly To, IReadOnlyList<DocumentCategory> Categories, string? Description);

/// <summary>"Day N of M" of the request's clock; overdue once the due date has passed while the request is open.</summary>
/// <param name="Day">Day N: day 1 is the day of receipt.</param>
/// <param name="Of">M: the days the clock allows.</param>
/// <param name="Overdue">Open and past the due date.</param>
/// <param name="Citation">The rule that set the due date (federal, or a shorter state clock).</param>
/// <param name="OriginalDueDate">The due date before the one extension, when extended.</param>
internal sealed record ClockView(int Day, int Of, bool Overdue, string Citation, DateOnly? OriginalDueDate);

/// <summary>What the legal basis implies: whether evidence is needed, minimum necessary applies, the release is accountable.</summary>
internal sealed record BasisView(string Citation, bool EvidenceRequired, bool MinimumNecessary, bool Accountable);
