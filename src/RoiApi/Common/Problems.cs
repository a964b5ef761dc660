using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace RoiApi.Common;

/// <summary>One kind of problem: a stable relative <c>type</c> URI that the API serves as a short explanation.</summary>
internal sealed record ProblemType(string Slug, int Status, string Title, string Explanation)
{
    public string Uri => $"/problems/{Slug}";
}

/// <summary>The catalogue of problem types: partners code against these <c>type</c> values, so they never change meaning.</summary>
internal static class ProblemTypes
{
    public static readonly ProblemType InvalidRequest = new("invalid-request", 400, "The request is malformed", "A field is missing, unknown, of the wrong type or out of range. The errors member names each field.");
    public static readonly ProblemType Unauthenticated = new("unauthenticated", 401, "Authentication required", "Send a valid bearer token.");
    public static readonly ProblemType Forbidden = new("forbidden", 403, "Not allowed", "Your role may not perform this operation.");
    public static readonly ProblemType NotPermitted = new("not-permitted", 403, "Not permitted for this caller", "The operation is allowed for your role, but not in this case: e.g. a patient submitting for someone else, a partner for another organization, or a reviewable denial by someone who is not a licensed reviewer.");
    public static readonly ProblemType NotFound = new("not-found", 404, "Not found", "Nothing with this id is visible to you. Another tenant's resources are reported as not found.");
    public static readonly ProblemType MethodNotAllowed = new("method-not-allowed", 405, "Method not allowed", "This path does not support this HTTP method.");
    public static readonly ProblemType InvalidState = new("invalid-state", 409, "Not allowed in the current state", "The request's current status does not allow this transition. Read it again to see its next allowed actions.");
    public static readonly ProblemType PreconditionFailed = new("precondition-failed", 412, "The resource changed", "The If-Match header does not match the current ETag: read the resource again and retry.");
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", 413, "The body is too large", "Send a smaller body.");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "Unsupported media type", "Send the body as application/json (or the documented upload type).");
    public static readonly ProblemType EvidenceDefective = new("authorization-invalid", 422, "The evidence does not support a release", "The authorization or other evidence has defects. Each finding has a stable code, the regulation it comes from and what to fix.");
    public static readonly ProblemType Unprocessable = new("unprocessable", 422, "The request cannot be processed", "The body is well-formed but cannot be acted on; the detail says why.");
    public static readonly ProblemType PreconditionRequired = new("precondition-required", 428, "If-Match required", "State transitions require an If-Match header carrying the ETag you last read.");
    public static readonly ProblemType TooManyRequests = new("rate-limited", 429, "Too many requests", "Slow down and retry after the Retry-After interval.");
    public static readonly ProblemType Internal = new("internal-error", 500, "Internal error", "Something failed on our side. Nothing was changed. Quote the traceId when you report it.");
    public static readonly ProblemType Unavailable = new("unavailable", 503, "Service unavailable", "Retry later.");
    public static readonly ProblemType InvalidCursor = new("invalid-cursor", 400, "The cursor is not valid here", "Send back the nextCursor of your previous page unchanged, with the same filters and the same credentials; start again without a cursor otherwise.");
    public static readonly ProblemType IdempotencyKeyRequired = new("idempotency-key-required", 400, "Idempotency-Key required", "Partner POSTs must send an Idempotency-Key header: 1 to 255 printable ASCII characters, new for each operation (a UUID is a good choice). Retrying with the same key is safe.");
    public static readonly ProblemType IdempotencyInFlight = new("idempotency-in-flight", 409, "The first request with this key is still in flight", "Another request with the same Idempotency-Key is being processed. Retry after a moment: you will get its response.");
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 422, "The Idempotency-Key was used for a different request", "An Idempotency-Key belongs to one method, path and body. Use a new key for a different request.");
    public static readonly ProblemType WebhookUrlRefused = new("webhook-url-refused", 400, "The webhook URL is refused", "Webhooks go to public https URLs only: a host that is or resolves to a loopback, private, link-local, multicast or unspecified address is refused, and redirects are never followed.");

    public static readonly IReadOnlyList<ProblemType> All =
    [
        InvalidRequest, Unauthenticated, Forbidden, NotPermitted, NotFound, MethodNotAllowed, InvalidState, PreconditionFailed, PayloadTooLarge,
        UnsupportedMediaType, EvidenceDefective, Unprocessable, PreconditionRequired, TooManyRequests, Internal, Unavailable,
        InvalidCursor, IdempotencyKeyRequired, IdempotencyInFlight, IdempotencyKeyReused,
        WebhookUrlRefused,
    ];

    public static ProblemType ForStatus(int status) =>
        All.FirstOrDefault(t => t.Status == status) ?? (status >= 500 ? Internal : InvalidRequest);
}

internal static class Problems
{
    /// <summary>The extension member partners switch on: the slug of the problem's type (<c>invalid-cursor</c>, <c>authorization-invalid</c>, ...).</summary>
    public const string CodeMember = "code";

    public static ProblemHttpResult Of(ProblemType type, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var members = extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(extensions);
        members[CodeMember] = type.Slug;
        return TypedResults.Problem(detail: detail, statusCode: type.Status, title: type.Title, type: type.Uri, extensions: members);
    }

    public static ProblemHttpResult From(Failure failure)
    {
        var type = failure.Kind switch
        {
            FailureKind.NotFound => ProblemTypes.NotFound,
            FailureKind.InvalidState => ProblemTypes.InvalidState,
            FailureKind.PreconditionFailed => ProblemTypes.PreconditionFailed,
            FailureKind.BadInput => ProblemTypes.InvalidRequest,
            FailureKind.EvidenceDefective => ProblemTypes.EvidenceDefective,
            FailureKind.NotPermitted => ProblemTypes.NotPermitted,
            FailureKind.InvalidCursor => ProblemTypes.InvalidCursor,
            FailureKind.WebhookUrlRefused => ProblemTypes.WebhookUrlRefused,
            _ => ProblemTypes.Unprocessable,
        };
        var extensions = new Dictionary<string, object?>();
        if (failure.Errors is not null)
        {
            extensions["errors"] = failure.Errors;
        }

        if (failure.Findings is not null)
        {
            extensions["findings"] = failure.Findings;
        }

        return Of(type, failure.Detail, extensions);
    }

    /// <summary>Every problem body gets its stable type and title, also those the framework writes (401, 403, 404 of routing).</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            if (details.Type is null || !details.Type.StartsWith("/problems/", StringComparison.Ordinal))
            {
                var type = ProblemTypes.ForStatus(details.Status ?? context.HttpContext.Response.StatusCode);
                details.Type = type.Uri;
                details.Title = type.Title;
            }

            details.Extensions.TryAdd(CodeMember, details.Type["/problems/".Length..]);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static void MapProblemTypes(this IEndpointRouteBuilder app) =>
        app.MapGet("/problems/{slug}", Results<Ok<ProblemTypeDescription>, ProblemHttpResult> (string slug) =>
            ProblemTypes.All.FirstOrDefault(t => t.Slug == slug) is { } type
                ? TypedResults.Ok(new ProblemTypeDescription(type.Uri, type.Status, type.Title, type.Explanation))
                : Of(ProblemTypes.NotFound, "No such problem type."))
            .WithName("GetProblemType").WithSummary("Explains one problem type.").WithTags("Problems").AllowAnonymous();
}

internal sealed record ProblemTypeDescription(string Type, int Status, string Title, string Explanation);

/// <summary>The one place exceptions become problem details: validation, malformed bodies, concurrency; anything else is a 500 without internals.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private static readonly string[] Required = ["Required."];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (type, detail, errors) = exception switch
        {
            ValidationException validation => (ProblemTypes.InvalidRequest, "One or more fields are invalid.", ErrorsOf(validation)),
            BadHttpRequestException { StatusCode: 413 } => (ProblemTypes.PayloadTooLarge, "The body is too large.", null),
            BadHttpRequestException { StatusCode: 415 } => (ProblemTypes.UnsupportedMediaType, "Unsupported content type.", null),
            BadHttpRequestException bad => (ProblemTypes.InvalidRequest, "The request could not be read.", ErrorsOf(bad)),
            DbUpdateConcurrencyException => (ProblemTypes.PreconditionFailed, "The resource changed while you were updating it: read it again and retry.", null),
            _ => (ProblemTypes.Internal, "An unexpected error occurred.", null),
        };

        if (type == ProblemTypes.Internal)
        {
            Log.Unhandled(logger, exception.GetType().Name, exception);
        }

        httpContext.Response.StatusCode = type.Status;
        var body = new ProblemDetails { Type = type.Uri, Title = type.Title, Status = type.Status, Detail = detail };
        if (errors is not null)
        {
            body.Extensions["errors"] = errors;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = body, Exception = exception });
    }

    private static Dictionary<string, string[]> ErrorsOf(ValidationException validation) =>
        validation.Errors
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>Names the offending field from System.Text.Json's path, never echoing the value (it may be PHI).</summary>
    private static Dictionary<string, string[]> ErrorsOf(BadHttpRequestException bad)
    {
        if (bad.InnerException is not JsonException json)
        {
            // "Failed to bind parameter \"DateOnly dueBefore\" from \"x\"." names a route or query parameter.
            var bind = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\" ]+ )?([^\" ]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50));
            return bind.Success
                ? new() { [bind.Groups[1].Value] = ["The value is not valid for this parameter."] }
                : new() { ["body"] = ["The body is missing or is not valid JSON."] };
        }

        var field = json.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
        var message = json.Message switch
        {
            var m when m.Contains("missing required properties", StringComparison.Ordinal) => MissingProperties(m),
            var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "Unknown field.",
            _ => "The value is not valid for this field (wrong type or format).",
        };
        if (message.StartsWith("Missing:", StringComparison.Ordinal))
        {
            var names = message["Missing:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return names.ToDictionary(n => field == "body" ? n : $"{field}.{n}", _ => Required);
        }

        return new() { [field] = [message] };
    }

    private static string MissingProperties(string message)
    {
        // "JSON deserialization for type 'X' was missing required properties including: 'a', 'b'."
        var start = message.IndexOf(':', StringComparison.Ordinal);
        var names = start < 0 ? "" : message[(start + 1)..].Replace("'", "", StringComparison.Ordinal).TrimEnd('.');
        return "Missing:" + names;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unhandled {ExceptionType}")]
        public static partial void Unhandled(ILogger logger, string exceptionType, Exception exception);
    }
}
