using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Common.Paging;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>The caller's own requests (patient: theirs; partner: its organization's; staff: all), newest first.</summary>
internal static class ListRequests
{
    public const int DefaultLimit = PageLimits.Default;
    public const int MaxLimit = PageLimits.Max;

    internal sealed record Query(RequestStatus? Status, LegalBasis? LegalBasis, Guid? PatientId, DateOnly? DueBefore, bool? Overdue, int Limit, string? Cursor) : IRequest<Outcome<Page>>;

    internal sealed record Page(IReadOnlyList<RequestView> Items, string? NextCursor);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Limit).WithinPageLimits();
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, CursorCodec cursors) : IRequestHandler<Query, Outcome<Page>>
    {
        public async Task<Outcome<Page>> Handle(Query query, CancellationToken cancellationToken)
        {
            // Every filter value belongs in the scope: a cursor only continues the list it was issued for.
            var scope = CursorScope.For(nameof(ListRequests), caller, query.Status, query.LegalBasis, query.PatientId, query.DueBefore, query.Overdue);
            var requests = db.Requests.AsNoTracking().VisibleTo(caller);
            if (query.Status is { } status)
            {
                requests = requests.Where(r => r.Status == status);
            }

            if (query.LegalBasis is { } basis)
            {
                requests = requests.Where(r => r.LegalBasis == basis);
            }

            if (query.PatientId is { } patientId)
            {
                requests = requests.Where(r => r.PatientId == patientId);
            }

            if (query.DueBefore is { } dueBefore)
            {
                requests = requests.Where(r => r.DueDate < dueBefore);
            }

            if (query.Overdue is { } overdue)
            {
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                var closed = new[] { RequestStatus.Released, RequestStatus.Denied, RequestStatus.Cancelled };
                requests = overdue
                    ? requests.Where(r => r.DueDate < today && !closed.Contains(r.Status))
                    : requests.Where(r => r.DueDate >= today || closed.Contains(r.Status));
            }

            if (query.Cursor is not null)
            {
                if (!cursors.TryRead(query.Cursor, scope, out var position, out var refusal) || !Guid.TryParseExact(position, "N", out var after))
                {
                    return Failure.InvalidCursor(refusal.Length > 0 ? refusal : "The cursor is not one this API issued.");
                }

                requests = requests.Where(r => r.Id.CompareTo(after) < 0);
            }

            // Keyset paging over the time-ordered ids: the cursor holds the last id of the previous page.
            var rows = await requests.OrderByDescending(r => r.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var items = rows.Take(query.Limit).Select(r => RequestView.From(r, now)).ToList();
            return new Page(items, rows.Count > query.Limit ? cursors.Issue(scope, items[^1].Id.ToString("N")) : null);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<Page>, ProblemHttpResult>> (IMediator mediator, CancellationToken cancellationToken, string? status = null, string? legalBasis = null, Guid? patientId = null, DateOnly? dueBefore = null, bool? overdue = null, int limit = DefaultLimit, string? cursor = null) =>
            {
                var statusOk = Words.TryParse<RequestStatus>(status, out var statusValue);
                var basisOk = Words.TryParse<LegalBasis>(legalBasis, out var basisValue);
                if (!statusOk || !basisOk)
                {
                    return Problems.From(Failure.BadInput([
                        .. statusOk ? Array.Empty<(string, string)>() : [("status", $"One of: {Words.List<RequestStatus>()}.")],
                        .. basisOk ? Array.Empty<(string, string)>() : [("legalBasis", $"One of: {Words.List<LegalBasis>()}.")],
                    ]));
                }

                var outcome = await mediator.Send(new Query(statusValue, basisValue, patientId, dueBefore, overdue, limit, cursor), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(ListRequests))
            .WithSummary("List the caller's requests")
            .WithDescription("Newest first. Filters: status, legalBasis, patientId, dueBefore (due date strictly before), overdue (open and past due). The work queue is `?overdue=true` or `?dueBefore=…&status=…`. Pages with limit (1-200, default 50) and the opaque nextCursor, which is bound to your credentials and to the filters of the first page: send it back unchanged with the same filters (400 invalid-cursor otherwise).")
            .ProducesValidationProblem();
}
