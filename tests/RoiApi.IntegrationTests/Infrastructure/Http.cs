using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace RoiApi.IntegrationTests.Infrastructure;

/// <summary>Speaks the wire format (JSON nodes), so the tests check the contract partners see, not internal types.</summary>
internal static class Http
{
    /// <summary>Pass as <c>idempotencyKey</c> to send a POST without the header, also from a partner client.</summary>
    public const string NoIdempotencyKey = "";

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey == NoIdempotencyKey)
        {
            request.Options.Set(FreshIdempotencyKeys.Omit, true);
        }
        else if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body, string? ifMatch = null, string? idempotencyKey = null) =>
        client.SendJsonAsync(HttpMethod.Post, url, body, ifMatch, idempotencyKey);

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"no ETag on {(int)response.StatusCode}");

    /// <summary>Asserts the status and, for errors, that the body is RFC 9457 problem details with a type; returns the body.</summary>
    public static async Task<JsonNode> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        if ((int)status >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
            var problem = JsonNode.Parse(text)!;
            var type = problem["type"]!.GetValue<string>();
            type.Should().StartWith("/problems/");
            problem["status"]!.GetValue<int>().Should().Be((int)status);
            problem["code"]!.GetValue<string>().Should().Be(type["/problems/".Length..], "partners switch on the code, which is the type's slug");
            return problem;
        }

        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }
}

/// <summary>Partner clients send a fresh Idempotency-Key with every POST, as a well-behaved integration does, unless the test says not to.</summary>
internal sealed class FreshIdempotencyKeys : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> Omit = new("omit-idempotency-key");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var omit = request.Options.TryGetValue(Omit, out var value) && value;
        if (request.Method == HttpMethod.Post && !omit && !request.Headers.Contains("Idempotency-Key"))
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
