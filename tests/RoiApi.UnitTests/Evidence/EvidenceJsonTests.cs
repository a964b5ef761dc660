using System.Text.Json;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>The evidence is an HTTP body and a jsonb column: camelCase, enums as snake_case words like the rest of the API, missing elements bind as null.</summary>
public class EvidenceJsonTests
{
    [Fact]
    public void BindsCamelCaseBodyWithStringEnumsAndMissingElementsAsNull()
    {
        const string body = """
            {
              "kind": "subpoena",
              "legalProcess": {
                "issuedBy": "attorney",
                "coveredCategories": ["discharge_summary", "lab_result"],
                "qpoAssurance": { "status": "requested_from_court", "prohibitsUseOutsideLitigation": true }
              }
            }
            """;

        var evidence = JsonSerializer.Deserialize<EvidenceSubmission>(body, EvidenceJson.Options)!;

        evidence.Kind.Should().Be(EvidenceKind.Subpoena);
        evidence.LegalProcess!.IssuedBy.Should().Be(ProcessIssuer.Attorney);
        evidence.LegalProcess.CoveredCategories.Should().Equal(DocumentCategory.DischargeSummary, DocumentCategory.LabResult);
        evidence.LegalProcess.QpoAssurance!.Status.Should().Be(QpoStatus.RequestedFromCourt);
        evidence.LegalProcess.QpoAssurance.RequiresReturnOrDestruction.Should().BeNull();
        evidence.Authorization.Should().BeNull();
    }

    [Fact]
    public void RoundTripsTheBaselineAuthorization()
    {
        var json = JsonSerializer.Serialize(Baseline.WithAuthorization(Baseline.Authorization), EvidenceJson.Options);
        var back = JsonSerializer.Deserialize<EvidenceSubmission>(json, EvidenceJson.Options)!;

        json.Should().Contain("\"kind\":\"authorization\"").And.Contain("\"expirationDate\":\"2026-06-30\"").And.Contain("\"coveredCategories\":[\"discharge_summary\",\"lab_result\"]");
        back.Authorization.Should().BeEquivalentTo(Baseline.Authorization);
    }

    [Fact]
    public void RulePacksSerializeAsConfiguration()
    {
        var json = JsonSerializer.Serialize(ExampleRulePacks.Washington, EvidenceJson.Options);
        var back = JsonSerializer.Deserialize<RulePack>(json, EvidenceJson.Options)!;

        json.Should().Contain("\"requiredFor\":[\"judicial_or_administrative\"");
        back.ReproductiveHealthAttestation!.Finding.Code.Should().Be("STATE-WA-REPRO-ATTESTATION");
    }
}
