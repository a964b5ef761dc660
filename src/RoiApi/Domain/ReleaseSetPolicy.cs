using RoiApi.Domain.Evidence;

namespace RoiApi.Domain;

/// <summary>One candidate document and the reason it is in or out of the release.</summary>
public sealed record DocumentDecision(Guid DocumentId, bool Included, string Code, string Citation, string Reason);

/// <summary>
/// Which of the patient's documents a request releases, each decision with its reason and source. Scope first
/// (dates, categories), then the sensitive categories: psychotherapy notes, SUD counseling notes, Part 2 records
/// and the labels the active jurisdiction pack protects are released only when the evidence covers them.
/// </summary>
public static class ReleaseSetPolicy
{
    public static IReadOnlyList<DocumentDecision> Decide(DisclosureRequest request, IEnumerable<DocumentSummary> documents, EvidenceSubmission? evidence, RulePack? pack) =>
        [.. documents.OrderBy(d => d.DateOfService).ThenBy(d => d.Id).Select(d => Decide(request, d, evidence, pack))];

    /// <summary>
    /// The facts the evidence is judged on. The evidence is judged for what it claims to cover: a sensitive
    /// category counts only when the evidence asks for it; otherwise those documents are simply held back.
    /// </summary>
    public static RequestFacts FactsFor(DisclosureRequest request, IEnumerable<DocumentSummary> documents, EvidenceSubmission? evidence, DateTimeOffset evidenceReceivedAt, string coveredEntityName, RulePack? pack, DateOnly today)
    {
        var inScope = documents.Where(request.Scope.Covers).ToList();
        var claimsPsychotherapyNotes = evidence?.Authorization?.IsForPsychotherapyNotes == true;
        var claimsPart2 = evidence?.Part2Consent is not null || evidence?.Part2CourtOrder is not null;
        var claimedLabels = (evidence?.Authorization?.SpecificallyAuthorizedLabels ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new RequestFacts
        {
            LegalBasis = request.LegalBasis,
            CoveredEntityName = coveredEntityName,
            RecipientName = request.RecipientName,
            Purpose = request.Purpose,
            IndividualInitiated = request.RequesterKind == RequesterKind.Patient,
            RequestedFrom = request.ScopeFrom,
            RequestedTo = request.ScopeTo,
            RequestedCategories = request.ScopeCategories,
            ReleaseContainsPsychotherapyNotes = claimsPsychotherapyNotes && inScope.Any(IsPsychotherapyNote),
            ReleaseContainsSudCounselingNotes = evidence?.Part2Consent?.IsForSudCounselingNotes == true && inScope.Any(d => d.Category == DocumentCategory.SudCounselingNote),
            ReleaseContainsPart2Records = claimsPart2 && inScope.Any(IsPart2),
            ReleaseLabels = [.. inScope.SelectMany(d => d.SensitivityLabels).Where(claimedLabels.Contains).Distinct(StringComparer.Ordinal)],
            SubmittedAt = evidenceReceivedAt,
            Today = today,
            RulePack = pack,
        };
    }

    private static DocumentDecision Decide(DisclosureRequest request, DocumentSummary document, EvidenceSubmission? evidence, RulePack? pack)
    {
        if (document.DateOfService < request.ScopeFrom || document.DateOfService > request.ScopeTo)
        {
            return new(document.Id, false, "SCOPE-DATE", request.Policy.Citation, "Date of service outside the requested date range.");
        }

        if (request.ScopeCategories.Count > 0 && !request.ScopeCategories.Contains(document.Category))
        {
            return new(document.Id, false, "SCOPE-CATEGORY", request.Policy.Citation, "Category not requested.");
        }

        var checks = new List<ReleaseDecision>();
        if (IsPsychotherapyNote(document))
        {
            checks.Add(ReleasePolicy.MayReleasePsychotherapyNotes(evidence, request.LegalBasis));
        }

        if (document.Category == DocumentCategory.SudCounselingNote)
        {
            checks.Add(ReleasePolicy.MayReleaseSudCounselingNotes(evidence, request.LegalBasis));
        }

        if (IsPart2(document))
        {
            checks.Add(ReleasePolicy.MayReleasePart2Records(evidence, request.LegalBasis));
        }

        checks.AddRange(document.SensitivityLabels.Select(label => ReleasePolicy.MayReleaseLabel(label, evidence, request.LegalBasis, pack)));
        var refusal = checks.FirstOrDefault(c => !c.Allowed)?.Reason;
        return refusal is null
            ? new(document.Id, true, "IN-SCOPE", request.Policy.Citation, "Within the requested dates and categories, and covered by the legal basis.")
            : new(document.Id, false, refusal.Code, refusal.Citation, refusal.Message);
    }

    private static bool IsPsychotherapyNote(DocumentSummary d) =>
        d.Category == DocumentCategory.PsychotherapyNote || d.SensitivityLabels.Contains(SensitivityLabel.Psythpn);

    private static bool IsPart2(DocumentSummary d) =>
        d.Category == DocumentCategory.SudCounselingNote || SensitivityLabel.IsPart2(d.SensitivityLabels);
}
