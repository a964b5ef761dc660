using MediatR;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Features.Authorizations;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Delivery;

/// <summary>
/// The packet goes out. The evidence is judged again first (it may have expired or been revoked since
/// approval); the release writes one disclosure-ledger row, which the accounting reads.
/// </summary>
internal static class ReleaseRequest
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

            if (request.Status != RequestStatus.PacketReady)
            {
                return Failure.InvalidState(TransitionResult.Refused(request.Status, RequestStatus.Released));
            }

            if (request.IdentityVerifiedAt is null)
            {
                return Failure.InvalidState("Identity and authority must be verified before release (45 CFR 164.514(h)).");
            }

            var now = time.GetUtcNow();
            if (request.Policy.EvidenceRequired)
            {
                var evidence = await db.CurrentEvidenceAsync(request.Id, cancellationToken);
                var findings = evidence is null ? [] : await judge.JudgeAsync(request, evidence, cancellationToken);
                if (evidence is null || !evidence.IsValid)
                {
                    request.RecordEvidenceJudged(caller.Actor, now, findings);
                    return Failure.Defective(findings);
                }
            }

            var packet = await db.Packets.AsNoTracking().SingleAsync(p => p.RequestId == request.Id, cancellationToken);
            var released = request.Release(caller.Actor, now);
            if (!released.Succeeded)
            {
                return Failure.InvalidState(released);
            }

            db.DisclosureLedger.Add(new DisclosureLedgerEntry(
                Guid.CreateVersion7(now),
                request.PatientId,
                request.Id,
                now,
                request.RecipientName,
                request.RecipientAddress,
                await DescribeAsync(packet, cancellationToken),
                request.Purpose,
                request.LegalBasis,
                request.Policy.Accountable,
                packet.Sha256));
            audit.Record(db, caller, "request.released", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }

        /// <summary>The 164.528(b)(2)(iii) brief description: categories and dates of service, no clinical content.</summary>
        private async Task<string> DescribeAsync(Packet packet, CancellationToken cancellationToken)
        {
            var documents = await db.Documents.AsNoTracking().Where(d => packet.DocumentIds.Contains(d.Id))
                .Select(d => new { d.Category, d.DateOfService }).ToListAsync(cancellationToken);
            if (documents.Count == 0)
            {
                return "No records (cover page only).";
            }

            var categories = string.Join(", ", documents.Select(d => Words.Of(d.Category).Replace('_', ' ')).Distinct().Order(StringComparer.Ordinal));
            return $"{categories}; dates of service {documents.Min(d => d.DateOfService):yyyy-MM-dd} to {documents.Max(d => d.DateOfService):yyyy-MM-dd}; {packet.PageCount} pages.";
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/release", (Guid requestId, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version), cancellationToken))
            .WithName(nameof(ReleaseRequest))
            .WithSummary("Release the packet")
            .WithDescription("Allowed from packet_ready once identity is verified. Re-judges the evidence (expired or revoked stops the release with 422 and puts the request on hold), then writes the disclosure-ledger row. Requires If-Match.")
            .ProducesTransitionProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
