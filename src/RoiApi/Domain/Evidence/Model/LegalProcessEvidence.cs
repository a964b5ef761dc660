namespace RoiApi.Domain.Evidence;

/// <summary>
/// 45 CFR 164.512(e): an order of a court or administrative tribunal (kind <c>CourtOrder</c>), or a subpoena,
/// discovery request or other lawful process without an order (kind <c>Subpoena</c>) with satisfactory assurance.
/// </summary>
public sealed record LegalProcessEvidence
{
    /// <summary>Who issued it. Only a judge or tribunal makes an order; a clerk- or attorney-issued subpoena is not one.</summary>
    public ProcessIssuer? IssuedBy { get; init; }

    /// <summary>First date of the information the process expressly covers (null = not limited).</summary>
    public DateOnly? CoversFrom { get; init; }

    /// <summary>Last date of the information the process expressly covers (null = not limited).</summary>
    public DateOnly? CoversTo { get; init; }

    /// <summary>Record categories the process expressly covers (null = not itemized: a reviewer scopes to the text).</summary>
    public IReadOnlyList<DocumentCategory>? CoveredCategories { get; init; }

    /// <summary>Sensitivity labels the order expressly covers (e.g. HIV under a state pack).</summary>
    public IReadOnlyList<string>? ExpresslyCoveredLabels { get; init; }

    /// <summary>(e)(1)(iii) assurance that the individual was given notice.</summary>
    public NoticeAssurance? NoticeAssurance { get; init; }

    /// <summary>(e)(1)(iv) assurance of a qualified protective order.</summary>
    public QpoAssurance? QpoAssurance { get; init; }
}

/// <summary>45 CFR 164.512(e)(1)(ii)(A) and (iii): satisfactory assurance by notice to the individual.</summary>
public sealed record NoticeAssurance
{
    /// <summary>(e)(1)(iii) a written statement and accompanying documentation were received.</summary>
    public bool? WrittenStatementReceived { get; init; }

    /// <summary>(e)(1)(iii)(A) a good-faith attempt to give written notice (or mailing to the last known address).</summary>
    public bool? GoodFaithNoticeGiven { get; init; }

    /// <summary>(e)(1)(iii)(B) the notice described the litigation well enough to let the individual object.</summary>
    public bool? NoticeDescribedLitigation { get; init; }

    /// <summary>(e)(1)(iii)(C) last day on which the individual could object.</summary>
    public DateOnly? ObjectionPeriodEndsOn { get; init; }

    /// <summary>(e)(1)(iii)(C)(1)/(2) objections: none filed, all resolved, or pending.</summary>
    public ObjectionStatus? Objections { get; init; }

    /// <summary>(e)(1)(iii)(C)(2) when objections were resolved, the request is consistent with the resolution.</summary>
    public bool? RequestConsistentWithResolution { get; init; }
}

/// <summary>45 CFR 164.512(e)(1)(ii)(B), (iv) and (v): satisfactory assurance by a qualified protective order.</summary>
public sealed record QpoAssurance
{
    /// <summary>(e)(1)(iv) a written statement and accompanying documentation were received.</summary>
    public bool? WrittenStatementReceived { get; init; }

    /// <summary>(e)(1)(iv)(A)/(B) agreed and presented, requested, or entered.</summary>
    public QpoStatus? Status { get; init; }

    /// <summary>(e)(1)(v)(A) prohibits use or disclosure outside the litigation.</summary>
    public bool? ProhibitsUseOutsideLitigation { get; init; }

    /// <summary>(e)(1)(v)(B) requires return or destruction of the PHI and all copies at the end of the litigation.</summary>
    public bool? RequiresReturnOrDestruction { get; init; }
}
