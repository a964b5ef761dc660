using System.Security.Cryptography;
using RoiApi.Common;
using RoiApi.Infrastructure.Auth;

namespace RoiApi.Infrastructure.Idempotency;

/// <summary>Endpoint metadata: POSTs to this endpoint honour Idempotency-Key (required from partners).</summary>
internal sealed class IdempotentPostsMetadata
{
    public static readonly IdempotentPostsMetadata Instance = new();
}

/// <summary>
/// Idempotency-Key on POSTs: the first request reserves the key (per client) with a hash of method, path and body; a duplicate while it
/// runs is 409, a different request under the same key 422, and once it has answered every retry gets that answer again
/// (<c>Idempotent-Replayed: true</c>). A 5xx or an exception frees the key, so the retry runs for real.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    /// <summary>A reservation can vanish between our insert and our read (the first attempt failed and freed it): try again, briefly.</summary>
    private const int ReserveAttempts = 3;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentPostsMetadata>() is null)
        {
            await next(context);
            return;
        }

        // Resolved here, not as InvokeAsync parameters: reads never pay for a DbContext they do not use.
        var caller = context.RequestServices.GetRequiredService<Caller>();
        var store = context.RequestServices.GetRequiredService<IdempotencyStore>();
        var headers = context.Request.Headers[IdempotencyKeys.Header];
        if (headers.Count == 0)
        {
            if (caller.Role == Roles.Partner)
            {
                await WriteProblemAsync(context, ProblemTypes.IdempotencyKeyRequired, "Send an Idempotency-Key header with every POST.");
                return;
            }

            await next(context);
            return;
        }

        var key = headers.Count == 1 ? headers[0] : null;
        if (!IdempotencyKeys.IsValid(key))
        {
            await WriteProblemAsync(context, ProblemTypes.IdempotencyKeyRequired, $"Idempotency-Key must be one value of 1 to {IdempotencyKeys.MaxLength} printable ASCII characters.");
            return;
        }

        var requestHash = await HashRequestAsync(context.Request, context.RequestAborted);
        var clientId = caller.ClientId;
        for (var attempt = 1; attempt <= ReserveAttempts; attempt++)
        {
            if (await store.TryReserveAsync(clientId, key!, requestHash, context.RequestAborted))
            {
                await RunFirstAttemptAsync(context, store, clientId, key!, requestHash);
                return;
            }

            var held = await store.FindAsync(clientId, key!, context.RequestAborted);
            if (held is null)
            {
                continue;
            }

            if (held.RequestHash != requestHash)
            {
                await WriteProblemAsync(context, ProblemTypes.IdempotencyKeyReused, "This Idempotency-Key was used for a different request (method, path or body). Use a new key.");
            }
            else if (!held.Completed)
            {
                await WriteProblemAsync(context, ProblemTypes.IdempotencyInFlight, "The first request with this Idempotency-Key is still being processed. Retry in a moment.");
            }
            else
            {
                await ReplayAsync(context, held);
            }

            return;
        }

        await WriteProblemAsync(context, ProblemTypes.IdempotencyInFlight, "Another request with this Idempotency-Key is being processed. Retry in a moment.");
    }

    private async Task RunFirstAttemptAsync(HttpContext context, IdempotencyStore store, string clientId, string key, string requestHash)
    {
        var client = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = client;
            await store.ReleaseAsync(clientId, key, requestHash);
            throw;
        }

        context.Response.Body = client;
        var response = context.Response;
        if (response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await store.ReleaseAsync(clientId, key, requestHash);
        }
        else
        {
            var location = response.Headers.Location.ToString();
            var etag = response.Headers.ETag.ToString();
            await store.CompleteAsync(clientId, key, requestHash, new StoredResponse(
                response.StatusCode, response.ContentType, location.Length > 0 ? location : null, etag.Length > 0 ? etag : null, buffer.ToArray()));
        }

        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(client, context.RequestAborted);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        var response = context.Response;
        response.StatusCode = record.ResponseStatus ?? StatusCodes.Status200OK;
        response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        if (record.ResponseContentType is { } contentType)
        {
            response.ContentType = contentType;
        }

        if (record.ResponseLocation is { } location)
        {
            response.Headers.Location = location;
        }

        if (record.ResponseETag is { } etag)
        {
            response.Headers.ETag = etag;
        }

        if (record.ResponseBody is { Length: > 0 } body)
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Buffered, so that the endpoint reads the same body after us.
        request.EnableBuffering();
        var bodyHash = await SHA256.HashDataAsync(request.Body, cancellationToken);
        request.Body.Position = 0;
        return IdempotencyKeys.RequestHash(request.Method, $"{request.PathBase}{request.Path}{request.QueryString}", bodyHash);
    }

    private static Task WriteProblemAsync(HttpContext context, ProblemType type, string detail) =>
        Problems.Of(type, detail).ExecuteAsync(context);
}
