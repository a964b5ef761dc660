using System.Globalization;
using RoiApi.Common;

namespace RoiApi.Infrastructure.RateLimiting;

/// <summary>Endpoint metadata: calls to this endpoint count against the caller's quota and carry the RateLimit headers.</summary>
internal sealed class ClientRateLimitedMetadata
{
    public static readonly ClientRateLimitedMetadata Instance = new();
}

internal static class RateLimitSetup
{
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<ClientRateLimiter>();
        return services;
    }

    /// <summary>Route-group convention: every endpoint of the group is limited per client.</summary>
    public static TBuilder WithClientRateLimits<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(ClientRateLimitedMetadata.Instance);

    /// <summary>After authentication (the client is known) and before authorization, so refusals count and carry the headers too.</summary>
    public static IApplicationBuilder UseClientRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ClientRateLimitedMetadata>() is null || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var limiter = context.RequestServices.GetRequiredService<ClientRateLimiter>();
        var caller = context.RequestServices.GetRequiredService<Caller>();
        var decision = limiter.Acquire(caller.ClientId);
        var name = limiter.Settings.PolicyName;
        var policy = RateLimitHeaders.FormatPolicy(name, decision.Limit, decision.WindowSeconds);
        var current = RateLimitHeaders.FormatCurrent(name, decision.Remaining, decision.ResetSeconds);

        // On starting, not now: the exception handler clears headers before it writes its problem, and these belong on it too.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[RateLimitHeaders.Policy] = policy;
            context.Response.Headers[RateLimitHeaders.Current] = current;
            return Task.CompletedTask;
        });

        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        await Problems.Of(ProblemTypes.TooManyRequests, $"This client may make {decision.Limit} requests per {decision.WindowSeconds} seconds. Retry after {decision.ResetSeconds} seconds.")
            .ExecuteAsync(context);
    });
}
