using Microsoft.Extensions.Options;

namespace RoiApi.Infrastructure.Webhooks;

internal static class WebhooksSetup
{
    public static IServiceCollection AddRoiWebhooks(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        if (environment.IsProduction() && section.GetValue<bool>(nameof(WebhookOptions.AllowLoopback)))
        {
            throw new InvalidOperationException("Webhooks:AllowLoopback is for Development and tests only: in Production webhooks go to public https hosts.");
        }

        services.AddOptions<WebhookOptions>().Bind(section)
            .Validate(o => o.IsValid(), "Webhooks: intervals must be positive, MaxAttempts and BatchSize at least 1, and ClaimDuration longer than Timeout x BatchSize.")
            .ValidateOnStart();
        services.AddSingleton<WebhookUrlPolicy>();
        services.AddScoped<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // A redirect could point anywhere (169.254.169.254); a proxy would hide the address we checked.
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = sp.GetRequiredService<WebhookUrlPolicy>().ConnectAsync,
            })
            // The default handler logs full URLs; the worker logs ids and hosts itself.
            .RemoveAllLoggers();
        services.AddHostedService<WebhookDeliveryWorker>();
        return services;
    }
}
