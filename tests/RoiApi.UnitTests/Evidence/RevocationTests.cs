using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>45 CFR 164.508(b)(5) and 42 CFR 2.31(a)(6): revocation is effective from receipt; reliance protects earlier releases.</summary>
public class RevocationTests
{
    private static readonly DateTimeOffset Received = new(2025, 11, 26, 14, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, (DateTimeOffset? RevokedAt, DateTimeOffset? ReleasedAt, RevocationOutcome Outcome, string? Code)> Rows = new(StringComparer.Ordinal)
    {
        ["164.508(b)(5): never revoked, pending release proceeds"] = (null, null, RevocationOutcome.NotRevoked, null),
        ["164.508(b)(5): never revoked, past release stands"] = (null, Received.AddDays(-3), RevocationOutcome.NotRevoked, null),
        ["164.508(b)(5): revoked while the release is pending stops it"] = (Received, null, RevocationOutcome.Blocked, "AUTH-REVOKED"),
        ["164.508(b)(5): release attempted after receipt of the revocation is stopped"] = (Received, Received.AddMinutes(1), RevocationOutcome.Blocked, "AUTH-REVOKED"),
        ["164.508(b)(5): release at the very moment of receipt is stopped"] = (Received, Received, RevocationOutcome.Blocked, "AUTH-REVOKED"),
        ["164.508(b)(5)(i): released a minute before receipt stays released (reliance)"] = (Received, Received.AddMinutes(-1), RevocationOutcome.ReleasedBeforeRevocation, "AUTH-REVOKED-AFTER-RELEASE"),
        ["164.508(b)(5)(i): instants are compared, not the wall-clock times in their offsets"] = (new DateTimeOffset(2025, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5)), Received.AddMinutes(30), RevocationOutcome.ReleasedBeforeRevocation, "AUTH-REVOKED-AFTER-RELEASE"),
    };

    public static TheoryData<string> Cases => new(Rows.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void RevocationCase(string name)
    {
        var row = Rows[name];

        var decision = Revocation.Decide(row.RevokedAt, row.ReleasedAt);

        decision.Outcome.Should().Be(row.Outcome, because: name);
        decision.Reason?.Code.Should().Be(row.Code);
        (decision.Reason is null).Should().Be(row.Code is null);
        decision.ReleaseMayProceed.Should().Be(row.Outcome == RevocationOutcome.NotRevoked);
    }

    [Fact]
    public void Part2ConsentRevocationCitesPart2()
    {
        var pending = Revocation.DecidePart2(Received, null);
        var earlier = Revocation.DecidePart2(Received, Received.AddHours(-1));

        pending.Reason!.Citation.Should().Be("42 CFR 2.31(c)(3)");
        pending.Reason.Code.Should().Be("P2-REVOKED");
        earlier.Outcome.Should().Be(RevocationOutcome.ReleasedBeforeRevocation);
        earlier.Reason!.Citation.Should().Be("42 CFR 2.31(a)(6)");
    }
}
