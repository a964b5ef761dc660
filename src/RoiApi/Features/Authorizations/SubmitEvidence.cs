using MediatR;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Authorizations;

/// <summary>
/// The requester (or staff) submits the evidence a release relies on: an authorization, a Part 2 consent, a court
/// order or subpoena, a law-enforcement request or a directive. It is judged at once; a defect puts the request
/// on hold and answers 422 with the findings; valid evidence lets verification finish.
/// </summary>
internal static class SubmitEvidence
{
    internal sealed record Command(Guid RequestId, uint ExpectedVersion, EvidenceSubmission Evidence) : ICommand<Outcome<Transitioned>>;

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit, EvidenceJudge judge) : IRequestHandler<Command, Outcome<Transitioned>>
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

            var documents = await judge.DocumentsAsync(request.PatientId, cancellationToken);
            var facts = judge.Facts(request, documents, command.Evidence);
            var badInput = EvidenceInputChecks.Check(command.Evidence, facts);
            if (badInput.Count > 0)
            {
                return Failure.BadInput(badInput.Select(p => (p.Field, p.Message)));
            }

            var now = time.GetUtcNow();
            var record = new EvidenceRecord(Guid.CreateVersion7(now), request.Id, request.PatientId, command.Evidence, now);
            var findings = record.Judge(facts);
            db.Evidence.Add(record);
            audit.Record(db, caller, "evidence.submitted", "authorization", record.Id, request.PatientId);

            var judged = request.RecordEvidenceJudged(caller.Actor, now, findings);
            if (!judged.Succeeded)
            {
                return Failure.InvalidState(judged);
            }

            if (!record.IsValid)
            {
                // The hold and the findings are saved: the 422 tells the requester what to fix.
                return Failure.Defective(findings);
            }

            request.CompleteVerificationIfReady(caller.Actor, now, evidenceValid: true);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{requestId:guid}/evidence", (Guid requestId, EvidenceSubmission body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body), cancellationToken))
            .WithName(nameof(SubmitEvidence))
            .WithSummary("Submit or replace the evidence a release relies on")
            .WithDescription("Structured fields of the authorization, Part 2 consent, court order, subpoena, law-enforcement request or directive. Judged at once: defects answer 422 with findings (code, severity, citation, message, field) and put the request on hold; a corrected submission resumes it. Inconsistent input (dates in the wrong order, signature after submission, a kind that does not fit the legal basis) is 400. Requires If-Match.")
            .ProducesTransitionProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
