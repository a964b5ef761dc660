using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Features.Authorizations;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Review;

/// <summary>Every candidate document with the decision and its reason: what the reviewer approves.</summary>
internal static class GetReleaseSet
{
    internal sealed record Query(Guid RequestId) : IRequest<Outcome<Response>>;

    internal sealed record Response(Guid RequestId, int IncludedCount, int IncludedPages, IReadOnlyList<Item> Items);

    internal sealed record Item(
        Guid DocumentId,
        string Title,
        DocumentCategory Category,
        DateOnly DateOfService,
        IReadOnlyList<string> SensitivityLabels,
        int PageCount,
        bool Included,
        string Code,
        string Citation,
        string Reason);

    internal sealed class Handler(RoiDbContext db, Caller caller, EvidenceJudge judge) : IRequestHandler<Query, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
            if (request is null)
            {
                return Failure.NotFound("request");
            }

            var decided = await judge.ReleaseSetAsync(request, cancellationToken);
            var items = decided.Select(x => new Item(
                x.Document.Id, x.Document.Title, x.Document.Category, x.Document.DateOfService, x.Document.SensitivityLabels, x.Document.PageCount,
                x.Decision.Included, x.Decision.Code, x.Decision.Citation, x.Decision.Reason)).ToList();
            var included = items.Where(i => i.Included).ToList();
            return new Response(request.Id, included.Count, included.Sum(i => i.PageCount), items);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{requestId:guid}/release-set", async Task<Results<Ok<Response>, ProblemHttpResult>> (Guid requestId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Query(requestId), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(GetReleaseSet))
            .WithSummary("Read the release set")
            .WithDescription("Each of the patient's documents with whether it is released and why (date range, category, psychotherapy notes, 42 CFR Part 2), citing the rule.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
