using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Delivery;

internal static class DeliveryEndpoints
{
    public static void MapDelivery(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/v1/requests").WithTags("Delivery").RequireAuthorization(Policies.ProcessRequests);
        ReleaseRequest.Map(staff);
    }
}
