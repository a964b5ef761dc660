using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>Jurisdiction rule packs: extra protected labels, attestation (off federally), registry.</summary>
public class RulePackTests
{
    private static readonly CaseTable Table = Build();

    public static TheoryData<string> Cases => Table.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void RulePackCase(string name)
    {
        var @case = Table.Cases[name];

        var findings = EvidenceRules.Evaluate(@case.Evidence, @case.Facts);

        findings.Select(f => f.Code).Should().BeEquivalentTo(@case.ExpectedCodes, because: name);
    }

    private static CaseTable Build()
    {
        var table = new CaseTable();
        var ny = Baseline.AuthorizationFacts with { RulePack = ExampleRulePacks.NewYork, ReleaseLabels = [SensitivityLabel.Hiv] };
        var hivAuthorization = Baseline.Authorization with { SpecificallyAuthorizedLabels = [SensitivityLabel.Hiv] };

        table.Add("example-ny: HIV records under a general authorization", Baseline.WithAuthorization(Baseline.Authorization), ny, "STATE-NY-HIV-AUTH");
        table.Add("example-ny: HIV records under an HIV-specific authorization", Baseline.WithAuthorization(hivAuthorization), ny);
        table.Add("example-ny: label matching ignores case", Baseline.WithAuthorization(Baseline.Authorization with { SpecificallyAuthorizedLabels = ["hiv"] }), ny);
        table.Add("federal only: HIV records under a general authorization", Baseline.WithAuthorization(Baseline.Authorization), ny with { RulePack = null });
        table.Add("example-ny: genetic results and HIV under a general authorization", Baseline.WithAuthorization(Baseline.Authorization),
            ny with { ReleaseLabels = [SensitivityLabel.Hiv, SensitivityLabel.Gdis] }, "STATE-NY-HIV-AUTH", "STATE-NY-GENETIC-AUTH");
        table.Add("example-ny: HIV records under a subpoena with a QPO", Baseline.WithSubpoena(Baseline.Subpoena),
            Baseline.LegalFacts with { RulePack = ExampleRulePacks.NewYork, ReleaseLabels = [SensitivityLabel.Hiv] }, "STATE-NY-HIV-ORDER");
        table.Add("example-ny: HIV records under an order that expressly covers them", Baseline.WithCourtOrder(Baseline.CourtOrder with { ExpresslyCoveredLabels = [SensitivityLabel.Hiv] }),
            Baseline.LegalFacts with { RulePack = ExampleRulePacks.NewYork, ReleaseLabels = [SensitivityLabel.Hiv] });
        table.Add("example-ny: records without protected labels", Baseline.WithAuthorization(Baseline.Authorization), ny with { ReleaseLabels = [SensitivityLabel.Bh] });

        var wa = Baseline.LegalFacts with { RulePack = ExampleRulePacks.Washington, ReleaseLabels = [SensitivityLabel.Pregnant] };
        var attestation = new AttestationEvidence { SignaturePresent = true, SignedOn = new DateOnly(2025, 11, 21), StatesPurposeNotProhibited = true };
        table.Add("example-wa: subpoena for pregnancy records without an attestation", Baseline.WithSubpoena(Baseline.Subpoena), wa, "STATE-WA-REPRO-ATTESTATION");
        table.Add("example-wa: subpoena for pregnancy records with a signed attestation", Baseline.WithSubpoena(Baseline.Subpoena) with { Attestation = attestation }, wa);
        table.Add("example-wa: attestation that does not state the purpose is permitted", Baseline.WithSubpoena(Baseline.Subpoena) with { Attestation = attestation with { StatesPurposeNotProhibited = null } }, wa, "STATE-WA-REPRO-ATTESTATION");
        table.Add("example-wa: no attestation needed for records without reproductive labels", Baseline.WithSubpoena(Baseline.Subpoena), wa with { ReleaseLabels = [SensitivityLabel.Mh] });
        table.Add("example-wa: no attestation needed under the patient's authorization", Baseline.WithAuthorization(Baseline.Authorization),
            Baseline.AuthorizationFacts with { RulePack = ExampleRulePacks.Washington, ReleaseLabels = [SensitivityLabel.Sex] });
        table.Add("45 CFR 164.509 vacated (Purl v. HHS): no federal attestation without a pack", Baseline.WithSubpoena(Baseline.Subpoena), wa with { RulePack = null });
        table.Add("example-wa: warrant for reproductive-health records without an attestation", Baseline.WithLawEnforcement(Baseline.Warrant),
            Baseline.LawEnforcementFacts with { RulePack = ExampleRulePacks.Washington, ReleaseLabels = [SensitivityLabel.Sex] }, "STATE-WA-REPRO-ATTESTATION");

        table.Add("example-ny: HIV records under a warrant that does not name them", Baseline.WithLawEnforcement(Baseline.Warrant),
            Baseline.LawEnforcementFacts with { RulePack = ExampleRulePacks.NewYork, ReleaseLabels = [SensitivityLabel.Hiv] }, "STATE-NY-HIV-ORDER");

        var custom = new RulePack("test-mh", "Test pack", IsExample: true,
            [new ProtectedLabelRule(SensitivityLabel.Mh, new PackRequirement("STATE-TEST-MH-AUTH", "Test Code 1", "Needs a mental-health authorization."))]);
        table.Add("a new jurisdiction's rule is a new entry: configured mental-health label", Baseline.WithAuthorization(Baseline.Authorization),
            Baseline.AuthorizationFacts with { RulePack = custom, ReleaseLabels = [SensitivityLabel.Mh] }, "STATE-TEST-MH-AUTH");

        return table;
    }

    [Fact]
    public void RegistryResolvesKnownUnknownAndAbsentIds()
    {
        var registry = RulePackRegistry.Examples;

        registry.Resolve("example-ny").Should().Be(new RulePackLookup(RulePackLookupStatus.Found, ExampleRulePacks.NewYork, "example-ny"));
        registry.Resolve("EXAMPLE-WA").Pack.Should().BeSameAs(ExampleRulePacks.Washington);
        registry.Resolve("example-tx").Status.Should().Be(RulePackLookupStatus.Unknown);
        registry.Resolve("example-tx").Pack.Should().BeNull();
        registry.Resolve(null).Status.Should().Be(RulePackLookupStatus.NotRequested);
        registry.Resolve(" ").Status.Should().Be(RulePackLookupStatus.NotRequested);
    }

    [Fact]
    public void RegistryRefusesDuplicateIds()
    {
        var build = () => new RulePackRegistry([ExampleRulePacks.NewYork, ExampleRulePacks.NewYork with { Name = "copy" }]);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ExamplePacksAreLabelledAsExamples()
    {
        ExampleRulePacks.All.Should().OnlyContain(pack => pack.IsExample && pack.Id.StartsWith("example-", StringComparison.Ordinal) && pack.Name.StartsWith("EXAMPLE", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelPolicyFollowsThePack()
    {
        var general = Baseline.WithAuthorization(Baseline.Authorization);
        var specific = Baseline.WithAuthorization(Baseline.Authorization with { SpecificallyAuthorizedLabels = [SensitivityLabel.Hiv] });

        ReleasePolicy.MayReleaseLabel(SensitivityLabel.Hiv, general, LegalBasis.Authorization, ExampleRulePacks.NewYork).Reason!.Code.Should().Be("STATE-NY-HIV-AUTH");
        ReleasePolicy.MayReleaseLabel(SensitivityLabel.Hiv, specific, LegalBasis.Authorization, ExampleRulePacks.NewYork).Allowed.Should().BeTrue();
        ReleasePolicy.MayReleaseLabel(SensitivityLabel.Hiv, general, LegalBasis.Authorization, null).Allowed.Should().BeTrue();
        ReleasePolicy.MayReleaseLabel(SensitivityLabel.Hiv, Baseline.WithSubpoena(Baseline.Subpoena), LegalBasis.JudicialOrAdministrative, ExampleRulePacks.NewYork).Reason!.Code.Should().Be("STATE-NY-HIV-ORDER");
        ReleasePolicy.MayReleaseLabel(SensitivityLabel.Mh, general, LegalBasis.Authorization, ExampleRulePacks.NewYork).Allowed.Should().BeTrue();
    }
}
