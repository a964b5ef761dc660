using RoiApi.Common.Paging;

namespace RoiApi.UnitTests.PartnerConventions;

public sealed class CursorCodecTests
{
    private static readonly CursorCodec Codec = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly CursorScope Scope = new("ListRequests", "partner-a|org-1", "received|\u2400");

    [Fact]
    public void A_cursor_reads_back_its_position_in_the_scope_it_was_issued_for()
    {
        var cursor = Codec.Issue(Scope, "0198f3a2c4e37a1b9c0d1e2f3a4b5c6d");

        Codec.TryRead(cursor, Scope, out var position, out _).Should().BeTrue();
        position.Should().Be("0198f3a2c4e37a1b9c0d1e2f3a4b5c6d");
        cursor.Should().MatchRegex("^[A-Za-z0-9_-]+$", "cursors travel in query strings unescaped");
    }

    [Theory]
    [InlineData("another client")]
    [InlineData("other filters")]
    [InlineData("another list")]
    public void A_cursor_is_refused_outside_its_scope(string situation)
    {
        var cursor = Codec.Issue(Scope, "position");
        var other = situation switch
        {
            "another client" => Scope with { ClientId = "partner-b|org-2" },
            "other filters" => Scope with { Filters = "in_review|\u2400" },
            _ => Scope with { List = "GetDisclosures" },
        };

        Codec.TryRead(cursor, other, out var position, out var refusal).Should().BeFalse(situation);
        position.Should().BeEmpty();
        refusal.Should().NotBeEmpty();
    }

    [Fact]
    public void Changing_any_byte_of_a_cursor_is_detected()
    {
        var cursor = Codec.Issue(Scope, "position");

        for (var i = 0; i < cursor.Length; i++)
        {
            var tampered = cursor[..i] + (cursor[i] == 'A' ? 'B' : 'A') + cursor[(i + 1)..];
            Codec.TryRead(tampered, Scope, out _, out _).Should().BeFalse($"character {i} was changed");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bm90IGEgY3Vyc29y")]
    [InlineData("AQ")]
    public void Garbage_is_refused_without_throwing(string cursor) =>
        Codec.TryRead(cursor, Scope, out _, out _).Should().BeFalse();

    [Fact]
    public void An_overlong_cursor_is_refused_before_decoding() =>
        Codec.TryRead(new string('A', CursorCodec.MaxLength + 1), Scope, out _, out _).Should().BeFalse();

    [Fact]
    public void A_cursor_signed_with_another_key_is_refused()
    {
        var other = new CursorCodec(new byte[32]);

        Codec.TryRead(other.Issue(Scope, "position"), Scope, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void A_short_key_is_refused() =>
        FluentActions.Invoking(() => new CursorCodec(new byte[16])).Should().Throw<ArgumentException>();
}
