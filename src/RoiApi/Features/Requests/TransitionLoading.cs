using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

internal static class TransitionLoading
{
    /// <summary>The request to transition, tracked, if the caller may see it and it is the version the caller read.</summary>
    public static async Task<(DisclosureRequest? Request, Failure? Failure)> LoadForTransitionAsync(
        this RoiDbContext db, Caller caller, Guid requestId, uint expectedVersion, CancellationToken cancellationToken)
    {
        var request = await db.Requests.VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return (null, Failure.NotFound("request"));
        }

        return request.Version == expectedVersion ? (request, null) : (null, Failure.Stale());
    }

    /// <summary>The evidence currently relied on: the latest submitted for the request (tracked, for commands).</summary>
    public static Task<EvidenceRecord?> CurrentEvidenceAsync(this RoiDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        db.Evidence.CurrentFor(requestId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The one definition of "current evidence": the latest record of the request.</summary>
    public static IQueryable<EvidenceRecord> CurrentFor(this IQueryable<EvidenceRecord> evidence, Guid requestId) =>
        evidence.Where(e => e.RequestId == requestId).OrderByDescending(e => e.ReceivedAt).Take(1);
}
