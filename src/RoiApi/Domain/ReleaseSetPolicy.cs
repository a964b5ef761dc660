namespace RoiApi.Domain;

/// <summary>One candidate document and the reason it is in or out of the release.</summary>
public sealed record ReleaseDecision(Guid DocumentId, bool Included, string Code, string Citation, string Reason);

/// <summary>Which of the patient's documents a request releases, each decision with its reason and source.</summary>
public static class ReleaseSetPolicy
{
    public static IReadOnlyList<ReleaseDecision> Decide(DisclosureRequest request, IEnumerable<ClinicalDocument> documents, AuthorizationForm? authorization) =>
        [.. documents.OrderBy(d => d.DateOfService).ThenBy(d => d.Id).Select(d => Decide(request, d, authorization))];

    private static ReleaseDecision Decide(DisclosureRequest request, ClinicalDocument document, AuthorizationForm? authorization)
    {
        if (document.DateOfService < request.ScopeFrom || document.DateOfService > request.ScopeTo)
        {
            return new(document.Id, false, "SCOPE-DATE", "45 CFR 164.508(a)(1)", "Date of service outside the requested date range.");
        }

        if (request.ScopeCategories.Count > 0 && !request.ScopeCategories.Contains(document.Category))
        {
            return new(document.Id, false, "SCOPE-CATEGORY", "45 CFR 164.508(a)(1)", "Category not requested.");
        }

        if (document.Category == DocumentCategory.PsychotherapyNote || document.SensitivityLabels.Contains(SensitivityLabel.Psythpn))
        {
            if (request.LegalBasis == LegalBasis.IndividualAccess)
            {
                return new(document.Id, false, "PSYNOTES-EXCLUDED-FROM-ACCESS", "45 CFR 164.524(a)(1)(i)", "Psychotherapy notes are excluded from the right of access.");
            }

            if (request.LegalBasis != LegalBasis.Authorization || authorization?.ForPsychotherapyNotes != true)
            {
                return new(document.Id, false, "PSYNOTES-AUTHORIZATION-REQUIRED", "45 CFR 164.508(a)(2)", "Psychotherapy notes need an authorization dedicated to them.");
            }
        }

        var part2 = document.Category == DocumentCategory.SudCounselingNote || SensitivityLabel.IsPart2(document.SensitivityLabels);
        if (part2 && request.LegalBasis != LegalBasis.IndividualAccess)
        {
            // A 42 CFR 2.31 consent is judged by the evidence engine; until one is on file these stay out.
            return new(document.Id, false, "PART2-CONSENT-REQUIRED", "42 CFR 2.31", "Substance-use-disorder records need a Part 2 consent.");
        }

        return new(document.Id, true, "IN-SCOPE", request.Policy.Citation, "Within the requested dates and categories.");
    }
}
