using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Authorizations;

internal static class AuthorizationsEndpoints
{
    public static void MapAuthorizations(this IEndpointRouteBuilder app)
    {
        var owners = app.MapGroup("/v1/requests").WithTags("Evidence").RequireAuthorization(Policies.SubmitRequests);
        SubmitEvidence.Map(owners);
        UploadSignedDocument.Map(owners);

        var readers = app.MapGroup("/v1/requests").WithTags("Evidence").RequireAuthorization(Policies.ReadRequests);
        GetFindings.Map(readers);

        var checkers = app.MapGroup("/v1/authorizations").WithTags("Evidence").RequireAuthorization(Policies.SubmitRequests);
        ValidateEvidence.Map(checkers);

        var revokers = app.MapGroup("/v1/authorizations").WithTags("Evidence").RequireAuthorization(Policies.RecordRevocations);
        RecordRevocation.Map(revokers);
    }
}
