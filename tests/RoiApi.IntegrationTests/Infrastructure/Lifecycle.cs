using System.Net;
using System.Text.Json.Nodes;
using RoiApi.Infrastructure.Auth;

namespace RoiApi.IntegrationTests.Infrastructure;

/// <summary>The steps of a release over HTTP, for tests that need a request at a given stage.</summary>
internal sealed class Lifecycle(ApiFactory api)
{
    public HttpClient Staff { get; } = api.ClientFor(Roles.RoiSpecialist);

    public static object AccessRequest(DateOnly? from = null, DateOnly? to = null) => new
    {
        legalBasis = "individual_access",
        patient = new { },
        scope = new { from = from ?? new DateOnly(2024, 1, 1), to = to ?? new DateOnly(2025, 12, 31) },
        purpose = "Personal records",
        deliveryMethod = "portal",
    };

    public static object AuthorizationRequest(string mrn, string recipient = "Hale & Morrow LLP") => new
    {
        legalBasis = "authorization",
        patient = new { mrn },
        recipient = new { name = recipient, address = "200 Court Street, Springfield, IL 62701" },
        scope = new { from = new DateOnly(2024, 1, 1), to = new DateOnly(2025, 12, 31) },
        purpose = "Personal injury claim",
        deliveryMethod = "secure_email",
    };

    /// <summary>A complete 164.508 authorization for the default request: every element and statement present.</summary>
    public static object ValidAuthorization(string recipient = "Hale & Morrow LLP", DateOnly? expiresOn = null) => new
    {
        kind = "authorization",
        authorization = new
        {
            informationDescription = "Discharge summaries, progress notes and laboratory results from 2024 and 2025",
            authorizedDisclosers = new[] { "Riverside General Hospital" },
            recipients = new[] { recipient },
            purposes = new[] { "Personal injury claim" },
            expirationDate = expiresOn ?? new DateOnly(2027, 1, 1),
            signaturePresent = true,
            signedOn = new DateOnly(2026, 6, 1),
            signedByPersonalRepresentative = false,
            revocationRightStated = true,
            revocationProcedureOrNppReferenceStated = true,
            conditioningStatementIncluded = true,
            redisclosureStatementIncluded = true,
            plainLanguageConfirmed = true,
            combinedWithOtherDocument = false,
            isForPsychotherapyNotes = false,
            coversFrom = new DateOnly(2024, 1, 1),
            coversTo = new DateOnly(2025, 12, 31),
        },
    };

    public static object CourtOrderRequest(string mrn) => new
    {
        legalBasis = "judicial_or_administrative",
        patient = new { mrn },
        recipient = new { name = "Hale & Morrow LLP", address = "200 Court Street, Springfield, IL 62701" },
        scope = new { from = new DateOnly(2024, 1, 1), to = new DateOnly(2025, 12, 31) },
        purpose = "Civil litigation: Doe v. Roe",
        deliveryMethod = "secure_email",
    };

    public static object CourtOrder() => new
    {
        kind = "court_order",
        legalProcess = new { issuedBy = "judge", coversFrom = new DateOnly(2024, 1, 1), coversTo = new DateOnly(2025, 12, 31) },
    };

    public static object ValidPart2Consent() => new
    {
        patientNamePresent = true,
        authorizedDisclosers = new[] { "Riverside General Hospital" },
        informationDescription = "Substance use disorder treatment records from 2024 and 2025",
        recipients = new[] { "Hale & Morrow LLP" },
        purposes = new[] { "Personal injury claim" },
        revocationStatementIncluded = true,
        expirationDate = new DateOnly(2027, 1, 1),
        signaturePresent = true,
        signedOn = new DateOnly(2026, 6, 1),
        isForSudCounselingNotes = false,
        combinedWithOtherDocument = false,
        coversFrom = new DateOnly(2024, 1, 1),
        coversTo = new DateOnly(2025, 12, 31),
    };

    public static async Task<JsonNode> SubmitAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync("/v1/requests", body)).ShouldBeAsync(HttpStatusCode.Created);

    public async Task<string> ETagAsync(Guid requestId)
    {
        var response = await Staff.GetAsync($"/v1/requests/{requestId}");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return response.ETag();
    }

    public async Task<JsonNode> TransitionAsync(Guid requestId, string verb, object? body = null, HttpStatusCode expected = HttpStatusCode.OK, HttpClient? client = null)
    {
        var response = await (client ?? Staff).PostJsonAsync($"/v1/requests/{requestId}/{verb}", body, await ETagAsync(requestId));
        return await response.ShouldBeAsync(expected);
    }

    public async Task<JsonNode> SubmitEvidenceAsync(Guid requestId, object body, HttpStatusCode expected = HttpStatusCode.OK, HttpClient? client = null)
    {
        var response = await (client ?? Staff).SendJsonAsync(HttpMethod.Put, $"/v1/requests/{requestId}/evidence", body, await ETagAsync(requestId));
        return await response.ShouldBeAsync(expected);
    }

    public Task<JsonNode> VerifyIdentityAsync(Guid requestId) =>
        TransitionAsync(requestId, "identity-verification", new { method = "government_id" });

    /// <summary>From submission to released, through every state.</summary>
    public async Task ReleaseAsync(Guid requestId)
    {
        await TransitionAsync(requestId, "approve");
        await (await Staff.PostJsonAsync($"/v1/requests/{requestId}/packet", null, await ETagAsync(requestId))).ShouldBeAsync(HttpStatusCode.Accepted);
        await TransitionAsync(requestId, "release");
    }
}
