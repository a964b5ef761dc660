using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RoiApi.Common;
using RoiApi.Domain;

namespace RoiApi.Features.Requests;

/// <summary>What a transition command returns: the tracked request, whose row version is current once the unit of work has saved.</summary>
internal sealed record Transitioned(DisclosureRequest Request, DateTimeOffset At);

internal static class Transitions
{
    /// <summary>The HTTP side of every transition: If-Match in (428/412), the command through the pipeline, the view and new ETag out.</summary>
    public static async Task<Results<Ok<RequestView>, ProblemHttpResult>> SendAsync(
        HttpContext http, IMediator mediator, Func<uint, IRequest<Outcome<Transitioned>>> command, CancellationToken cancellationToken)
    {
        var (version, problem) = Preconditions.ReadIfMatch(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await mediator.Send(command(version), cancellationToken);
        if (outcome.Failure is { } failure)
        {
            return Problems.From(failure);
        }

        http.SetETag(outcome.Value!.Request.Version);
        return TypedResults.Ok(RequestView.From(outcome.Value.Request, outcome.Value.At));
    }

    public static RouteHandlerBuilder ProducesTransitionProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
