using RoiApi.Infrastructure.Webhooks;

namespace RoiApi.UnitTests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Signature_reproduces_the_published_standard_webhooks_test_vector()
    {
        var signature = WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""");

        signature.Should().Be("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    [Fact]
    public void New_secrets_are_32_random_bytes_in_whsec_form()
    {
        var first = WebhookSignature.NewSecret();
        var second = WebhookSignature.NewSecret();

        first.Should().StartWith("whsec_").And.NotBe(second);
        Convert.FromBase64String(first["whsec_".Length..]).Should().HaveCount(32);
    }
}
