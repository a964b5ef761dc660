using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Authorizations;

/// <summary>
/// Judges a request's evidence and release set with the facility's covered-entity name and jurisdiction pack,
/// on the clock's date: the same judgement at intake, review and release.
/// </summary>
internal sealed class EvidenceJudge(RoiDbContext db, IOptions<FacilityOptions> facility, RulePackRegistry packs, TimeProvider time)
{
    public RulePack? ActivePack => packs.Resolve(facility.Value.RulePack).Pack;

    public string CoveredEntityName => facility.Value.Name;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public Task<List<DocumentSummary>> DocumentsAsync(Guid patientId, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking()
            .Where(d => d.PatientId == patientId)
            .Select(d => new DocumentSummary(d.Id, d.Category, d.DateOfService, d.Title, d.PageCount, d.SensitivityLabels))
            .ToListAsync(cancellationToken);

    /// <summary>The facts as of today, for evidence received at <paramref name="evidenceReceivedAt"/> (default: now).</summary>
    public RequestFacts Facts(DisclosureRequest request, IEnumerable<DocumentSummary> documents, EvidenceSubmission? evidence, DateTimeOffset? evidenceReceivedAt = null) =>
        ReleaseSetPolicy.FactsFor(request, documents, evidence, evidenceReceivedAt ?? time.GetUtcNow(), CoveredEntityName, ActivePack, Today);

    /// <summary>Judges the record against the request as it stands today and stores the findings on it.</summary>
    public async Task<IReadOnlyList<Finding>> JudgeAsync(DisclosureRequest request, EvidenceRecord record, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(request.PatientId, cancellationToken);
        return record.Judge(Facts(request, documents, record.Effective, record.ReceivedAt));
    }

    /// <summary>Every document of the patient with its decision under the current evidence.</summary>
    public async Task<IReadOnlyList<(DocumentSummary Document, DocumentDecision Decision)>> ReleaseSetAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(request.PatientId, cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().CurrentFor(request.Id).FirstOrDefaultAsync(cancellationToken);
        var byId = documents.ToDictionary(d => d.Id);
        return [.. ReleaseSetPolicy.Decide(request, documents, evidence?.Effective, ActivePack).Select(d => (byId[d.DocumentId], d))];
    }
}
