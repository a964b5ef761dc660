using System.Net;
using RoiApi.Infrastructure.Auth;

namespace RoiApi.IntegrationTests.Infrastructure;

/// <summary>Per-client quotas with the IETF RateLimit headers; the limited tests run on a host of their own with a tiny limit.</summary>
public sealed class RateLimitTests(ApiFactory api) : ApiTest(api)
{
    private const int TinyLimit = 3;

    [Fact]
    public async Task Authenticated_responses_carry_the_ratelimit_headers()
    {
        var response = await Api.ClientFor(Roles.RoiSpecialist).GetAsync("/v1/requests");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        response.Header("RateLimit-Policy").Should().MatchRegex("^\"default\";q=[0-9]+;w=60$");
        response.Header("RateLimit").Should().MatchRegex("^\"default\";r=[0-9]+;t=[0-9]+$");
    }

    [Fact]
    public async Task Refusals_carry_the_headers_too_but_anonymous_calls_do_not()
    {
        var forbidden = await Api.ClientFor(Roles.RecordsFeed).GetAsync("/v1/requests");
        var anonymous = await Api.CreateClient().GetAsync("/v1/requests");

        await forbidden.ShouldBeAsync(HttpStatusCode.Forbidden);
        forbidden.Header("RateLimit").Should().NotBeNull();
        await anonymous.ShouldBeAsync(HttpStatusCode.Unauthorized);
        anonymous.Header("RateLimit").Should().BeNull();
    }

    [Fact]
    public async Task The_call_after_the_quota_is_429_with_retry_after_until_the_window_resets()
    {
        await using var host = Api.WithSettings(("RateLimits:PermitLimit", TinyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var staff = ApiFactory.ClientFor(host, Roles.RoiSpecialist);
        var allowed = new List<HttpResponseMessage>();
        for (var i = 0; i < TinyLimit; i++)
        {
            allowed.Add(await staff.GetAsync("/v1/requests"));
        }

        var refused = await staff.GetAsync("/v1/requests");

        allowed.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.OK);
        allowed.Select(r => r.Header("RateLimit")).Should().Equal("\"default\";r=2;t=60", "\"default\";r=1;t=60", "\"default\";r=0;t=60");
        allowed[0].Header("RateLimit-Policy").Should().Be("\"default\";q=3;w=60");
        var problem = await refused.ShouldBeAsync(HttpStatusCode.TooManyRequests);
        problem["type"]!.GetValue<string>().Should().Be("/problems/rate-limited");
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        refused.Header("RateLimit").Should().Be("\"default\";r=0;t=60");

        Api.Clock.Advance(TimeSpan.FromSeconds(60));
        await (await staff.GetAsync("/v1/requests")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_clients_are_limited_independently()
    {
        await using var host = Api.WithSettings(("RateLimits:PermitLimit", TinyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var first = ApiFactory.ClientFor(host, Roles.Partner, organizationId: Guid.CreateVersion7());
        var second = ApiFactory.ClientFor(host, Roles.Partner, organizationId: Guid.CreateVersion7());
        for (var i = 0; i < TinyLimit; i++)
        {
            await (await first.GetAsync("/v1/requests")).ShouldBeAsync(HttpStatusCode.OK);
        }

        var firstRefused = await first.GetAsync("/v1/requests");
        var secondAllowed = await second.GetAsync("/v1/requests");

        await firstRefused.ShouldBeAsync(HttpStatusCode.TooManyRequests);
        await secondAllowed.ShouldBeAsync(HttpStatusCode.OK);
        secondAllowed.Header("RateLimit").Should().Be("\"default\";r=2;t=60");
    }
}
