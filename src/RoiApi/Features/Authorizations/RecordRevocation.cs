using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Authorizations;

/// <summary>
/// A written revocation is recorded, effective from its receipt (45 CFR 164.508(b)(5); 42 CFR 2.31(a)(6)). Every
/// pending release under the authorization stops at once (the request goes on hold); a release already made
/// stays made (reliance), and the timeline says so.
/// </summary>
internal static class RecordRevocation
{
    internal sealed record Body(DateTimeOffset? ReceivedAt = null, string? Note = null);

    internal sealed record Command(Guid AuthorizationId, DateTimeOffset? ReceivedAt, string? Note) : ICommand<Outcome<Response>>;

    internal sealed record Response(Guid AuthorizationId, Guid RequestId, DateTimeOffset RevokedAt, RequestStatus RequestStatus, bool ReleasedBeforeRevocation);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(1000);
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit, EvidenceJudge judge) : IRequestHandler<Command, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            var record = await db.Evidence.SingleOrDefaultAsync(e => e.Id == command.AuthorizationId, cancellationToken);
            if (record is null || (caller.Role == Roles.Patient && record.PatientId != caller.PatientId))
            {
                return Failure.NotFound("authorization");
            }

            var now = time.GetUtcNow();
            var receivedAt = command.ReceivedAt ?? now;
            if (receivedAt > now)
            {
                return Failure.BadInput([("receivedAt", "A revocation cannot be received in the future.")]);
            }

            if (!record.Revoke(receivedAt))
            {
                return Failure.InvalidState(record.RevokedAt is null
                    ? "Only an authorization or a Part 2 consent can be revoked by the individual."
                    : "This authorization is already revoked.");
            }

            var request = await db.Requests.SingleAsync(r => r.Id == record.RequestId, cancellationToken);
            var releasedBefore = request.ReleasedAt is { } releasedAt && releasedAt <= receivedAt;
            if (releasedBefore)
            {
                request.RecordNote(caller.Actor, now, "revocation received after release: the release stands (reliance, 45 CFR 164.508(b)(5)(i))");
            }
            else if (!RequestStateMachine.IsTerminal(request.Status))
            {
                var findings = await judge.JudgeAsync(request, record, cancellationToken);
                request.RecordEvidenceJudged(caller.Actor, now, findings);
            }

            audit.Record(db, caller, "authorization.revoked", "authorization", record.Id, record.PatientId);
            return new Response(record.Id, request.Id, receivedAt, request.Status, releasedBefore);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{authorizationId:guid}/revocations", async Task<Results<Ok<Response>, ProblemHttpResult>> (Guid authorizationId, Body body, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Command(authorizationId, body.ReceivedAt, body.Note), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(RecordRevocation))
            .WithSummary("Record a written revocation")
            .WithDescription("Effective from receivedAt (default: now). Pending releases under the authorization stop at once; a release made before receipt stands.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
