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
