using System.Net;
using RoiApi.Infrastructure.Webhooks;

namespace RoiApi.UnitTests.Webhooks;

public sealed class AddressRangesTests
{
    [Theory]
    [InlineData("93.184.215.14", "Public")]
    [InlineData("8.8.8.8", "Public")]
    [InlineData("172.32.0.1", "Public")]
    [InlineData("2606:4700::1111", "Public")]
    [InlineData("127.0.0.1", "Loopback")]
    [InlineData("127.8.9.10", "Loopback")]
    [InlineData("::1", "Loopback")]
    [InlineData("::ffff:127.0.0.1", "Loopback")]
    [InlineData("10.0.0.5", "Internal")]
    [InlineData("172.16.0.1", "Internal")]
    [InlineData("172.31.255.254", "Internal")]
    [InlineData("192.168.1.1", "Internal")]
    [InlineData("169.254.169.254", "Internal")]
    [InlineData("100.64.0.1", "Internal")]
    [InlineData("0.0.0.0", "Internal")]
    [InlineData("224.0.0.1", "Internal")]
    [InlineData("255.255.255.255", "Internal")]
    [InlineData("::", "Internal")]
    [InlineData("fe80::1", "Internal")]
    [InlineData("fd00::1", "Internal")]
    [InlineData("fc00::1", "Internal")]
    [InlineData("ff02::1", "Internal")]
    [InlineData("::ffff:10.0.0.5", "Internal")]
    [InlineData("::ffff:169.254.169.254", "Internal")]
    [InlineData("2002:a00:5::1", "Internal")]
    [InlineData("64:ff9b::a00:5", "Internal")]
    public void Each_address_falls_in_its_class(string address, string expected)
    {
        AddressRanges.Classify(IPAddress.Parse(address)).Should().Be(Enum.Parse<AddressClass>(expected));
    }
}
