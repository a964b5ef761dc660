using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Partners;

/// <summary>Stops deliveries to an endpoint. Its past deliveries stay readable; those still pending go to the dead letters.</summary>
internal static class DeleteWebhookEndpoint
{
    internal sealed record Command(Guid EndpointId) : ICommand<Outcome<Response>>;

    internal sealed record Response(Guid EndpointId, int AbandonedDeliveries);

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit) : IRequestHandler<Command, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            var endpoint = await db.WebhookEndpoints.VisibleTo(caller).SingleOrDefaultAsync(e => e.Id == command.EndpointId && e.Active, cancellationToken);
            if (endpoint is null)
            {
                return Failure.NotFound("webhook endpoint");
            }

            endpoint.Deactivate(time.GetUtcNow());
            // Locked first: the delivery worker may be updating the same rows; waiting for it beats a spurious 412.
            var pending = await db.WebhookDeliveries
                .FromSql($"SELECT d.*, d.xmin FROM webhook_deliveries d WHERE d.endpoint_id = {endpoint.Id} AND d.status = 'pending' FOR UPDATE")
                .ToListAsync(cancellationToken);
            foreach (var delivery in pending)
            {
                delivery.Abandon(WebhookErrorKinds.EndpointRemoved);
            }

            audit.Record(db, caller, "webhook_endpoint.deleted", "webhook_endpoint", endpoint.Id, null);
            return new Response(endpoint.Id, pending.Count);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{endpointId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid endpointId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Command(endpointId), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.NoContent();
            })
            .WithName(nameof(DeleteWebhookEndpoint))
            .WithSummary("Delete a webhook endpoint")
            .WithDescription("Nothing more is delivered to it; deliveries still pending become dead letters (endpoint_removed). Another organization's endpoint is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
