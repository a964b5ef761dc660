using RoiApi.Domain;
using RoiApi.Infrastructure.Webhooks;

namespace RoiApi.UnitTests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 15, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 120)]
    [InlineData(3, 600)]
    [InlineData(4, 3600)]
    [InlineData(5, 21600)]
    [InlineData(7, 86400)]
    [InlineData(12, 86400)]
    public void The_default_backoff_grows_then_repeats_the_last_delay(int failedAttempts, int seconds)
    {
        new WebhookOptions().RetryDelayAfter(failedAttempts).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Configured_delays_replace_the_defaults()
    {
        var options = new WebhookOptions { RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)] };

        options.RetryDelayAfter(1).Should().Be(TimeSpan.FromSeconds(1));
        options.RetryDelayAfter(9).Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_failed_attempt_is_retried_later_and_the_last_one_is_dead()
    {
        var delivery = new WebhookDelivery(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), WebhookEventTypes.RequestStatusChanged, "{}", Created);

        delivery.Record(WebhookAttempt.Failed(503, WebhookErrorKinds.HttpStatus), Created, TimeSpan.FromSeconds(30), maxAttempts: 2);
        delivery.Status.Should().Be(WebhookDeliveryStatus.Pending);
        delivery.NextAttemptAt.Should().Be(Created.AddSeconds(30));
        delivery.LastStatusCode.Should().Be(503);

        delivery.Record(WebhookAttempt.Failed(null, WebhookErrorKinds.Timeout), Created.AddSeconds(30), TimeSpan.FromMinutes(2), maxAttempts: 2);
        delivery.Status.Should().Be(WebhookDeliveryStatus.Dead);
        delivery.NextAttemptAt.Should().BeNull();
        delivery.Attempts.Should().Be(2);
        delivery.LastError.Should().Be(WebhookErrorKinds.Timeout);
    }

    [Fact]
    public void A_successful_attempt_is_delivered_and_clears_the_last_error()
    {
        var delivery = new WebhookDelivery(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), WebhookEventTypes.RequestStatusChanged, "{}", Created);
        delivery.Record(WebhookAttempt.Failed(null, WebhookErrorKinds.ConnectionFailed), Created, TimeSpan.FromSeconds(30), maxAttempts: 8);

        delivery.Record(WebhookAttempt.Success(200), Created.AddSeconds(30), TimeSpan.FromMinutes(2), maxAttempts: 8);

        delivery.Status.Should().Be(WebhookDeliveryStatus.Delivered);
        delivery.DeliveredAt.Should().Be(Created.AddSeconds(30));
        delivery.LastError.Should().BeNull();
        delivery.NextAttemptAt.Should().BeNull();
    }
}
