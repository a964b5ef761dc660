namespace RoiApi.Infrastructure.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>: delivery timing, retries and the SSRF exception for local development.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>30 s, 2 min, 10 min, 1 h, 6 h, 12 h, then daily: about two days before the eighth attempt.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1),
        TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24),
    ];

    /// <summary>Development and tests only: allows http and loopback receivers (private and link-local stay refused). Refused in Production.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How often the worker looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The whole POST, connection included: a receiver should answer quickly and work later.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before a delivery is dead (dead letter).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the 1st, 2nd, … failed attempt; the last one repeats. Empty: <see cref="DefaultRetryDelays"/>.</summary>
    public TimeSpan[] RetryDelays { get; set; } = [];

    /// <summary>Deliveries claimed per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim holds: another worker retries a delivery whose worker died after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryDelayAfter(int failedAttempts)
    {
        IReadOnlyList<TimeSpan> delays = RetryDelays.Length > 0 ? RetryDelays : DefaultRetryDelays;
        return delays[Math.Clamp(failedAttempts - 1, 0, delays.Count - 1)];
    }

    public bool IsValid() =>
        PollInterval > TimeSpan.Zero && Timeout > TimeSpan.Zero && MaxAttempts >= 1 && BatchSize >= 1
        && ClaimDuration > Timeout * BatchSize && RetryDelays.All(d => d > TimeSpan.Zero);
}
