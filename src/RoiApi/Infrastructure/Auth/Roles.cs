namespace RoiApi.Infrastructure.Auth;

/// <summary>The roles a token may carry (claim <c>role</c>).</summary>
internal static class Roles
{
    public const string Patient = "patient";
    public const string Partner = "partner";
    public const string RoiSpecialist = "roi_specialist";
    public const string Reviewer = "reviewer";
    public const string ComplianceOfficer = "compliance_officer";
    public const string RecordsFeed = "records_feed";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Patient, Partner, RoiSpecialist, Reviewer, ComplianceOfficer, RecordsFeed, Admin];

    /// <summary>Hospital workforce that sees every request.</summary>
    public static readonly IReadOnlySet<string> Staff = new HashSet<string>(StringComparer.Ordinal) { RoiSpecialist, Reviewer, ComplianceOfficer, Admin };
}

internal static class TokenClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string PatientId = "patient_id";
    public const string OrganizationId = "org_id";
}

/// <summary>One policy per route group.</summary>
internal static class Policies
{
    public const string ReadRequests = "requests:read";
    public const string SubmitRequests = "requests:submit";
    public const string ProcessRequests = "requests:process";
    public const string ApproveRequests = "requests:approve";
    public const string ReadAccounting = "accounting:read";
    public const string RecordRevocations = "revocations:record";
    public const string ManageWebhooks = "webhooks:manage";
}
