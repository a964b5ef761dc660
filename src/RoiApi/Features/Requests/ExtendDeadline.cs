using FluentValidation;
using MediatR;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>
/// The one extension of the due date: at most 30 days, before the first due date passes, with written reasons
/// and the new date (45 CFR 164.524(b)(2)(ii)). The extension notice (GET …/letters/extension) carries them.
/// </summary>
internal static class ExtendDeadline
{
    internal sealed record Body(DateOnly NewDueDate, string Reason);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, DateOnly NewDueDate, string Reason) : ICommand<Outcome<Transitioned>>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit) : IRequestHandler<Command, Outcome<Transitioned>>
    {
        public async Task<Outcome<Transitioned>> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, failure) = await db.LoadForTransitionAsync(caller, command.RequestId, command.ExpectedVersion, cancellationToken);
            if (request is null)
            {
                return failure!;
            }

            var now = time.GetUtcNow();
            var refusal = request.Extend(caller.Actor, now, command.NewDueDate, command.Reason);
            if (refusal is not null)
            {
                var rule = Finding.Defect(refusal.Code, refusal.Citation, refusal.Message, refusal.IsBadInput ? "newDueDate" : null);
                return Failure.Refused(refusal.IsBadInput ? FailureKind.BadInput : FailureKind.InvalidState, rule) with
                {
                    Errors = refusal.IsBadInput ? new Dictionary<string, string[]> { ["newDueDate"] = [refusal.Message] } : null,
                };
            }

            audit.Record(db, caller, "request.deadline_extended", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/extend", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.NewDueDate, body.Reason), cancellationToken))
            .WithName(nameof(ExtendDeadline))
            .WithSummary("Extend the due date once")
            .WithDescription("At most 30 days, only before the due date has passed, only once, with the reasons. Refusals carry a finding code: DEADLINE-ALREADY-EXTENDED and DEADLINE-PASSED (409), DEADLINE-EXTENSION-TOO-LONG and DEADLINE-EXTENSION-NOT-LATER (400). Requires If-Match.")
            .ProducesTransitionProblems();
}
