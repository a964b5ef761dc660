using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>
/// Staff record how the requester's identity and authority were verified (45 CFR 164.514(h)); release is impossible
/// before. A personal representative needs the document establishing the authority; a parent asking for a minor's
/// records is flagged for review (45 CFR 164.502(g)(3)).
/// </summary>
internal static class RecordIdentityVerification
{
    private static readonly VerificationMethod[] OfficialMethods = [VerificationMethod.OfficialCredentials, VerificationMethod.OfficialLetterhead, VerificationMethod.StatementOfAuthority];

    internal sealed record Body(
        VerificationMethod Method,
        RequesterRelationship Relationship = RequesterRelationship.Self,
        RepresentativeAuthority? Authority = null,
        string? AuthorityDocument = null,
        string? Note = null);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, Body Verification) : ICommand<Outcome<Transitioned>>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Verification.Note).MaximumLength(1000).OverridePropertyName("note");
            RuleFor(c => c.Verification.AuthorityDocument).MaximumLength(500).OverridePropertyName("authorityDocument");
            RuleFor(c => c.Verification.Authority).NotNull().OverridePropertyName("authority")
                .When(c => c.Verification.Relationship == RequesterRelationship.PersonalRepresentative)
                .WithMessage("A personal representative's authority is required (guardian, power_of_attorney, executor, parent, other).");
            RuleFor(c => c.Verification.AuthorityDocument).NotEmpty().OverridePropertyName("authorityDocument")
                .When(c => c.Verification.Relationship == RequesterRelationship.PersonalRepresentative)
                .WithMessage("Name the document that establishes the representative's authority.");
            RuleFor(c => c.Verification.Method).Must(m => OfficialMethods.Contains(m)).OverridePropertyName("method")
                .When(c => c.Verification.Relationship == RequesterRelationship.PublicOfficial)
                .WithMessage("A public official is verified by credentials, letterhead or a statement of authority (45 CFR 164.514(h)(2)(ii)-(iii)).");
        }
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
            var v = command.Verification;
            var verified = request.RecordIdentityVerified(caller.Actor, now, Words.Of(v.Method));
            if (!verified.Succeeded)
            {
                return Failure.InvalidState(verified);
            }

            var birthDate = await db.Patients.Where(p => p.Id == request.PatientId).Select(p => p.BirthDate).SingleAsync(cancellationToken);
            var findings = IdentityVerification.Review(v.Relationship, v.Authority, birthDate, DateOnly.FromDateTime(now.UtcDateTime));
            db.IdentityVerifications.Add(new IdentityVerification(
                Guid.CreateVersion7(now), request.Id, v.Method, v.Relationship, v.Authority, v.AuthorityDocument, v.Note, caller.Actor, now, findings));
            if (findings.Count > 0)
            {
                request.RecordNote(caller.Actor, now, string.Join(",", findings.Select(f => f.Code)));
            }

            var evidence = await db.CurrentEvidenceAsync(request.Id, cancellationToken);
            request.CompleteVerificationIfReady(caller.Actor, now, evidence?.IsValid == true);
            audit.Record(db, caller, "request.identity_verified", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/identity-verification", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body), cancellationToken))
            .WithName(nameof(RecordIdentityVerification))
            .WithSummary("Record identity and authority verification")
            .WithDescription("45 CFR 164.514(h): method, and for a personal representative the authority and its document. Requires If-Match. Moves a new request into verification, and into review once the evidence its legal basis needs is valid. A parent asking for a minor's records is flagged REP-MINOR-CONSENT-REVIEW on the timeline.")
            .ProducesTransitionProblems();
}
