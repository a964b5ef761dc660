namespace RoiApi.Domain.Evidence;

/// <summary>
/// What the rules need to know about the request and its release set. Dates and times are inputs: the engine
/// never reads a clock, so the same facts evaluated at release time re-check validity (expiry, revocation).
/// </summary>
public sealed record RequestFacts
{
    public required LegalBasis LegalBasis { get; init; }

    /// <summary>The discloser: must be among the authorization's (c)(1)(ii) persons authorized to disclose.</summary>
    public required string CoveredEntityName { get; init; }

    /// <summary>Recipient on the request.</summary>
    public string? RecipientName { get; init; }

    /// <summary>Purpose on the request.</summary>
    public string? Purpose { get; init; }

    /// <summary>The individual initiated the request (makes "at the request of the individual" a sufficient purpose).</summary>
    public bool IndividualInitiated { get; init; }

    /// <summary>First date of the information requested (null = from the beginning).</summary>
    public DateOnly? RequestedFrom { get; init; }

    /// <summary>Last date of the information requested (null = to date).</summary>
    public DateOnly? RequestedTo { get; init; }

    public IReadOnlyList<DocumentCategory> RequestedCategories { get; init; } = [];

    /// <summary>The release set contains psychotherapy notes (also inferred from the categories and the PSYTHPN label).</summary>
    public bool ReleaseContainsPsychotherapyNotes { get; init; }

    /// <summary>The release set contains SUD counseling notes (also inferred from the categories).</summary>
    public bool ReleaseContainsSudCounselingNotes { get; init; }

    /// <summary>The release set contains Part 2 records (also inferred from the SUD/ETH/OPIOIDUD/ETHUD labels).</summary>
    public bool ReleaseContainsPart2Records { get; init; }

    /// <summary>Every sensitivity label present on a document of the release set.</summary>
    public IReadOnlyList<string> ReleaseLabels { get; init; } = [];

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The date the evaluation is for (intake, review or release day).</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The active jurisdiction rule pack; null = federal rules only.</summary>
    public RulePack? RulePack { get; init; }

    public bool HasPsychotherapyNotes =>
        ReleaseContainsPsychotherapyNotes
        || RequestedCategories.Contains(DocumentCategory.PsychotherapyNote)
        || ReleaseLabels.Contains(SensitivityLabel.Psythpn, StringComparer.Ordinal);

    public bool HasSudCounselingNotes =>
        ReleaseContainsSudCounselingNotes || RequestedCategories.Contains(DocumentCategory.SudCounselingNote);

    public bool HasPart2Records =>
        ReleaseContainsPart2Records || HasSudCounselingNotes || SensitivityLabel.IsPart2(ReleaseLabels);
}
