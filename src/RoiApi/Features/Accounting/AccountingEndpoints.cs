using RoiApi.Infrastructure.Auth;

namespace RoiApi.Features.Accounting;

internal static class AccountingEndpoints
{
    public static void MapAccounting(this IEndpointRouteBuilder app)
    {
        var accounting = app.MapGroup("/v1/patients").WithTags("Accounting").RequireAuthorization(Policies.ReadAccounting);
        GetDisclosures.Map(accounting);
    }
}
