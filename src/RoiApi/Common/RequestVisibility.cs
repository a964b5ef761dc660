using RoiApi.Domain;

namespace RoiApi.Common;

internal static class RequestVisibility
{
    /// <summary>The requests a caller may see: a patient their own, a partner its organization's, staff all. Others are "not found".</summary>
    public static IQueryable<DisclosureRequest> VisibleTo(this IQueryable<DisclosureRequest> requests, Caller caller) => caller switch
    {
        { IsStaff: true } => requests,
        { Role: Infrastructure.Auth.Roles.Patient, PatientId: { } patientId } => requests.Where(r => r.PatientId == patientId),
        { Role: Infrastructure.Auth.Roles.Partner, OrganizationId: { } orgId } => requests.Where(r => r.RequesterOrganizationId == orgId),
        _ => requests.Where(r => false),
    };

    /// <summary>The same rule as <see cref="VisibleTo"/>, for a row already loaded.</summary>
    public static bool CanSee(this Caller caller, DisclosureRequest request) => caller switch
    {
        { IsStaff: true } => true,
        { Role: Infrastructure.Auth.Roles.Patient, PatientId: { } patientId } => request.PatientId == patientId,
        { Role: Infrastructure.Auth.Roles.Partner, OrganizationId: { } orgId } => request.RequesterOrganizationId == orgId,
        _ => false,
    };
}
