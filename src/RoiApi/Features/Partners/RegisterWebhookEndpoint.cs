using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;
using RoiApi.Infrastructure.Webhooks;

namespace RoiApi.Features.Partners;

/// <summary>
/// A partner (for itself) or an admin (for any partner) registers a URL to receive signed webhooks about the
/// organization's requests. The signing secret is generated here and returned in this response only.
/// </summary>
internal static class RegisterWebhookEndpoint
{
    internal sealed record Command(string Url, Guid? OrganizationId = null, IReadOnlyList<string>? EventTypes = null) : ICommand<Outcome<Response>>;

    /// <summary>The endpoint and its secret (Standard Webhooks <c>whsec_</c> form): store it now, it is never shown again.</summary>
    internal sealed record Response(Guid Id, Guid OrganizationId, string Url, IReadOnlyList<string> EventTypes, bool Active, DateTimeOffset CreatedAt, string Secret);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Url).NotEmpty().MaximumLength(2000)
                .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                .WithMessage("'url' must be an absolute https URL.");
            RuleForEach(c => c.EventTypes).Must(t => WebhookEventTypes.All.Contains(t))
                .WithMessage($"Unknown event type; known: {string.Join(", ", WebhookEventTypes.All)}.");
        }
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit, WebhookUrlPolicy urls) : IRequestHandler<Command, Outcome<Response>>
    {
        public async Task<Outcome<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            var organizationId = caller.Role == Roles.Partner ? caller.OrganizationId : command.OrganizationId;
            if (caller.Role == Roles.Partner && command.OrganizationId is { } named && named != caller.OrganizationId)
            {
                return Failure.NotFound("organization");
            }

            if (organizationId is null)
            {
                return new Failure(FailureKind.Unprocessable, "Name the partner organization the endpoint belongs to (organizationId).");
            }

            if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
            {
                return Failure.NotFound("organization");
            }

            var url = new Uri(command.Url);
            if (await urls.RefusalAsync(url, cancellationToken) is { } refusal)
            {
                return new Failure(FailureKind.WebhookUrlRefused, refusal);
            }

            var now = time.GetUtcNow();
            var endpoint = new WebhookEndpoint(
                Guid.CreateVersion7(now), organizationId.Value, url, WebhookSignature.NewSecret(), [.. (command.EventTypes ?? []).Distinct()], now);
            db.WebhookEndpoints.Add(endpoint);
            audit.Record(db, caller, "webhook_endpoint.registered", "webhook_endpoint", endpoint.Id, null);
            return new Response(endpoint.Id, endpoint.OrganizationId, endpoint.Url, endpoint.EventTypes, endpoint.Active, endpoint.CreatedAt, endpoint.Secret);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Results<Created<Response>, ProblemHttpResult>> (Command command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(command, cancellationToken);
                return outcome.Failure is { } failure
                    ? Problems.From(failure)
                    : TypedResults.Created($"/v1/webhook-endpoints/{outcome.Value!.Id}", outcome.Value);
            })
            .WithName(nameof(RegisterWebhookEndpoint))
            .WithSummary("Register a webhook endpoint")
            .WithDescription("A partner registers for its own organization (organizationId may be omitted); an admin names the organization. eventTypes: omitted or empty for every type. The URL must be public https: loopback, private, link-local, multicast and unspecified addresses are refused (400 webhook-url-refused). The response carries the signing secret, shown only once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
