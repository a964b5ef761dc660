using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Pdf;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>
/// The letters of a request, rendered from what was recorded: the extension notice (45 CFR 164.524(b)(2)(ii)) and
/// the denial letter (45 CFR 164.524(d)(2)). Same record, same bytes.
/// </summary>
internal static class GetLetter
{
    public enum LetterKind
    {
        Extension,
        Denial,
    }

    internal sealed record Query(Guid RequestId, LetterKind Kind) : IRequest<Outcome<RenderedPdf>>;

    internal sealed class Handler(RoiDbContext db, Caller caller, LetterRenderer renderer, IOptions<FacilityOptions> facility) : IRequestHandler<Query, Outcome<RenderedPdf>>
    {
        public async Task<Outcome<RenderedPdf>> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
            if (request is null)
            {
                return Failure.NotFound("request");
            }

            (DateTimeOffset Date, List<LetterSection> Sections)? letter = query.Kind switch
            {
                LetterKind.Extension when request.ExtendedAt is { } at => (at, ExtensionSections(request)),
                LetterKind.Denial when request.Status == RequestStatus.Denied => (await DeniedAtAsync(request.Id, cancellationToken), DenialSections(request)),
                _ => null,
            };
            if (letter is not { } found)
            {
                return Failure.NotFound("letter of this kind for the request");
            }

            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == request.PatientId, cancellationToken);
            var title = query.Kind == LetterKind.Extension ? "Notice of extension of time" : "Notice of denial";
            var f = facility.Value;
            return renderer.Render(new LetterModel(
                title, request.Id, patient.FullName, patient.Mrn, found.Date, request.RequesterName, request.RecipientAddress ?? "", $"{f.Name}, {f.Address}", found.Sections));
        }

        private Task<DateTimeOffset> DeniedAtAsync(Guid requestId, CancellationToken cancellationToken) =>
            db.RequestEvents.Where(e => e.RequestId == requestId && e.ToStatus == RequestStatus.Denied && e.Kind == RequestEventKind.StatusChanged)
                .Select(e => e.At).FirstAsync(cancellationToken);

        private static List<LetterSection> ExtensionSections(DisclosureRequest r) =>
        [
            new(null, string.Create(CultureInfo.InvariantCulture, $"We received your request on {r.ReceivedAt.UtcDateTime:yyyy-MM-dd}. We need more time to act on it, and will complete it by {r.DueDate:yyyy-MM-dd} instead of {r.OriginalDueDate:yyyy-MM-dd}.")),
            new("Reason for the delay", r.ExtensionReason ?? ""),
            new(null, "This is the one extension the law allows (45 CFR 164.524(b)(2)(ii))."),
        ];

        private List<LetterSection> DenialSections(DisclosureRequest r)
        {
            var grounds = r.DenialGrounds.Select(DenialGrounds.For).ToList();
            var sections = new List<LetterSection>
            {
                new("Why we denied your request", string.Join(" ", grounds.Select(g => $"{g.Explanation} ({g.Citation})")) + (r.DenialExplanation is { } e ? " " + e : "")),
            };
            if (grounds.Exists(g => g.Reviewable))
            {
                sections.Add(new("Your right to a review", "You may ask that the denial be reviewed by a licensed health care professional who did not take part in the original decision. Write to the office below; we will tell you the reviewer's decision in writing (45 CFR 164.524(a)(4), (d)(4))."));
            }

            var f = facility.Value;
            sections.Add(new("How to complain", $"You may complain to {f.PrivacyOffice}, {f.Name}, {f.Address}, telephone {f.PrivacyOfficePhone}, and to the Secretary of the U.S. Department of Health and Human Services, Office for Civil Rights (45 CFR 160.306). We will not retaliate against you for filing a complaint."));
            return sections;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{requestId:guid}/letters/{kind}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid requestId, string kind, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!Words.TryParse<LetterKind>(kind, out var letterKind) || letterKind is null)
                {
                    return Problems.Of(ProblemTypes.NotFound, $"Letters: {Words.List<LetterKind>()}.");
                }

                var outcome = await mediator.Send(new Query(requestId, letterKind.Value), cancellationToken);
                return outcome.Failure is { } failure
                    ? Problems.From(failure)
                    : TypedResults.File(outcome.Value!.Content, "application/pdf", $"{kind}-{requestId}.pdf");
            })
            .WithName(nameof(GetLetter))
            .WithSummary("Download a letter of the request (PDF)")
            .WithDescription("extension: the written extension notice; denial: the denial letter with its basis, review rights and how to complain. 404 when the request has no such letter.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
