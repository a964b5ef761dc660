using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Authorizations;

/// <summary>The current evidence's findings, judged again as of today (an authorization may have expired since).</summary>
internal static class GetFindings
{
    internal sealed record Query(Guid RequestId) : IRequest<Outcome<Response>>;

    internal sealed record Response(Guid RequestId, Guid? EvidenceId, EvidenceKind? Kind, DateTimeOffset? ReceivedAt, DateTimeOffset? RevokedAt, bool ReleaseAllowed, IReadOnlyList<Finding> Findings);

    internal sealed class Handler(RoiDbContext db, Caller caller, EvidenceJudge judge) : IRequestHandler<Query, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
            if (request is null)
            {
                return Failure.NotFound("request");
            }

            var record = await db.Evidence.AsNoTracking().CurrentFor(request.Id).FirstOrDefaultAsync(cancellationToken);
            if (record is null)
            {
                var none = request.Policy.EvidenceRequired ? EvidenceRules.Evaluate(null, judge.Facts(request, [], null)) : [];
                return new Response(request.Id, null, null, null, null, EvidenceRules.AllowsRelease(none), none);
            }

            var findings = await judge.JudgeAsync(request, record, cancellationToken);
            return new Response(request.Id, record.Id, record.Kind, record.ReceivedAt, record.RevokedAt, EvidenceRules.AllowsRelease(findings), findings);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{requestId:guid}/findings", async Task<Results<Ok<Response>, ProblemHttpResult>> (Guid requestId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Query(requestId), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(GetFindings))
            .WithSummary("Read the current findings")
            .WithDescription("The findings of the current evidence as of today: code, severity (defect blocks, warning needs a human look), citation, plain-language message and field.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
