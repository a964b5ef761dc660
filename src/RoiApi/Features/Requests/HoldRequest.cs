using FluentValidation;
using MediatR;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>Staff put a request on hold, waiting for its requester, with a machine-readable reason.</summary>
internal static class HoldRequest
{
    internal sealed record Body(HoldReason Reason, string? Note = null);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, HoldReason Reason, string? Note) : ICommand<Outcome<Transitioned>>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(1000);
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
            var held = request.PutOnHold(caller.Actor, now, command.Reason, command.Note);
            if (!held.Succeeded)
            {
                return Failure.InvalidState(held);
            }

            audit.Record(db, caller, "request.held", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/hold", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.Reason, body.Note), cancellationToken))
            .WithName(nameof(HoldRequest))
            .WithSummary("Put a request on hold")
            .WithDescription("Reason: missing_information, authorization_defective or awaiting_corrected_document. The clock keeps running. Requires If-Match.")
            .ProducesTransitionProblems();
}
