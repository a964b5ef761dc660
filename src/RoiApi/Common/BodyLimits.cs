using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RoiApi.Common;

/// <summary>
/// Bounded bodies: JSON at most 1 MB (answered 413 before anything is read or written), anything at most 12 MB at the
/// server (the signed-document upload allows 10 MB and checks its own limit).
/// </summary>
internal static class BodyLimits
{
    public const long MaxJsonBytes = 1024 * 1024;
    public const long MaxAnyBytes = 12 * 1024 * 1024;

    public static IServiceCollection AddBodyLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxAnyBytes);

    public static IApplicationBuilder UseJsonBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.ContentLength > MaxJsonBytes && request.HasJsonContentType())
            {
                await Problems.Of(ProblemTypes.PayloadTooLarge, $"JSON bodies may be at most {MaxJsonBytes / 1024} KB.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
