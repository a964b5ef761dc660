using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Review;

internal static class ReleaseSets
{
    /// <summary>Every document of the patient judged against the request and its current evidence.</summary>
    public static async Task<IReadOnlyList<(ClinicalDocument Document, ReleaseDecision Decision)>> DecideAsync(
        this RoiDbContext db, DisclosureRequest request, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.PatientId == request.PatientId).ToListAsync(cancellationToken);
        var evidence = await db.CurrentEvidenceAsync(request.Id, cancellationToken);
        var byId = documents.ToDictionary(d => d.Id);
        return [.. ReleaseSetPolicy.Decide(request, documents, evidence?.Form).Select(d => (byId[d.DocumentId], d))];
    }
}
