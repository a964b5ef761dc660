using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.Features.Authorizations;

/// <summary>A dry run: partners check a form before sending it. Nothing is stored.</summary>
internal static class ValidateEvidence
{
    internal sealed record Command(
        LegalBasis LegalBasis,
        EvidenceSubmission Evidence,
        string? RecipientName = null,
        string? Purpose = null,
        DateOnly? ScopeFrom = null,
        DateOnly? ScopeTo = null,
        IReadOnlyList<DocumentCategory>? Categories = null,
        string? RulePack = null) : IRequest<Outcome<Response>>;

    internal sealed record Response(bool ReleaseAllowed, string? RulePack, IReadOnlyList<Finding> Findings);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.RecipientName).MaximumLength(200);
            RuleFor(c => c.Purpose).MaximumLength(500);
            RuleFor(c => c.ScopeTo).GreaterThanOrEqualTo(c => c.ScopeFrom).When(c => c.ScopeFrom is not null && c.ScopeTo is not null);
        }
    }

    internal sealed class Handler(EvidenceJudge judge, RulePackRegistry packs, TimeProvider time) : IRequestHandler<Command, Outcome<Response>>
    {
        public Task<Outcome<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            var lookup = command.RulePack is null ? null : packs.Resolve(command.RulePack);
            if (lookup is { Status: RulePackLookupStatus.Unknown })
            {
                return Task.FromResult<Outcome<Response>>(new Failure(FailureKind.BadInput, "Unknown rule pack.", Errors: new Dictionary<string, string[]>
                {
                    ["rulePack"] = [$"Known rule packs: {string.Join(", ", packs.Packs.Select(p => p.Id))}."],
                }));
            }

            var pack = lookup?.Pack ?? judge.ActivePack;
            var categories = command.Categories ?? [];
            var facts = new RequestFacts
            {
                LegalBasis = command.LegalBasis,
                CoveredEntityName = judge.CoveredEntityName,
                RecipientName = command.RecipientName,
                Purpose = command.Purpose,
                RequestedFrom = command.ScopeFrom,
                RequestedTo = command.ScopeTo,
                RequestedCategories = categories,
                ReleaseContainsPsychotherapyNotes = command.Evidence.Authorization?.IsForPsychotherapyNotes == true,
                ReleaseContainsPart2Records = command.Evidence.Part2Consent is not null || command.Evidence.Part2CourtOrder is not null,
                ReleaseLabels = command.Evidence.Authorization?.SpecificallyAuthorizedLabels ?? [],
                SubmittedAt = time.GetUtcNow(),
                Today = judge.Today,
                RulePack = pack,
            };
            var badInput = EvidenceInputChecks.Check(command.Evidence, facts);
            if (badInput.Count > 0)
            {
                return Task.FromResult<Outcome<Response>>(Failure.BadInput(badInput.Select(p => (p.Field, p.Message))));
            }

            var findings = EvidenceRules.Evaluate(command.Evidence, facts);
            return Task.FromResult<Outcome<Response>>(new Response(EvidenceRules.AllowsRelease(findings), pack?.Id, findings));
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/validate", async Task<Results<Ok<Response>, ProblemHttpResult>> (Command command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(command, cancellationToken);
                return outcome.Failure is { } failure ? Problems.From(failure) : TypedResults.Ok(outcome.Value!);
            })
            .WithName(nameof(ValidateEvidence))
            .WithSummary("Dry-run validation of an authorization, consent or legal process")
            .WithDescription("Returns the findings the evidence would get for a request of this legal basis, recipient, purpose and scope. Nothing is stored. 200 even when defective: releaseAllowed says whether it would pass.")
            .ProducesValidationProblem();
}
