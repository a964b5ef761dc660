namespace RoiApi.Domain.Evidence;

/// <summary>What a revocation means for one release.</summary>
public enum RevocationOutcome
{
    /// <summary>Not revoked: the release may proceed (other rules permitting).</summary>
    NotRevoked,

    /// <summary>Released before the revocation was received: it stays released (reliance); the timeline says so.</summary>
    ReleasedBeforeRevocation,

    /// <summary>Pending, or attempted at or after receipt of the revocation: the release must stop.</summary>
    Blocked,
}

/// <summary>The decision and, when there is one, the finding-style reason for the timeline.</summary>
public sealed record RevocationDecision(RevocationOutcome Outcome, Finding? Reason)
{
    public bool ReleaseMayProceed => Outcome == RevocationOutcome.NotRevoked;
}

/// <summary>
/// Written revocation, 45 CFR 164.508(b)(5) and 42 CFR 2.31(a)(6): effective from receipt, it stops every pending
/// release at once; releases made before receipt stay made, to the extent of reliance ((b)(5)(i)).
/// </summary>
public static class Revocation
{
    /// <summary>Decides one release under a HIPAA authorization.</summary>
    /// <param name="revocationReceivedAt">When the written revocation was received; null = not revoked.</param>
    /// <param name="releasedAt">When the release was made; null = still pending (or being attempted now).</param>
    public static RevocationDecision Decide(DateTimeOffset? revocationReceivedAt, DateTimeOffset? releasedAt) =>
        Decide(revocationReceivedAt, releasedAt, part2: false);

    /// <summary>Decides one release under a 42 CFR Part 2 consent.</summary>
    public static RevocationDecision DecidePart2(DateTimeOffset? revocationReceivedAt, DateTimeOffset? releasedAt) =>
        Decide(revocationReceivedAt, releasedAt, part2: true);

    private static RevocationDecision Decide(DateTimeOffset? revocationReceivedAt, DateTimeOffset? releasedAt, bool part2)
    {
        if (revocationReceivedAt is not { } receivedAt)
        {
            return new(RevocationOutcome.NotRevoked, null);
        }

        if (releasedAt is { } released && released < receivedAt)
        {
            return new(RevocationOutcome.ReleasedBeforeRevocation, part2
                ? Finding.Warning("P2-REVOKED-AFTER-RELEASE", "42 CFR 2.31(a)(6)", "The consent was revoked after this release was made. The release stands because it was made in reliance on the consent; nothing more is released under it.", "part2Consent.revokedAt")
                : Finding.Warning("AUTH-REVOKED-AFTER-RELEASE", "45 CFR 164.508(b)(5)(i)", "The authorization was revoked after this release was made. The release stands because it was made in reliance on the authorization; nothing more is released under it.", "authorization.revokedAt"));
        }

        return new(RevocationOutcome.Blocked, EvidenceRules.FindingFor(part2 ? "P2-REVOKED" : "AUTH-REVOKED"));
    }
}
