using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RoiApi.Infrastructure.Auth;

/// <summary>Mints tokens signed with the local key: Development (`./roi token`) and tests. Production never uses this.</summary>
internal static class DevTokens
{
    public static SymmetricSecurityKey KeyFrom(string base64Key) => new(Convert.FromBase64String(base64Key)) { KeyId = "roi-dev" };

    public static string Mint(AuthOptions options, string role, Guid? patientId, Guid? organizationId, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        var claims = new List<Claim>
        {
            new(TokenClaims.Subject, $"dev-{role}"),
            new(TokenClaims.Role, role),
        };
        if (patientId is { } p)
        {
            claims.Add(new(TokenClaims.PatientId, p.ToString()));
        }

        if (organizationId is { } o)
        {
            claims.Add(new(TokenClaims.OrganizationId, o.ToString()));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(12)).UtcDateTime,
            SigningCredentials = new SigningCredentials(KeyFrom(options.SigningKey!), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
