using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoiApi.Infrastructure.RateLimiting;

namespace RoiApi.UnitTests.PartnerConventions;

public sealed class RateLimitTests
{
    [Theory]
    [InlineData("default", 300, 60, "\"default\";q=300;w=60")]
    [InlineData("partner \"gold\"", 1000, 3600, "\"partner \\\"gold\\\"\";q=1000;w=3600")]
    public void Policy_header_is_a_structured_field(string name, int quota, int window, string expected) =>
        RateLimitHeaders.FormatPolicy(name, quota, window).Should().Be(expected);

    [Fact]
    public void Current_header_names_the_policy_with_remaining_and_reset() =>
        RateLimitHeaders.FormatCurrent("default", 299, 42).Should().Be("\"default\";r=299;t=42");

    [Fact]
    public void A_client_gets_its_quota_per_aligned_window_and_then_a_reset_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 14, 0, 18, TimeSpan.Zero));
        var limiter = new ClientRateLimiter(Options.Create(new RateLimitOptions { PermitLimit = 2, WindowSeconds = 60 }), clock);

        var decisions = Enumerable.Range(0, 3).Select(_ => limiter.Acquire("a")).ToList();

        decisions.Select(d => (d.Allowed, d.Remaining, d.ResetSeconds)).Should().Equal((true, 1, 42), (true, 0, 42), (false, 0, 42));
        limiter.Acquire("b").Allowed.Should().BeTrue("another client has its own quota");
        clock.Advance(TimeSpan.FromSeconds(42));
        limiter.Acquire("a").Should().Be(new RateLimitDecision(true, 2, 1, 60, 60));
    }
}
