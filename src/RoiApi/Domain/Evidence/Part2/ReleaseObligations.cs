namespace RoiApi.Domain.Evidence;

/// <summary>Something the packet must carry. <see cref="TextId"/>/<see cref="Text"/> hold the exact statement when there is one.</summary>
public sealed record ReleaseObligation(string Code, string Citation, string Description, string? TextId = null, string? Text = null);

/// <summary>What a release must carry besides the records: the Part 2 notice and consent copy, and state redisclosure statements.</summary>
public static class ReleaseObligations
{
    /// <summary>Computes the obligations of one release; record them on the release so the packet honours them.</summary>
    /// <param name="facts">The request and its release set.</param>
    /// <param name="releaseDate">The day of the release: selects the notice version in force.</param>
    /// <param name="statement">Which 42 CFR 2.32(a) statement the organization uses.</param>
    /// <param name="noticeVersions">Notice versions (e.g. from the database); null = the seed data in <see cref="Part2Notices"/>.</param>
    /// <exception cref="InvalidOperationException">No version of the notice is in force on the release date (configuration error).</exception>
    public static IReadOnlyList<ReleaseObligation> Compute(
        RequestFacts facts,
        DateOnly releaseDate,
        Part2NoticeStatement statement = Part2NoticeStatement.Statement1,
        IEnumerable<Part2NoticeText>? noticeVersions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var obligations = new List<ReleaseObligation>();

        if (facts.HasPart2Records && Part2Rules.IsConsentBasis(facts.LegalBasis))
        {
            var notice = Part2Notices.InForce(noticeVersions ?? Part2Notices.Versions, statement, releaseDate)
                ?? throw new InvalidOperationException($"No 42 CFR 2.32 {statement} text is in force on {releaseDate:yyyy-MM-dd}.");
            obligations.Add(new ReleaseObligation(
                "P2-NOTICE", "42 CFR 2.32(a)",
                "Attach the 42 CFR part 2 notice to the released records.",
                notice.Id, notice.Text));
            obligations.Add(new ReleaseObligation(
                "P2-CONSENT-COPY", "42 CFR 2.32(b)",
                "Attach a copy of the patient's consent, or a clear explanation of the scope of the consent."));
        }

        foreach (var label in facts.RulePack?.ProtectedLabels ?? [])
        {
            if (label.RedisclosureStatement is { } redisclosure && Scope.Covers(facts.ReleaseLabels, label.Label))
            {
                obligations.Add(new ReleaseObligation(
                    redisclosure.Code, redisclosure.Citation,
                    $"Attach the state redisclosure statement for {label.Label} information.",
                    redisclosure.Code, redisclosure.Text));
            }
        }

        return obligations;
    }
}
