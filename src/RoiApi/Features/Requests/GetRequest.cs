using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>One request with its status, due date, clock and next allowed actions; the ETag is what transitions send back.</summary>
internal static class GetRequest
{
    internal sealed record Query(Guid RequestId) : IRequest<Outcome<Response>>;

    internal sealed record Response(RequestView Request, uint Version);

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time) : IRequestHandler<Query, Outcome<Response>>
    {
        // The hottest read: compiled once; tenancy is checked on the row (one query shape for every role).
        private static readonly Func<RoiDbContext, Guid, CancellationToken, Task<DisclosureRequest?>> ById =
            EF.CompileAsyncQuery((RoiDbContext db, Guid id, CancellationToken _) => db.Requests.AsNoTracking().SingleOrDefault(r => r.Id == id));

        public async Task<Outcome<Response>> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await ById(db, query.RequestId, cancellationToken);
            return request is null || !caller.CanSee(request)
                ? Failure.NotFound("request")
                : new Response(RequestView.From(request, time.GetUtcNow()), request.Version);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{requestId:guid}", async Task<Results<Ok<RequestView>, StatusCodeHttpResult, ProblemHttpResult>> (Guid requestId, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Query(requestId), cancellationToken);
                if (outcome.Failure is { } failure)
                {
                    return Problems.From(failure);
                }

                http.SetETag(outcome.Value!.Version);
                if (Preconditions.IsNotModified(http.Request, outcome.Value.Version))
                {
                    return TypedResults.StatusCode(StatusCodes.Status304NotModified);
                }

                return TypedResults.Ok(outcome.Value.Request);
            })
            .WithName(nameof(GetRequest))
            .WithSummary("Read one request")
            .WithDescription("Its status, due date, \"day N of M\" and next allowed statuses. The ETag header is the If-Match value for transitions; send it as If-None-Match to get 304 while the request is unchanged. Another tenant's request is 404.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
