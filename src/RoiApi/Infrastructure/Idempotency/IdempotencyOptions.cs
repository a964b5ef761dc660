namespace RoiApi.Infrastructure.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
internal sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a key and its response are kept; after that the key may be used again.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired keys are deleted.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
