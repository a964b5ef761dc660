using MediatR;
using RoiApi.Common;
using RoiApi.Features.Authorizations;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Review;

/// <summary>A reviewer approves the release set as it stands; exactly those documents go into the packet.</summary>
internal static class ApproveRequest
{
    internal sealed record Command(Guid RequestId, uint ExpectedVersion) : ICommand<Outcome<Transitioned>>;

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit, EvidenceJudge judge) : IRequestHandler<Command, Outcome<Transitioned>>
    {
        public async Task<Outcome<Transitioned>> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, failure) = await db.LoadForTransitionAsync(caller, command.RequestId, command.ExpectedVersion, cancellationToken);
            if (request is null)
            {
                return failure!;
            }

            var decided = await judge.ReleaseSetAsync(request, cancellationToken);
            var included = decided.Where(x => x.Decision.Included).Select(x => x.Document.Id).ToList();
            var now = time.GetUtcNow();
            var approved = request.Approve(caller.Actor, now, included);
            if (!approved.Succeeded)
            {
                return Failure.InvalidState(approved);
            }

            audit.Record(db, caller, "request.approved", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/approve", (Guid requestId, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version), cancellationToken))
            .WithName(nameof(ApproveRequest))
            .WithSummary("Approve the release")
            .WithDescription("Allowed from in_review. Freezes the included documents of the release set. Requires If-Match.")
            .ProducesTransitionProblems();
}
