using MediatR;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Authorizations;

/// <summary>
/// The requester (or staff) submits the evidence a release relies on; it is judged at once. A defect puts the
/// request on hold and answers 422 with the findings; valid evidence lets verification finish.
/// </summary>
internal static class SubmitEvidence
{
    internal sealed record Body(EvidenceKind Kind, AuthorizationForm Authorization);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, EvidenceKind Kind, AuthorizationForm Authorization) : ICommand<Outcome<Transitioned>>;

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit) : IRequestHandler<Command, Outcome<Transitioned>>
    {
        private static readonly RequestStatus[] Accepting = [RequestStatus.Received, RequestStatus.InVerification, RequestStatus.OnHold];

        public async Task<Outcome<Transitioned>> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, failure) = await db.LoadForTransitionAsync(caller, command.RequestId, command.ExpectedVersion, cancellationToken);
            if (request is null)
            {
                return failure!;
            }

            if (!Accepting.Contains(request.Status))
            {
                return Failure.InvalidState($"Evidence can be submitted while the request is received, in verification or on hold; it is '{Words.Of(request.Status)}'.");
            }

            var now = time.GetUtcNow();
            var evidence = new Evidence(Guid.CreateVersion7(now), request.Id, request.PatientId, command.Kind, command.Authorization, now);
            var findings = evidence.Judge(DateOnly.FromDateTime(now.UtcDateTime));
            db.Evidence.Add(evidence);
            audit.Record(db, caller, "evidence.submitted", "authorization", evidence.Id, request.PatientId);

            var judged = request.RecordEvidenceJudged(caller.Actor, now, findings);
            if (!judged.Succeeded)
            {
                return Failure.InvalidState(judged);
            }

            if (!evidence.IsValid)
            {
                // The hold and the findings are saved: the 422 tells the requester what to fix.
                return Failure.Defective(findings);
            }

            request.CompleteVerificationIfReady(caller.Actor, now, evidenceValid: true);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{requestId:guid}/evidence", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.Kind, body.Authorization), cancellationToken))
            .WithName(nameof(SubmitEvidence))
            .WithSummary("Submit the authorization a release relies on")
            .WithDescription("The 164.508 fields as data. Judged at once: defects answer 422 with findings (code, citation, message, field) and put the request on hold; a corrected submission resumes it. Requires If-Match.")
            .ProducesTransitionProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
