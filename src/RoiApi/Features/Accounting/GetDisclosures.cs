using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Accounting;

/// <summary>
/// The accounting of disclosures (45 CFR 164.528): the accountable ledger rows of the last six years, or since
/// <c>from</c> if later. A query over the ledger, never a hand-typed list.
/// </summary>
internal static class GetDisclosures
{
    internal sealed record Query(Guid PatientId, DateOnly? From) : IRequest<Outcome<Response>>;

    internal sealed record Response(Guid PatientId, DateOnly From, DateOnly To, IReadOnlyList<Entry> Entries);

    /// <summary>The 164.528(b)(2) content of one disclosure.</summary>
    internal sealed record Entry(DateTimeOffset Date, string RecipientName, string? RecipientAddress, string Description, string Purpose, LegalBasis LegalBasis, Guid RequestId);

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time) : IRequestHandler<Query, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Query query, CancellationToken cancellationToken)
        {
            var ownRecords = caller.Role != Roles.Patient || caller.PatientId == query.PatientId;
            if (!ownRecords || !await db.Patients.AnyAsync(p => p.Id == query.PatientId, cancellationToken))
            {
                return Failure.NotFound("patient");
            }

            var now = time.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var windowStart = today.AddYears(-6); // 164.528(a)(1): the six years before the request
            var from = query.From is { } asked && asked > windowStart ? asked : windowStart;
            var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var entries = await db.DisclosureLedger.AsNoTracking()
                .Where(e => e.PatientId == query.PatientId && e.Accountable && e.DisclosedAt >= since)
                .OrderBy(e => e.DisclosedAt)
                .Select(e => new Entry(e.DisclosedAt, e.RecipientName, e.RecipientAddress, e.Description, e.Purpose, e.LegalBasis, e.RequestId))
                .ToListAsync(cancellationToken);
            return new Response(query.PatientId, from, today, entries);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{patientId:guid}/disclosures", async Task<Results<Ok<Response>, ProblemHttpResult>> (Guid patientId, IMediator mediator, CancellationToken cancellationToken, DateOnly? from = null) =>
            {
                var outcome = await mediator.Send(new Query(patientId, from), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(GetDisclosures))
            .WithSummary("The accounting of disclosures")
            .WithDescription("45 CFR 164.528: accountable disclosures of the last six years (or since from). For compliance officers and for the patient themself; another patient's accounting is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
