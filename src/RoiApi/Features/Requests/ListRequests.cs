using System.Text;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>The caller's own requests (patient: theirs; partner: its organization's; staff: all), newest first.</summary>
internal static class ListRequests
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    internal sealed record Query(RequestStatus? Status, LegalBasis? LegalBasis, Guid? PatientId, DateOnly? DueBefore, bool? Overdue, int Limit, string? Cursor) : IRequest<Outcome<Page>>;

    internal sealed record Page(IReadOnlyList<RequestView> Items, string? NextCursor);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
            RuleFor(q => q.Cursor).Must(c => c is null || Cursors.TryRead(c, out _)).WithMessage("The cursor is not one this API issued.");
        }
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time) : IRequestHandler<Query, Outcome<Page>>
    {
        public async Task<Outcome<Page>> Handle(Query query, CancellationToken cancellationToken)
        {
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

            if (query.Cursor is not null && Cursors.TryRead(query.Cursor, out var after))
            {
                requests = requests.Where(r => r.Id.CompareTo(after) < 0);
            }

            var rows = await requests.OrderByDescending(r => r.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var items = rows.Take(query.Limit).Select(r => RequestView.From(r, now)).ToList();
            return new Page(items, rows.Count > query.Limit ? Cursors.Write(items[^1].Id) : null);
        }
    }

    /// <summary>Opaque keyset cursors over the time-ordered ids.</summary>
    internal static class Cursors
    {
        public static string Write(Guid lastId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(lastId.ToString("N")));

        public static bool TryRead(string cursor, out Guid lastId)
        {
            lastId = Guid.Empty;
            var buffer = new byte[cursor.Length];
            return Convert.TryFromBase64String(cursor, buffer, out var written)
                && Guid.TryParseExact(Encoding.UTF8.GetString(buffer, 0, written), "N", out lastId);
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
            .WithDescription("Newest first. Filters: status, legalBasis, patientId, dueBefore (due date strictly before), overdue (open and past due). The work queue is `?overdue=true` or `?dueBefore=…&status=…`. Pages with limit (1-200, default 50) and the opaque nextCursor.")
            .ProducesValidationProblem();
}
