using RoiApi.Infrastructure.Idempotency;

namespace RoiApi.UnitTests.PartnerConventions;

public sealed class IdempotencyKeysTests
{
    [Theory]
    [InlineData("3f2b8c1e-6a0d-4f5e-9b7a-1c2d3e4f5a6b", true)]
    [InlineData("claim 2026/0001", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("tab\tinside", false)]
    [InlineData("caf\u00e9", false)]
    [InlineData(null, false)]
    public void Keys_are_1_to_255_printable_ascii_characters(string? key, bool valid) =>
        IdempotencyKeys.IsValid(key).Should().Be(valid);

    [Fact]
    public void Length_is_bounded_at_255()
    {
        IdempotencyKeys.IsValid(new string('k', 255)).Should().BeTrue();
        IdempotencyKeys.IsValid(new string('k', 256)).Should().BeFalse();
    }

    [Fact]
    public void The_request_hash_covers_method_path_and_body()
    {
        var body = new byte[32];
        var other = new byte[32];
        other[0] = 1;
        var reference = IdempotencyKeys.RequestHash("POST", "/v1/requests", body);

        reference.Should().HaveLength(64);
        IdempotencyKeys.RequestHash("post", "/v1/requests", body).Should().Be(reference);
        IdempotencyKeys.RequestHash("POST", "/v1/requests/1/approve", body).Should().NotBe(reference);
        IdempotencyKeys.RequestHash("POST", "/v1/requests", other).Should().NotBe(reference);
    }
}
