using System.Security.Claims;
using RoiApi.Domain;
using RoiApi.Infrastructure.Auth;

namespace RoiApi.Common;

/// <summary>The authenticated caller, read once from the token: subject, role and tenant claims.</summary>
internal sealed record Caller(string Subject, string Role, Guid? PatientId, Guid? OrganizationId)
{
    public static readonly Caller Anonymous = new("anonymous", "", null, null);

    public bool IsStaff => Roles.Staff.Contains(Role);

    public Actor Actor => new(Subject, Role);

    /// <summary>
    /// The client that partner conventions (idempotency keys, cursors, rate limits) are scoped to: the token subject and its tenant.
    /// The tenant is part of it so that two organizations behind one client-credentials subject never share keys or quotas.
    /// </summary>
    public string ClientId => $"{Subject}|{OrganizationId?.ToString() ?? PatientId?.ToString() ?? "-"}";

    public static Caller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        return new Caller(
            user.FindFirstValue(TokenClaims.Subject) ?? "unknown",
            user.FindFirstValue(TokenClaims.Role) ?? "",
            Guid.TryParse(user.FindFirstValue(TokenClaims.PatientId), out var patientId) ? patientId : null,
            Guid.TryParse(user.FindFirstValue(TokenClaims.OrganizationId), out var orgId) ? orgId : null);
    }
}
