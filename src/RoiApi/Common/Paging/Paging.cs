using System.Security.Cryptography;
using FluentValidation;

namespace RoiApi.Common.Paging;

/// <summary>The bounds every list shares: <c>?limit=</c> 1..200, default 50.</summary>
internal static class PageLimits
{
    public const int Default = 50;
    public const int Max = 200;

    public static IRuleBuilderOptions<T, int> WithinPageLimits<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(1, Max);
}

/// <summary>Configuration section <c>Cursors</c>.</summary>
internal sealed class CursorOptions
{
    public const string Section = "Cursors";

    /// <summary>Base64, at least 32 bytes, the same on every instance. Required outside Development and Testing, where a random key per process is used when unset.</summary>
    public string? SigningKey { get; set; }
}

internal static class PagingSetup
{
    public static IServiceCollection AddCursors(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(CursorOptions.Section).Get<CursorOptions>() ?? new CursorOptions();
        byte[] key;
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            key = Convert.FromBase64String(options.SigningKey);
        }
        else if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            key = RandomNumberGenerator.GetBytes(CursorCodec.MinimumKeyBytes);
        }
        else
        {
            throw new InvalidOperationException(
                $"Cursors:SigningKey (base64, at least {CursorCodec.MinimumKeyBytes} bytes, the same on every instance) is required outside Development.");
        }

        services.AddSingleton(new CursorCodec(key));
        return services;
    }
}
