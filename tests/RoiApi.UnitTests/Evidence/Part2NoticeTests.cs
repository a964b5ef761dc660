using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>42 CFR 2.32: notice texts versioned by effective date, and the obligations of a release.</summary>
public class Part2NoticeTests
{
    [Fact]
    public void Statement1In2025IsThe2024Text()
    {
        var notice = Part2Notices.InForce(Part2NoticeStatement.Statement1, new DateOnly(2025, 11, 25));

        notice!.Id.Should().Be("part2-2.32-statement1-2024");
        notice.Text.Should().StartWith("This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2).");
        notice.Text.Should().EndWith("(see 42 CFR 2.31).");
    }

    [Fact]
    public void Statement2IsTheShortForm() =>
        Part2Notices.InForce(Part2NoticeStatement.Statement2, new DateOnly(2026, 2, 16))!.Text
            .Should().Be("42 CFR part 2 prohibits unauthorized use or disclosure of these records.");

    [Fact]
    public void NoSeedVersionBeforeThe2024RuleTookEffect() =>
        Part2Notices.InForce(Part2NoticeStatement.Statement1, new DateOnly(2024, 4, 15)).Should().BeNull();

    [Fact]
    public void LaterVersionReplacesEarlierFromItsEffectiveDate()
    {
        var old = Part2Notices.Statement2Of2024 with { EffectiveUntil = new DateOnly(2027, 1, 1) };
        var next = Part2Notices.Statement2Of2024 with { Id = "statement2-2027", EffectiveFrom = new DateOnly(2027, 1, 1), Text = "New text." };

        Part2Notices.InForce([old, next], Part2NoticeStatement.Statement2, new DateOnly(2026, 12, 31))!.Id.Should().Be(old.Id);
        Part2Notices.InForce([old, next], Part2NoticeStatement.Statement2, new DateOnly(2027, 1, 1))!.Id.Should().Be("statement2-2027");
    }

    [Fact]
    public void ConsentBasedReleaseOfPart2RecordsCarriesNoticeAndConsentCopy()
    {
        var obligations = ReleaseObligations.Compute(Baseline.Part2Facts, Baseline.Today);

        obligations.Select(o => o.Code).Should().Equal("P2-NOTICE", "P2-CONSENT-COPY");
        obligations[0].Citation.Should().Be("42 CFR 2.32(a)");
        obligations[0].TextId.Should().Be("part2-2.32-statement1-2024");
        obligations[1].Citation.Should().Be("42 CFR 2.32(b)");
    }

    [Fact]
    public void OrganizationMayChooseStatement2() =>
        ReleaseObligations.Compute(Baseline.Part2Facts, Baseline.Today, Part2NoticeStatement.Statement2)[0].TextId.Should().Be("part2-2.32-statement2-2024");

    [Fact]
    public void CourtOrderedReleaseOfPart2RecordsHasNoConsentObligations() =>
        ReleaseObligations.Compute(Baseline.LegalFacts with { ReleaseLabels = [SensitivityLabel.Sud] }, Baseline.Today).Should().BeEmpty();

    [Fact]
    public void ReleaseWithoutPart2RecordsHasNoObligations() =>
        ReleaseObligations.Compute(Baseline.AuthorizationFacts, Baseline.Today).Should().BeEmpty();

    [Fact]
    public void NewYorkHivReleaseCarriesTheStateRedisclosureStatement()
    {
        var facts = Baseline.AuthorizationFacts with { RulePack = ExampleRulePacks.NewYork, ReleaseLabels = [SensitivityLabel.Hiv] };

        var obligations = ReleaseObligations.Compute(facts, Baseline.Today);

        obligations.Should().ContainSingle().Which.Code.Should().Be("STATE-NY-HIV-REDISCLOSURE");
        obligations[0].Text.Should().Contain("protected by state law");
    }

    [Fact]
    public void MissingNoticeVersionIsAConfigurationError()
    {
        var compute = () => ReleaseObligations.Compute(Baseline.Part2Facts, new DateOnly(2020, 1, 1));

        compute.Should().Throw<InvalidOperationException>();
    }
}
