using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Partners;

/// <summary>One active webhook endpoint, without its secret: the Location of a registration.</summary>
internal static class GetWebhookEndpoint
{
    internal sealed record Query(Guid EndpointId) : IRequest<Outcome<WebhookEndpointView>>;

    internal sealed class Handler(RoiDbContext db, Caller caller) : IRequestHandler<Query, Outcome<WebhookEndpointView>>
    {
        public async Task<Outcome<WebhookEndpointView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var endpoint = await db.WebhookEndpoints.AsNoTracking().VisibleTo(caller)
                .Where(e => e.Id == query.EndpointId && e.Active)
                .Select(e => new WebhookEndpointView(e.Id, e.OrganizationId, e.Url, e.EventTypes, e.Active, e.CreatedAt))
                .SingleOrDefaultAsync(cancellationToken);
            return endpoint is null ? Failure.NotFound("webhook endpoint") : endpoint;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{endpointId:guid}", async Task<Results<Ok<WebhookEndpointView>, ProblemHttpResult>> (Guid endpointId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Query(endpointId), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(GetWebhookEndpoint))
            .WithSummary("Read a webhook endpoint")
            .WithDescription("Never its secret. Another organization's endpoint, or a deleted one, is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
