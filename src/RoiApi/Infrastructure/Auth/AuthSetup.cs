using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace RoiApi.Infrastructure.Auth;

internal static class AuthSetup
{
    public static IServiceCollection AddRoiAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var localKeyAllowed = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if (string.IsNullOrWhiteSpace(options.Authority) && !(localKeyAllowed && !string.IsNullOrWhiteSpace(options.SigningKey)))
        {
            throw new InvalidOperationException(
                "Auth:Authority (the identity provider's OIDC issuer URL) is required outside Development; in Development set Auth:SigningKey (./roi up does).");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = options.Audience,
                NameClaimType = TokenClaims.Subject,
                RoleClaimType = TokenClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
            }
            else
            {
                jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = DevTokens.KeyFrom(options.SigningKey!);
            }
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ReadRequests, p => p.RequireRole(Roles.Patient, Roles.Partner, Roles.RoiSpecialist, Roles.Reviewer, Roles.ComplianceOfficer, Roles.Admin).RequireAssertion(HasTenantClaims))
            .AddPolicy(Policies.SubmitRequests, p => p.RequireRole(Roles.Patient, Roles.Partner, Roles.RoiSpecialist).RequireAssertion(HasTenantClaims))
            .AddPolicy(Policies.ProcessRequests, p => p.RequireRole(Roles.RoiSpecialist))
            .AddPolicy(Policies.ApproveRequests, p => p.RequireRole(Roles.RoiSpecialist, Roles.Reviewer))
            .AddPolicy(Policies.RecordRevocations, p => p.RequireRole(Roles.Patient, Roles.RoiSpecialist).RequireAssertion(HasTenantClaims))
            .AddPolicy(Policies.ReadAccounting, p => p.RequireRole(Roles.Patient, Roles.ComplianceOfficer).RequireAssertion(HasTenantClaims))
            .AddPolicy(Policies.ManageWebhooks, p => p.RequireRole(Roles.Partner, Roles.Admin).RequireAssertion(HasTenantClaims));
        return services;
    }

    /// <summary>A patient token without <c>patient_id</c>, or a partner token without <c>org_id</c>, can see nothing: refuse it outright.</summary>
    private static bool HasTenantClaims(AuthorizationHandlerContext context) =>
        !context.User.IsInRole(Roles.Patient) && !context.User.IsInRole(Roles.Partner)
        || context.User.IsInRole(Roles.Patient) && Guid.TryParse(context.User.FindFirst(TokenClaims.PatientId)?.Value, out _)
        || context.User.IsInRole(Roles.Partner) && Guid.TryParse(context.User.FindFirst(TokenClaims.OrganizationId)?.Value, out _);
}
