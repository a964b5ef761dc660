namespace RoiApi.Infrastructure.RateLimiting;

/// <summary>Configuration section <c>RateLimits</c>: one quota per client (token subject and tenant) and fixed window.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>The policy's name in the <c>RateLimit</c> and <c>RateLimit-Policy</c> headers.</summary>
    public string PolicyName { get; set; } = "default";

    /// <summary>Requests a client may make per window.</summary>
    public int PermitLimit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
