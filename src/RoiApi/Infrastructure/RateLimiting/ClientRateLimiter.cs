using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace RoiApi.Infrastructure.RateLimiting;

/// <summary>One client's standing in the current window: whether this call is allowed, what is left and when the window resets.</summary>
internal readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds, int WindowSeconds);

/// <summary>
/// Fixed windows per client, aligned to the clock (<see cref="TimeProvider"/>, so tests can walk it). State is in memory, so each
/// instance counts its own calls: behind a load balancer a client gets up to the quota per instance.
/// </summary>
internal sealed class ClientRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly RateLimitOptions settings = options.Value;
    private long lastSweptWindow;

    public RateLimitOptions Settings => settings;

    public RateLimitDecision Acquire(string clientId)
    {
        var windowSeconds = Math.Max(1, settings.WindowSeconds);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var index = now / windowSeconds;
        var reset = (int)((index + 1) * windowSeconds - now);
        SweepOldWindows(index);

        var window = windows.GetOrAdd(clientId, _ => new Window());
        int used;
        lock (window)
        {
            if (window.Index != index)
            {
                window.Index = index;
                window.Used = 0;
            }

            if (window.Used < settings.PermitLimit)
            {
                window.Used++;
                return new RateLimitDecision(true, settings.PermitLimit, settings.PermitLimit - window.Used, reset, windowSeconds);
            }

            used = window.Used;
        }

        return new RateLimitDecision(false, settings.PermitLimit, Math.Max(0, settings.PermitLimit - used), reset, windowSeconds);
    }

    /// <summary>Once per window, forget the clients that have not called in it, so the table does not grow without bound.</summary>
    private void SweepOldWindows(long index)
    {
        var last = Interlocked.Read(ref lastSweptWindow);
        if (last == index || Interlocked.CompareExchange(ref lastSweptWindow, index, last) != last)
        {
            return;
        }

        foreach (var (clientId, window) in windows)
        {
            if (window.Index < index)
            {
                windows.TryRemove(new KeyValuePair<string, Window>(clientId, window));
            }
        }
    }

    private sealed class Window
    {
        public long Index { get; set; } = long.MinValue;

        public int Used { get; set; }
    }
}
