using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace RoiApi.Infrastructure.Webhooks;

/// <summary>
/// SSRF guard: webhooks go to public https hosts only. Checked at registration, again before each delivery (DNS may
/// have changed), and on the socket itself, so the address connected to is the address that was checked.
/// </summary>
internal sealed class WebhookUrlPolicy(IOptions<WebhookOptions> options)
{
    public const string MustBeHttps = "The URL must be an absolute https URL.";
    public const string NoCredentials = "The URL must not carry credentials.";
    public const string DoesNotResolve = "The URL's host does not resolve.";
    public const string InternalAddress = "The URL's host is or resolves to a loopback, private, link-local, multicast or unspecified address.";

    private bool AllowLoopback => options.Value.AllowLoopback;

    /// <summary>Why the URL is refused, or null when it may receive webhooks. Resolves the host name.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        var schemeAllowed = url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (AllowLoopback && url.Scheme == Uri.UriSchemeHttp));
        if (!schemeAllowed)
        {
            return MustBeHttps;
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return NoCredentials;
        }

        var addresses = await ResolveAsync(url.DnsSafeHost, cancellationToken);
        if (addresses.Length == 0)
        {
            return DoesNotResolve;
        }

        return addresses.All(Allows) ? null : InternalAddress;
    }

    public bool Allows(IPAddress address) => AddressRanges.Classify(address) switch
    {
        AddressClass.Public => true,
        AddressClass.Loopback => AllowLoopback,
        _ => false,
    };

    /// <summary>The HTTP client's connect step: resolves, refuses if any address is not allowed, connects to the checked addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        if (addresses.Length == 0 || !addresses.All(Allows))
        {
            throw new WebhookAddressRefusedException();
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var literal))
        {
            return [literal];
        }

        try
        {
            return await Dns.GetHostAddressesAsync(bare, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}

internal enum AddressClass
{
    Public,
    Loopback,
    Internal,
}

/// <summary>The address ranges a webhook must never reach: private networks, link-local (cloud metadata), loopback and the like.</summary>
internal static class AddressRanges
{
    public static AddressClass Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return AddressClass.Loopback;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsInternalV4(address.GetAddressBytes()) ? AddressClass.Internal : AddressClass.Public,
            AddressFamily.InterNetworkV6 => IsInternalV6(address) ? AddressClass.Internal : AddressClass.Public,
            _ => AddressClass.Internal,
        };
    }

    private static bool IsInternalV4(byte[] b) =>
        b[0] == 0                                    // 0.0.0.0/8: unspecified, "this network"
        || b[0] == 10                                // 10/8: private
        || (b[0] == 100 && (b[1] & 0xC0) == 64)      // 100.64/10: carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)              // 169.254/16: link-local, cloud metadata
        || (b[0] == 172 && (b[1] & 0xF0) == 16)      // 172.16/12: private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)   // 192.0.0/24: protocol assignments
        || (b[0] == 192 && b[1] == 168)              // 192.168/16: private
        || (b[0] == 198 && (b[1] & 0xFE) == 18)      // 198.18/15: benchmarking
        || b[0] >= 224;                              // 224/4 multicast, 240/4 reserved, broadcast

    private static bool IsInternalV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return address.Equals(IPAddress.IPv6Any)     // ::
            || address.IsIPv6LinkLocal               // fe80::/10
            || address.IsIPv6SiteLocal               // fec0::/10 (deprecated, still routed internally)
            || address.IsIPv6UniqueLocal             // fc00::/7: private
            || address.IsIPv6Multicast               // ff00::/8
            || (b[0] == 0x20 && b[1] == 0x02)        // 2002::/16: 6to4 can wrap any IPv4 address
            || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b); // 64:ff9b::/96 NAT64 likewise
    }
}

/// <summary>The connect step refused the address a webhook host resolved to.</summary>
internal sealed class WebhookAddressRefusedException : Exception
{
    public WebhookAddressRefusedException()
        : base("The webhook host resolves to an address that is not allowed.")
    {
    }

    public WebhookAddressRefusedException(string message)
        : base(message)
    {
    }

    public WebhookAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
