using System.Text.RegularExpressions;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>Properties every rule must have: stable unique codes, exact citations, fields, and messages free of patient data.</summary>
public partial class RuleCatalogTests
{
    private static IEnumerable<EvidenceRule> AllRules() =>
        EvidenceRules.Federal.Concat(ExampleRulePacks.All.SelectMany(RulePackRules.For));

    [Fact]
    public void CodesAreUniqueAndUpperKebab()
    {
        var codes = AllRules().Select(r => r.Code).Concat(ReleasePolicy.OwnReasons.Select(f => f.Code)).ToList();

        // one code may have one entry per evidence section (a pack's order rule: legal process and law enforcement)
        AllRules().Select(r => (r.Code, r.Field)).Should().OnlyHaveUniqueItems();
        EvidenceRules.Federal.Select(r => r.Code).Concat(ReleasePolicy.OwnReasons.Select(f => f.Code)).Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(code => CodePattern().IsMatch(code));
    }

    [Fact]
    public void EveryRuleIsListedInTheRulesDocument()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RoiApi.sln")))
        {
            dir = dir.Parent;
        }

        var document = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "rules.md"));

        AllRules().Select(r => r.Code).Concat(ReleasePolicy.OwnReasons.Select(f => f.Code)).Distinct()
            .Should().OnlyContain(code => document.Contains($"`{code}`", StringComparison.Ordinal), "docs/rules.md lists every finding code");
    }

    [Fact]
    public void FederalCitationsAreExactParagraphs() =>
        EvidenceRules.Federal.Should().OnlyContain(rule => CitationPattern().IsMatch(rule.Citation), "citations look like '45 CFR 164.508(c)(1)(v)' or '42 CFR 2.31(a)(4)'");

    [Fact]
    public void EveryRuleNamesACamelCaseField() =>
        AllRules().Should().OnlyContain(rule => FieldPattern().IsMatch(rule.Field));

    [Fact]
    public void MessagesCarryNoPatientDataInAnyCase()
    {
        var inputs = new[] { Baseline.Hospital, Baseline.LawFirm, Baseline.Purpose, "2024", "2025", "2026", "Mercy", "Smith" };
        var evidence = Baseline.WithAuthorization(Baseline.Authorization with { ExpirationDate = Baseline.Today.AddDays(-1), SignaturePresent = false, Recipients = ["Someone Else"] });
        var findings = EvidenceRules.Evaluate(evidence, Baseline.AuthorizationFacts with { RulePack = ExampleRulePacks.NewYork, ReleaseLabels = [SensitivityLabel.Hiv, SensitivityLabel.Sud] });

        findings.Should().NotBeEmpty();
        AllRules().Select(r => r.Message).Concat(findings.Select(f => f.Message))
            .Should().OnlyContain(message => !inputs.Any(value => message.Contains(value, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void EvaluateNeverReadsBeyondItsInputs()
    {
        var first = EvidenceRules.Evaluate(Baseline.WithAuthorization(Baseline.Authorization), Baseline.AuthorizationFacts);
        var later = EvidenceRules.Evaluate(Baseline.WithAuthorization(Baseline.Authorization), Baseline.AuthorizationFacts with { Today = new DateOnly(2030, 1, 1) });

        first.Should().BeEmpty();
        later.Select(f => f.Code).Should().Equal("AUTH-EXPIRED");
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(45 CFR 164\.\d{3}(\([a-z0-9]+\)|\([ivx]+\)|\([A-Z]\))+|42 CFR 2\.\d{2}(\([a-z0-9]+\))*|42 CFR part 2, subpart [A-E])$")]
    private static partial Regex CitationPattern();

    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$")]
    private static partial Regex FieldPattern();
}
