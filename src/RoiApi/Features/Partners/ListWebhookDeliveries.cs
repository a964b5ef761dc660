using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Common.Paging;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Partners;

/// <summary>Webhook deliveries and their attempts, newest first: pending retries, delivered, and the dead letters.</summary>
internal static class ListWebhookDeliveries
{
    /// <summary><paramref name="Status"/> is the API's word (pending, delivered, dead): minimal APIs bind enums by their C# names only.</summary>
    internal sealed record Query(string? Status, Guid? EndpointId, int Limit, string? Cursor) : IRequest<Outcome<Page>>;

    internal sealed record Page(IReadOnlyList<DeliveryView> Items, string? NextCursor);

    /// <summary>One delivery: the <c>webhook-id</c> its receiver saw, how often it was tried and how the last try ended (no response bodies).</summary>
    internal sealed record DeliveryView(
        Guid Id,
        Guid EndpointId,
        string EventType,
        WebhookDeliveryStatus Status,
        int Attempts,
        int? LastStatusCode,
        string? LastError,
        DateTimeOffset? LastAttemptAt,
        DateTimeOffset? NextAttemptAt,
        DateTimeOffset CreatedAt,
        DateTimeOffset? DeliveredAt);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).Must(s => Words.TryParse<WebhookDeliveryStatus>(s, out _))
                .WithMessage($"Unknown status; known: {Words.List<WebhookDeliveryStatus>()}.");
            RuleFor(q => q.Limit).WithinPageLimits();
        }
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, CursorCodec cursors) : IRequestHandler<Query, Outcome<Page>>
    {
        public async Task<Outcome<Page>> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = CursorScope.For(nameof(ListWebhookDeliveries), caller, query.Status, query.EndpointId);
            var deliveries = db.WebhookDeliveries.AsNoTracking().VisibleTo(caller);
            if (Words.TryParse<WebhookDeliveryStatus>(query.Status, out var parsed) && parsed is { } status)
            {
                deliveries = deliveries.Where(d => d.Status == status);
            }

            if (query.EndpointId is { } endpointId)
            {
                deliveries = deliveries.Where(d => d.EndpointId == endpointId);
            }

            if (query.Cursor is not null)
            {
                if (!cursors.TryRead(query.Cursor, scope, out var position, out var refusal) || !Guid.TryParseExact(position, "N", out var after))
                {
                    return Failure.InvalidCursor(refusal.Length > 0 ? refusal : "The cursor is not one this API issued.");
                }

                deliveries = deliveries.Where(d => d.Id.CompareTo(after) < 0);
            }

            var rows = await deliveries.OrderByDescending(d => d.Id).Take(query.Limit + 1)
                .Select(d => new DeliveryView(d.Id, d.EndpointId, d.EventType, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.LastAttemptAt, d.NextAttemptAt, d.CreatedAt, d.DeliveredAt))
                .ToListAsync(cancellationToken);
            var items = rows.Take(query.Limit).ToList();
            return new Page(items, rows.Count > query.Limit ? cursors.Issue(scope, items[^1].Id.ToString("N")) : null);
        }
    }


    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<Page>, ProblemHttpResult>> (IMediator mediator, CancellationToken cancellationToken, string? status = null, Guid? endpointId = null, int limit = PageLimits.Default, string? cursor = null) =>
            {
                var outcome = await mediator.Send(new Query(status, endpointId, limit, cursor), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(ListWebhookDeliveries))
            .WithSummary("List webhook deliveries")
            .WithDescription("A partner sees its organization's deliveries, an admin every delivery. Filters: status (pending, delivered, dead: the dead letters), endpointId. Pages with limit (1-200, default 50) and the opaque nextCursor.")
            .ProducesValidationProblem();
}
