using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Infrastructure.Audit;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Persistence;
using UglyToad.PdfPig;

namespace RoiApi.Features.Authorizations;

/// <summary>The signed form behind the current evidence, as a PDF: kept as evidence for six years (45 CFR 164.508(b)(6)).</summary>
internal static class UploadSignedDocument
{
    public const long MaxBytes = 10 * 1024 * 1024;

    internal sealed record Command(Guid RequestId, byte[] Pdf) : ICommand<Outcome<Response>>;

    internal sealed record Response(Guid EvidenceId, string Sha256, int PageCount);

    internal sealed class Handler(RoiDbContext db, Caller caller, AuditTrail audit) : IRequestHandler<Command, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Requests.VisibleTo(caller).AnyAsync(r => r.Id == command.RequestId, cancellationToken))
            {
                return Failure.NotFound("request");
            }

            var record = await db.CurrentEvidenceAsync(command.RequestId, cancellationToken);
            if (record is null)
            {
                return Failure.InvalidState("Submit the evidence's fields first; the signed document is attached to them.");
            }

            var pages = PageCountOf(command.Pdf);
            if (pages is null)
            {
                return Failure.BadInput([("body", "The document is not a readable PDF.")]);
            }

            record.AttachSignedDocument(command.Pdf);
            audit.Record(db, caller, "evidence.document_uploaded", "authorization", record.Id, record.PatientId);
            return new Response(record.Id, record.SignedDocumentSha256!, pages.Value);
        }

        private static int? PageCountOf(byte[] pdf)
        {
            if (pdf.Length < 5 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                return null;
            }

            try
            {
                using var document = PdfDocument.Open(pdf);
                return document.NumberOfPages;
            }
#pragma warning disable CA1031 // Any parser failure means "not a PDF we can keep": a 400, never a 500.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{requestId:guid}/evidence/document", async Task<Results<Ok<Response>, ProblemHttpResult>> (Guid requestId, HttpRequest http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!string.Equals(http.ContentType, "application/pdf", StringComparison.OrdinalIgnoreCase))
                {
                    return Problems.Of(ProblemTypes.UnsupportedMediaType, "Send the signed document as application/pdf.");
                }

                if (http.ContentLength > MaxBytes)
                {
                    return Problems.Of(ProblemTypes.PayloadTooLarge, $"The document may be at most {MaxBytes / (1024 * 1024)} MB.");
                }

                using var buffer = new MemoryStream();
                var read = await CopyBoundedAsync(http.Body, buffer, cancellationToken);
                if (!read)
                {
                    return Problems.Of(ProblemTypes.PayloadTooLarge, $"The document may be at most {MaxBytes / (1024 * 1024)} MB.");
                }

                var outcome = await mediator.Send(new Command(requestId, buffer.ToArray()), cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .Accepts<byte[]>("application/pdf")
            .WithName(nameof(UploadSignedDocument))
            .WithSummary("Upload the signed form (PDF)")
            .WithDescription("Attaches the signed authorization, consent, order or subpoena to the current evidence. application/pdf, at most 10 MB; checked to be a readable PDF.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Copies at most <see cref="MaxBytes"/>; false when the body is longer (a missing Content-Length must not bypass the limit).</summary>
    private static async Task<bool> CopyBoundedAsync(Stream body, MemoryStream target, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + n > MaxBytes)
            {
                return false;
            }

            await target.WriteAsync(chunk.AsMemory(0, n), cancellationToken);
        }

        return true;
    }
}
