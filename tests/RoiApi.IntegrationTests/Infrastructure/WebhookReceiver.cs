using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RoiApi.IntegrationTests.Infrastructure;

/// <summary>One POST as the receiver saw it: the Standard Webhooks headers and the raw body.</summary>
internal sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, string? ContentType)
{
    /// <summary>
    /// Checks the signature the way a partner would, from the spec and not from the API's code:
    /// base64(HMAC-SHA256(base64-decoded secret after "whsec_", "{id}.{timestamp}.{body}")), one of the
    /// space-separated "v1,..." values.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        using var hmac = new HMACSHA256(key);
        var expected = "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));
        return Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(expected);
    }
}

/// <summary>A real HTTP receiver on 127.0.0.1 (Kestrel), recording what arrives. Stops itself when disposed.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private WebApplication? app;

    public int Port { get; private set; }

    /// <summary>The URL to register; the query string stands for a partner's routing token and must never be logged.</summary>
    public string Url => $"http://127.0.0.1:{Port}/hooks/roi?token=partner-routing-token";

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    /// <summary>Starts on <paramref name="port"/> (0: any free port), answering every POST with <paramref name="status"/>.</summary>
    public static async Task<WebhookReceiver> StartAsync(int port = 0, HttpStatusCode status = HttpStatusCode.NoContent)
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Receiver", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        receiver.app = builder.Build();
        receiver.app.MapPost("/hooks/roi", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.received.Enqueue(new ReceivedWebhook(
                request.Headers["webhook-id"].ToString(),
                request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(),
                body,
                request.ContentType));
            return Results.StatusCode((int)status);
        });
        await receiver.app.StartAsync();
        receiver.Port = new Uri(receiver.app.Urls.Single()).Port;
        return receiver;
    }

    /// <summary>A port nothing listens on (for now): the address of a receiver that is down.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count) =>
        Eventually.ValueAsync(() => Task.FromResult(Received), r => r.Count >= count, $"{count} webhook(s) at the receiver");

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(stop.Token);
            await app.DisposeAsync();
        }
    }
}

/// <summary>Bounded polling for what a background worker does: at most ~10 s, then the test fails saying what it waited for.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Limit.TotalSeconds} s for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
