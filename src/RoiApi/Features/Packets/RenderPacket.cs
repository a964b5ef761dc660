using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;
using RoiApi.Features.Authorizations;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Pdf;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Packets;

/// <summary>Renders the approved documents into the release packet: a cover page, then each document, every page headed with patient, MRN and request id.</summary>
internal static class RenderPacket
{
    internal sealed record Command(Guid RequestId, uint ExpectedVersion) : ICommand<Outcome<Response>>;

    internal sealed record Response(Guid PacketId, Guid RequestId, string Status, int PageCount, string Sha256, int DocumentCount, DateTimeOffset RenderedAt)
    {
        internal DisclosureRequest Request { get; init; } = null!;
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit, IPacketRenderer renderer, EvidenceJudge judge, IOptions<FacilityOptions> facility) : IRequestHandler<Command, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, failure) = await db.LoadForTransitionAsync(caller, command.RequestId, command.ExpectedVersion, cancellationToken);
            if (request is null)
            {
                return failure!;
            }

            if (request.Status != RequestStatus.Approved)
            {
                return Failure.InvalidState(TransitionResult.Refused(request.Status, RequestStatus.PacketReady));
            }

            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == request.PatientId, cancellationToken);
            var documents = await db.Documents.AsNoTracking()
                .Where(d => request.ApprovedDocumentIds.Contains(d.Id))
                .OrderBy(d => d.DateOfService).ThenBy(d => d.Id)
                .ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var obligations = await ObligationsAsync(request, documents, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
            var rendered = renderer.Render(new PacketModel(
                request.Id,
                patient.FullName,
                patient.Mrn,
                patient.BirthDate,
                new PacketRecipient(request.RecipientName, request.RecipientAddress ?? ""),
                request.Purpose,
                $"{request.Policy.Label} ({request.Policy.Citation})",
                now,
                [.. documents.Select(d => new PacketIncludedDocument(d.Title, Words.Of(d.Category).Replace('_', ' '), d.DateOfService, d.Author, Encoding.UTF8.GetString(d.Content)))],
                [.. obligations.Select(o => new PacketNotice($"{o.Description} ({o.Citation})", o.Text ?? ""))]));

            var packet = new Packet(Guid.CreateVersion7(now), request.Id, rendered.Content, rendered.PageCount, rendered.Sha256Hex, [.. documents.Select(d => d.Id)], obligations, now);
            var moved = request.MarkPacketReady(caller.Actor, now, packet.Sha256);
            if (!moved.Succeeded)
            {
                return Failure.InvalidState(moved);
            }

            db.Packets.Add(packet);
            audit.Record(db, caller, "packet.rendered", "packet", packet.Id, request.PatientId);
            return new Response(packet.Id, request.Id, "ready", packet.PageCount, packet.Sha256, documents.Count, now) { Request = request };
        }

        /// <summary>
        /// What this release must carry, computed from the documents actually in it. The consent-copy obligation is met
        /// by an explanation of the consent's scope drawn from its fields (42 CFR 2.32(b) allows either).
        /// </summary>
        private async Task<IReadOnlyList<ReleaseObligation>> ObligationsAsync(DisclosureRequest request, List<ClinicalDocument> documents, DateOnly today, CancellationToken cancellationToken)
        {
            var evidence = await db.CurrentEvidenceAsync(request.Id, cancellationToken);
            var released = documents.Select(d => new DocumentSummary(d.Id, d.Category, d.DateOfService, d.Title, d.PageCount, d.SensitivityLabels)).ToList();
            var facts = judge.Facts(request, released, evidence?.Effective) with
            {
                ReleaseContainsSudCounselingNotes = released.Exists(d => d.Category == DocumentCategory.SudCounselingNote),
                ReleaseContainsPart2Records = released.Exists(d => d.Category == DocumentCategory.SudCounselingNote || SensitivityLabel.IsPart2(d.SensitivityLabels)),
                ReleaseLabels = [.. released.SelectMany(d => d.SensitivityLabels).Distinct(StringComparer.Ordinal)],
            };
            var consent = evidence?.Submission.Part2Consent;
            var notices = await db.Part2NoticeTexts.AsNoTracking().ToListAsync(cancellationToken);
            return [.. ReleaseObligations.Compute(facts, today, facility.Value.Part2NoticeStatement, notices).Select(o => o.Code == "P2-CONSENT-COPY" && consent is not null ? o with { Text = ConsentScope(consent) } : o)];
        }

        private static string ConsentScope(Part2ConsentEvidence consent) =>
            $"The patient's consent covers: {consent.InformationDescription ?? "the information described on the consent"}. "
            + $"Recipients: {string.Join(", ", consent.Recipients ?? [])}. Purposes: {string.Join(", ", consent.Purposes ?? [])}. "
            + $"Expires: {consent.ExpirationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? consent.ExpirationEvent ?? "as stated on the consent"}. "
            + "The patient may revoke it in writing.";
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/packet", async Task<Results<Accepted<Response>, ProblemHttpResult>> (Guid requestId, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var (version, problem) = Preconditions.ReadIfMatch(http.Request);
                if (problem is not null)
                {
                    return problem;
                }

                var outcome = await mediator.Send(new Command(requestId, version), cancellationToken);
                if (outcome.Failure is { } failure)
                {
                    return Problems.From(failure);
                }

                http.SetETag(outcome.Value!.Request.Version);
                return TypedResults.Accepted($"/v1/requests/{requestId}/packet", outcome.Value);
            })
            .WithName(nameof(RenderPacket))
            .WithSummary("Render the release packet")
            .WithDescription("Allowed from approved. Renders the approved documents (today inline; the 202 contract leaves room for a render queue). The response's ETag is the request's new version. Requires If-Match.")
            .ProducesTransitionProblems();
}
