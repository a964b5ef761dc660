using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>Bad input (400), not findings: dates in the wrong order, a signature after submission, a body that contradicts its kind.</summary>
public class EvidenceInputChecksTests
{
    private static readonly Dictionary<string, (EvidenceSubmission? Evidence, RequestFacts Facts, string[] Fields)> Rows = new(StringComparer.Ordinal)
    {
        ["valid authorization submission"] = (Baseline.WithAuthorization(Baseline.Authorization), Baseline.AuthorizationFacts, []),
        ["no body"] = (null, Baseline.AuthorizationFacts, ["kind"]),
        ["kind missing"] = (new EvidenceSubmission { Authorization = Baseline.Authorization }, Baseline.AuthorizationFacts, ["kind"]),
        ["kind does not fit the legal basis"] = (Baseline.WithSubpoena(Baseline.Subpoena), Baseline.AuthorizationFacts, ["kind"]),
        ["kind without its section"] = (new EvidenceSubmission { Kind = EvidenceKind.CourtOrder }, Baseline.LegalFacts, ["legalProcess"]),
        ["requested range from after to"] = (Baseline.WithAuthorization(Baseline.Authorization), Baseline.AuthorizationFacts with { RequestedFrom = new DateOnly(2025, 1, 1), RequestedTo = new DateOnly(2024, 1, 1) }, ["requestedFrom"]),
        ["authorization range from after to"] = (Baseline.WithAuthorization(Baseline.Authorization with { CoversFrom = new DateOnly(2025, 1, 1) }), Baseline.AuthorizationFacts, ["authorization.coversFrom"]),
        ["signature two days after submission"] = (Baseline.WithAuthorization(Baseline.Authorization with { SignedOn = Baseline.Today.AddDays(1) }), Baseline.AuthorizationFacts, ["authorization.signedOn"]),
        ["signature one day after submission is time-zone grace"] = (Baseline.WithAuthorization(Baseline.Authorization with { SignedOn = Baseline.Today }), Baseline.AuthorizationFacts, []),
        ["expiry before signature"] = (Baseline.WithAuthorization(Baseline.Authorization with { ExpirationDate = new DateOnly(2025, 11, 1) }), Baseline.AuthorizationFacts, ["authorization.expirationDate"]),
        ["revocation before signature"] = (Baseline.WithAuthorization(Baseline.Authorization with { RevokedAt = new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero) }), Baseline.AuthorizationFacts, ["authorization.revokedAt"]),
        ["consent signed after submission and expiring before signature"] = (Baseline.AuthorizationWithConsent(Baseline.Part2Consent with { SignedOn = new DateOnly(2025, 12, 31), ExpirationDate = new DateOnly(2025, 12, 1) }), Baseline.Part2Facts, ["part2Consent.signedOn", "part2Consent.expirationDate"]),
        ["order range from after to"] = (Baseline.WithCourtOrder(Baseline.CourtOrder with { CoversTo = new DateOnly(2023, 1, 1) }), Baseline.LegalFacts, ["legalProcess.coversFrom"]),
        ["blank identification element"] = (Baseline.WithLawEnforcement(Baseline.IdentificationRequest with { RequestedElements = [IdentificationElements.NameAndAddress, " "] }), Baseline.LawEnforcementFacts, ["lawEnforcement.requestedElements"]),
        ["Part 2 consent kind only for treatment, payment and operations"] = (new EvidenceSubmission { Kind = EvidenceKind.Part2Consent, Part2Consent = Baseline.Part2Consent }, Baseline.Part2Facts, ["kind"]),
    };

    public static TheoryData<string> Cases => new(Rows.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void InputCase(string name)
    {
        var row = Rows[name];

        var problems = EvidenceInputChecks.Check(row.Evidence, row.Facts);

        problems.Select(p => p.Field).Should().BeEquivalentTo(row.Fields, because: name);
        problems.Where(p => string.IsNullOrWhiteSpace(p.Message)).Should().BeEmpty();
    }
}
