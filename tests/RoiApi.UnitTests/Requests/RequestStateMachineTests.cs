using RoiApi.Domain;

namespace RoiApi.UnitTests.Requests;

/// <summary>The state machine of DOMAIN.md as a table: every allowed move, and nothing else.</summary>
public class RequestStateMachineTests
{
    private static readonly (RequestStatus From, RequestStatus To)[] Allowed =
    [
        (RequestStatus.Received, RequestStatus.InVerification), (RequestStatus.Received, RequestStatus.OnHold), (RequestStatus.Received, RequestStatus.Denied), (RequestStatus.Received, RequestStatus.Cancelled),
        (RequestStatus.InVerification, RequestStatus.InReview), (RequestStatus.InVerification, RequestStatus.OnHold), (RequestStatus.InVerification, RequestStatus.Denied), (RequestStatus.InVerification, RequestStatus.Cancelled),
        (RequestStatus.InReview, RequestStatus.Approved), (RequestStatus.InReview, RequestStatus.OnHold), (RequestStatus.InReview, RequestStatus.Denied), (RequestStatus.InReview, RequestStatus.Cancelled),
        (RequestStatus.Approved, RequestStatus.PacketReady), (RequestStatus.Approved, RequestStatus.OnHold), (RequestStatus.Approved, RequestStatus.Cancelled),
        (RequestStatus.PacketReady, RequestStatus.Released), (RequestStatus.PacketReady, RequestStatus.OnHold), (RequestStatus.PacketReady, RequestStatus.Cancelled),
        (RequestStatus.OnHold, RequestStatus.InVerification), (RequestStatus.OnHold, RequestStatus.Denied), (RequestStatus.OnHold, RequestStatus.Cancelled),
    ];

    public static TheoryData<RequestStatus, RequestStatus> EveryPair()
    {
        var data = new TheoryData<RequestStatus, RequestStatus>();
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Only_the_moves_of_the_model_are_allowed(RequestStatus from, RequestStatus to) =>
        RequestStateMachine.CanMove(from, to).Should().Be(Allowed.Contains((from, to)));

    [Theory]
    [InlineData(RequestStatus.Released)]
    [InlineData(RequestStatus.Denied)]
    [InlineData(RequestStatus.Cancelled)]
    public void Terminal_states_have_no_exits(RequestStatus status) =>
        RequestStateMachine.IsTerminal(status).Should().BeTrue();

    [Fact]
    public void Nothing_skips_from_received_to_approved_or_release()
    {
        RequestStateMachine.CanMove(RequestStatus.Received, RequestStatus.Approved).Should().BeFalse();
        RequestStateMachine.CanMove(RequestStatus.InReview, RequestStatus.Released).Should().BeFalse();
        RequestStateMachine.CanMove(RequestStatus.Approved, RequestStatus.Released).Should().BeFalse();
    }
}
