using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Packets;

/// <summary>The packet's PDF: staff once rendered; the requester (patient or partner) only after release.</summary>
internal static class GetPacket
{
    internal sealed record Query(Guid RequestId) : IRequest<Outcome<Response>>;

    internal sealed record Response(byte[] Content, string Sha256, Guid RequestId);

    internal sealed class Handler(RoiDbContext db, Caller caller) : IRequestHandler<Query, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().VisibleTo(caller)
                .Where(r => r.Id == query.RequestId)
                .Select(r => new { r.Id, r.Status })
                .SingleOrDefaultAsync(cancellationToken);
            if (request is null || (!caller.IsStaff && request.Status != RequestStatus.Released))
            {
                return Failure.NotFound("packet");
            }

            var packet = await db.Packets.AsNoTracking().Where(p => p.RequestId == request.Id)
                .Select(p => new Response(p.Content, p.Sha256, p.RequestId))
                .SingleOrDefaultAsync(cancellationToken);
            return packet is null ? Failure.NotFound("packet") : packet;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{requestId:guid}/packet", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid requestId, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(new Query(requestId), cancellationToken);
                if (outcome.Failure is { } failure)
                {
                    return Problems.From(failure);
                }

                http.Response.Headers.ETag = $"\"{outcome.Value!.Sha256}\"";
                return TypedResults.File(outcome.Value.Content, "application/pdf", $"release-{requestId}.pdf");
            })
            .WithName(nameof(GetPacket))
            .WithSummary("Download the release packet (PDF)")
            .WithDescription("Staff once it is rendered; the patient or partner who asked, after release. Otherwise 404.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
