using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Packets;

internal static class PacketsEndpoints
{
    public static void MapPackets(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/v1/requests").WithTags("Packets").RequireAuthorization(Policies.ProcessRequests);
        RenderPacket.Map(staff);

        var readers = app.MapGroup("/v1/requests").WithTags("Packets").RequireAuthorization(Policies.ReadRequests);
        GetPacket.Map(readers);
    }
}
