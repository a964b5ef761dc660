using FluentValidation;
using MediatR;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Features.Requests;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Review;

/// <summary>
/// A full denial, with its grounds. The reviewable grounds of 45 CFR 164.524(a)(3) need a licensed health care
/// professional's judgement: only a reviewer may use them. The access-only grounds apply to access requests only.
/// </summary>
internal static class DenyRequest
{
    internal sealed record Body(IReadOnlyList<DenialGround> Grounds, string? Explanation = null);

    internal sealed record Command(Guid RequestId, uint ExpectedVersion, IReadOnlyList<DenialGround> Grounds, string? Explanation) : ICommand<Outcome<Transitioned>>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Grounds).NotEmpty();
            RuleFor(c => c.Explanation).MaximumLength(2000);
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

            var rules = command.Grounds.Distinct().Select(DenialGrounds.For).ToList();
            var isAccess = request.LegalBasis is LegalBasis.IndividualAccess or LegalBasis.ThirdPartyDirective;
            if (rules.Find(r => r.AccessOnly && !isAccess) is { } misplaced)
            {
                return Failure.BadInput([("grounds", $"'{Words.Of(misplaced.Ground)}' ({misplaced.Citation}) is a ground for denying access; this request is under '{Words.Of(request.LegalBasis)}'.")]);
            }

            if (rules.Find(r => r.Reviewable) is { } reviewable && caller.Role != Roles.Reviewer)
            {
                return Failure.NotPermitted($"'{Words.Of(reviewable.Ground)}' ({reviewable.Citation}) needs a licensed health care professional's judgement: a reviewer must deny on this ground.");
            }

            var now = time.GetUtcNow();
            var denied = request.Deny(caller.Actor, now, [.. rules.Select(r => r.Ground)], command.Explanation);
            if (!denied.Succeeded)
            {
                return Failure.InvalidState(denied);
            }

            audit.Record(db, caller, "request.denied", "disclosure_request", request.Id, request.PatientId);
            return new Transitioned(request, now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/deny", (Guid requestId, Body body, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
                Transitions.SendAsync(http, mediator, version => new Command(requestId, version, body.Grounds, body.Explanation), cancellationToken))
            .WithName(nameof(DenyRequest))
            .WithSummary("Deny a request")
            .WithDescription("Full denial with grounds (45 CFR 164.524(a)(1)-(3) for access; no valid evidence, identity not verified or records not held for any basis). Reviewable grounds ((a)(3)) only by a reviewer. Requires If-Match.")
            .ProducesTransitionProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
