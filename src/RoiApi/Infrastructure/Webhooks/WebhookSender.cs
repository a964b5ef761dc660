using System.Text;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Webhooks;

/// <summary>One signed POST (Standard Webhooks headers). Never follows redirects, never reads the response body.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, WebhookUrlPolicy policy, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttempt> SendAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var url = new Uri(endpoint.Url);
        if (await policy.RefusalAsync(url, cancellationToken) is not null)
        {
            return WebhookAttempt.Failed(null, WebhookErrorKinds.AddressRefused);
        }

        var webhookId = delivery.Id.ToString();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(endpoint.Secret, webhookId, timestamp, delivery.Payload));
        request.Headers.UserAgent.ParseAdd("RoiApi-Webhooks/1");

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? WebhookAttempt.Success(status) : WebhookAttempt.Failed(status, WebhookErrorKinds.HttpStatus);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookAddressRefusedException)
        {
            return WebhookAttempt.Failed(null, WebhookErrorKinds.AddressRefused);
        }
        catch (HttpRequestException)
        {
            return WebhookAttempt.Failed(null, WebhookErrorKinds.ConnectionFailed);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookAttempt.Failed(null, WebhookErrorKinds.Timeout);
        }
    }
}
