using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Authorizations;

internal static class AuthorizationsEndpoints
{
    public static void MapAuthorizations(this IEndpointRouteBuilder app)
    {
        var owners = app.MapGroup("/v1/requests").WithTags("Evidence").RequireAuthorization(Policies.SubmitRequests);
        SubmitEvidence.Map(owners);
    }
}
