using Microsoft.Extensions.Options;

namespace RoiApi.Infrastructure.Idempotency;

internal static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<ExpiredIdempotencyKeysSweeper>();
        return services;
    }

    /// <summary>Route-group convention: POSTs of every endpoint in the group honour Idempotency-Key.</summary>
    public static TBuilder WithIdempotentPosts<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(IdempotentPostsMetadata.Instance);

    /// <summary>After authorization: only callers allowed to make the call reserve keys.</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}

/// <summary>Deletes expired keys now and then; an expired key is also taken over when it is used again.</summary>
internal sealed partial class ExpiredIdempotencyKeysSweeper(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<IdempotencyOptions> options, ILogger<ExpiredIdempotencyKeysSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().DeleteExpiredAsync(stoppingToken);
                Log.Swept(logger, deleted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; expired keys are also reclaimed on reuse, so nothing depends on this run.
                Log.SweepFailed(logger, exception);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6000, Level = LogLevel.Debug, Message = "Deleted {Count} expired idempotency keys")]
        public static partial void Swept(ILogger logger, int count);

        [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Deleting expired idempotency keys failed")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
