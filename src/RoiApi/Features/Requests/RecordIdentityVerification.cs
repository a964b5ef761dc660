using FluentValidation;
using MediatR;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>Staff record how the requester's identity and authority were verified (45 CFR 164.514(h)); release is impossible before.</summary>
internal static class RecordIdentityVerification
{
    internal sealed record Body(VerificationMethod Method, string? Note = null);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, VerificationMethod Method, string? Note) : ICommand<Outcome<Transitioned>>;

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
            var verified = request.RecordIdentityVerified(caller.Actor, now, Words.Of(command.Method));
            if (!verified.Succeeded)
            {
                return Failure.InvalidState(verified);
            }

            var evidence = await db.CurrentEvidenceAsync(request.Id, cancellationToken);
            request.CompleteVerificationIfReady(caller.Actor, now, evidence?.IsValid == true);
            audit.Record(db, caller, "request.identity_verified", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/identity-verification", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.Method, body.Note), cancellationToken))
            .WithName(nameof(RecordIdentityVerification))
            .WithSummary("Record identity and authority verification")
            .WithDescription("45 CFR 164.514(h). Requires If-Match. Moves a new request into verification, and into review once the evidence its legal basis needs is valid.")
            .ProducesTransitionProblems();
}
