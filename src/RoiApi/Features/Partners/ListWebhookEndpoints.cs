using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Common.Paging;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Partners;

/// <summary>The caller's active webhook endpoints (admin: all), newest first, without secrets.</summary>
internal static class ListWebhookEndpoints
{
    internal sealed record Query(int Limit, string? Cursor) : IRequest<Outcome<Page>>;

    internal sealed record Page(IReadOnlyList<WebhookEndpointView> Items, string? NextCursor);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Limit).WithinPageLimits();
        }
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, CursorCodec cursors) : IRequestHandler<Query, Outcome<Page>>
    {
        public async Task<Outcome<Page>> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = CursorScope.For(nameof(ListWebhookEndpoints), caller);
            var endpoints = db.WebhookEndpoints.AsNoTracking().VisibleTo(caller).Where(e => e.Active);
            if (query.Cursor is not null)
            {
                if (!cursors.TryRead(query.Cursor, scope, out var position, out var refusal) || !Guid.TryParseExact(position, "N", out var after))
                {
                    return Failure.InvalidCursor(refusal.Length > 0 ? refusal : "The cursor is not one this API issued.");
                }

                endpoints = endpoints.Where(e => e.Id.CompareTo(after) < 0);
            }

            var rows = await endpoints.OrderByDescending(e => e.Id).Take(query.Limit + 1)
                .Select(e => new WebhookEndpointView(e.Id, e.OrganizationId, e.Url, e.EventTypes, e.Active, e.CreatedAt))
                .ToListAsync(cancellationToken);
            var items = rows.Take(query.Limit).ToList();
            return new Page(items, rows.Count > query.Limit ? cursors.Issue(scope, items[^1].Id.ToString("N")) : null);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<Page>, ProblemHttpResult>> (IMediator mediator, CancellationToken cancellationToken, int limit = PageLimits.Default, string? cursor = null) =>
            {
                var outcome = await mediator.Send(new Query(limit, cursor), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(ListWebhookEndpoints))
            .WithSummary("List webhook endpoints")
            .WithDescription("A partner sees its organization's endpoints, an admin every endpoint. Secrets are never listed. Pages with limit (1-200, default 50) and the opaque nextCursor.")
            .ProducesValidationProblem();
}
