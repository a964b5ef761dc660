namespace RoiApi.Infrastructure.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The hospital's identity provider (OIDC discovery). Required outside Development and Testing.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = "roi-api";

    public string Issuer { get; set; } = "roi-api-dev";

    /// <summary>Base64 HMAC key for locally minted tokens: Development (`./roi up` writes it under .data/) and tests only.</summary>
    public string? SigningKey { get; set; }
}
