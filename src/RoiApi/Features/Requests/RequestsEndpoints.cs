using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Requests;

internal static class RequestsEndpoints
{
    public static void MapRequests(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/v1/requests").WithTags("Requests").RequireAuthorization(Policies.ReadRequests);
        GetRequest.Map(read);
        ListRequests.Map(read);
        GetTimeline.Map(read);
        GetLetter.Map(read);

        var submit = app.MapGroup("/v1/requests").WithTags("Requests").RequireAuthorization(Policies.SubmitRequests);
        SubmitRequest.Map(submit);
        ResumeRequest.Map(submit);
        CancelRequest.Map(submit);

        var process = app.MapGroup("/v1/requests").WithTags("Requests").RequireAuthorization(Policies.ProcessRequests);
        RecordIdentityVerification.Map(process);
        HoldRequest.Map(process);
        ExtendDeadline.Map(process);
    }
}
