using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace RoiApi.IntegrationTests.Infrastructure;

/// <summary>Speaks the wire format (JSON nodes), so the tests check the contract partners see, not internal types.</summary>
internal static class Http
{
    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
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

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body, string? ifMatch = null) =>
        client.SendJsonAsync(HttpMethod.Post, url, body, ifMatch);

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
