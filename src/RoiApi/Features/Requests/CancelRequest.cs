using FluentValidation;
using MediatR;
using RoiApi.Common;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>The requester withdraws the request, or staff cancel it: allowed until release.</summary>
internal static class CancelRequest
{
    internal sealed record Body(string? Reason = null);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, string? Reason) : ICommand<Outcome<Transitioned>>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).MaximumLength(1000);
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
            var cancelled = request.Cancel(caller.Actor, now, command.Reason);
            if (!cancelled.Succeeded)
            {
                return Failure.InvalidState(cancelled);
            }

            audit.Record(db, caller, "request.cancelled", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/cancel", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.Reason), cancellationToken))
            .WithName(nameof(CancelRequest))
            .WithSummary("Cancel a request")
            .WithDescription("By the requester or staff, any time before release; a released, denied or cancelled request cannot change. Requires If-Match.")
            .ProducesTransitionProblems();
}
