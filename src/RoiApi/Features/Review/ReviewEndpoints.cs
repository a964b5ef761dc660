using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Review;

internal static class ReviewEndpoints
{
    public static void MapReview(this IEndpointRouteBuilder app)
    {
        var reviewers = app.MapGroup("/v1/requests").WithTags("Review").RequireAuthorization(Policies.ApproveRequests);
        GetReleaseSet.Map(reviewers);
        ApproveRequest.Map(reviewers);
        DenyRequest.Map(reviewers);
    }
}
