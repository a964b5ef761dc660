using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>Every transition and event of a request: actor, time, from/to, reason.</summary>
internal static class GetTimeline
{
    internal sealed record Query(Guid RequestId) : IRequest<Outcome<IReadOnlyList<Entry>>>;

    internal sealed record Entry(DateTimeOffset At, RequestEventKind Kind, string ActorRole, string Actor, RequestStatus? From, RequestStatus To, string? Reason);

    internal sealed class Handler(RoiDbContext db, Caller caller) : IRequestHandler<Query, Outcome<IReadOnlyList<Entry>>>
    {
        public async Task<Outcome<IReadOnlyList<Entry>>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await db.Requests.VisibleTo(caller).AnyAsync(r => r.Id == query.RequestId, cancellationToken))
            {
                return Failure.NotFound("request");
            }

            var entries = await db.RequestEvents.AsNoTracking()
                .Where(e => e.RequestId == query.RequestId)
                .OrderBy(e => e.Ordinal)
                .Select(e => new Entry(e.At, e.Kind, e.ActorRole, e.ActorSubject, e.FromStatus, e.ToStatus, e.Reason))
                .ToListAsync(cancellationToken);
            return entries;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{requestId:guid}/timeline", async Task<Results<Ok<IReadOnlyList<Entry>>, ProblemHttpResult>> (Guid requestId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Query(requestId), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(GetTimeline))
            .WithSummary("Read a request's timeline")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
