using FluentValidation;
using MediatR;
using RoiApi.Common;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>The requester resubmits what was missing (or staff resume): the request goes back into verification.</summary>
internal static class ResumeRequest
{
    internal sealed record Body(string? Note = null);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, string? Note) : ICommand<Outcome<Transitioned>>;

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
            var resumed = request.Resume(caller.Actor, now, command.Note);
            if (!resumed.Succeeded)
            {
                return Failure.InvalidState(resumed);
            }

            var evidence = await db.CurrentEvidenceAsync(request.Id, cancellationToken);
            request.CompleteVerificationIfReady(caller.Actor, now, evidence?.IsValid == true);
            audit.Record(db, caller, "request.resumed", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/resume", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.Note), cancellationToken))
            .WithName(nameof(ResumeRequest))
            .WithSummary("Resume a request on hold")
            .WithDescription("By the requester after sending what was missing, or by staff. Back to in_verification (and on to in_review when everything is in hand). Requires If-Match.")
            .ProducesTransitionProblems();
}
