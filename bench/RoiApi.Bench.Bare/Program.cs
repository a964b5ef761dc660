using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

// The baseline of ./roi bench: the same database round-trips as GET /v1/requests/{id} and POST /v1/requests
// (statements copied from the SQL EF Core sends for them), with nothing of the stack around them: no JWT,
// no MediatR pipeline, no validation, no EF Core. Same Npgsql, same connection string, same default pool.
var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Roi")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Roi (bench/run does).");
var organizationId = builder.Configuration.GetValue("Bare:OrganizationId", Bare.LawFirmId);
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));

var app = builder.Build();
app.MapGet("/bare/requests/{id:guid}", (Guid id, NpgsqlDataSource db, HttpContext http, CancellationToken ct) => Bare.GetAsync(db, http, id, ct));
app.MapPost("/bare/requests", (Bare.SubmitBody body, NpgsqlDataSource db, HttpContext http, CancellationToken ct) => Bare.SubmitAsync(db, http, body, organizationId, ct));
await app.RunAsync();

internal static class Bare
{
    /// <summary>The seeded law firm (DemoData.LawFirmId): the partner the benchmark submits as.</summary>
    public static readonly Guid LawFirmId = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    private const long ChainLockKey = 0x524F_4941_5544_4954;
    private const string ActorSubject = "dev-partner";
    private const string ActorRole = "partner";

    /// <summary>The clock of the authorization basis (LegalBasisPolicy): due 30 calendar days after receipt.</summary>
    private const int ClockDays = 30;

    private const string RequestColumns =
        "d.id, d.approved_document_ids, d.delivery_method, d.due_date, d.event_count, d.hold_reason, d.identity_verified_at, d.legal_basis, d.patient_id, d.purpose, d.received_at, d.recipient_address, d.recipient_name, d.released_at, d.requester_kind, d.requester_name, d.requester_organization_id, d.scope_categories, d.scope_description, d.scope_from, d.scope_to, d.status, d.xmin";

    private const string SelectRequest = $"SELECT {RequestColumns} FROM disclosure_requests AS d WHERE d.id = $1 LIMIT 2";

    private const string SelectPatientByMrn =
        "SELECT p.id, p.birth_date, p.family_name, p.given_name, p.mrn, p.xmin, p.address_city, p.address_line1, p.address_postal_code, p.address_state FROM patients AS p WHERE p.mrn = $1 LIMIT 2";

    private const string SelectOrganizationName = "SELECT o.name FROM organizations AS o WHERE o.id = $1 LIMIT 2";

    private const string LockChain = "SELECT pg_advisory_xact_lock($1)";

    private const string SelectLastHash = "SELECT a.hash FROM audit_events AS a ORDER BY a.sequence DESC LIMIT 1";

    private const string InsertAudit =
        "INSERT INTO audit_events (action, actor_role, actor_subject, at, entity_id, entity_type, hash, id, patient_id, previous_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING sequence";

    private const string InsertRequest =
        "INSERT INTO disclosure_requests (id, approved_document_ids, delivery_method, due_date, event_count, hold_reason, identity_verified_at, legal_basis, patient_id, purpose, received_at, recipient_address, recipient_name, released_at, requester_kind, requester_name, requester_organization_id, scope_categories, scope_description, scope_from, scope_to, status) "
        + "VALUES ($1, $2, $3, $4, 1, NULL, NULL, $5, $6, $7, $8, $9, $10, NULL, 'organization', $11, $12, $13, $14, $15, $16, 'received') RETURNING xmin";

    private const string InsertEvent =
        "INSERT INTO request_events (id, actor_role, actor_subject, at, from_status, kind, ordinal, reason, request_id, to_status) VALUES ($1, $2, $3, $4, NULL, 'submitted', 1, NULL, $5, 'received')";

    internal sealed record SubmitBody(string LegalBasis, ScopeBody Scope, string Purpose, string DeliveryMethod, PatientBody Patient, RecipientBody Recipient);

    internal sealed record ScopeBody(DateOnly From, DateOnly To, string[]? Categories = null, string? Description = null);

    internal sealed record PatientBody(string Mrn);

    internal sealed record RecipientBody(string Name, string? Address = null);

    /// <summary>The row as JSON: about the size of the API's RequestView.</summary>
    internal sealed record RequestRow(
        Guid Id,
        Guid PatientId,
        string LegalBasis,
        string Status,
        string? HoldReason,
        string RequesterKind,
        Guid? RequesterOrganizationId,
        string RequesterName,
        string RecipientName,
        string? RecipientAddress,
        DateOnly ScopeFrom,
        DateOnly ScopeTo,
        string[] ScopeCategories,
        string? ScopeDescription,
        string Purpose,
        string DeliveryMethod,
        DateTimeOffset ReceivedAt,
        DateOnly DueDate,
        DateTimeOffset? IdentityVerifiedAt,
        DateTimeOffset? ReleasedAt,
        Guid[] ApprovedDocumentIds,
        int EventCount);

    public static async Task<IResult> GetAsync(NpgsqlDataSource db, HttpContext http, Guid id, CancellationToken ct)
    {
        await using var command = db.CreateCommand(SelectRequest);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return Results.NotFound();
        }

        var row = new RequestRow(
            reader.GetGuid(0),
            reader.GetGuid(8),
            reader.GetString(7),
            reader.GetString(21),
            await NullableAsync<string>(reader, 5, ct),
            reader.GetString(14),
            await reader.IsDBNullAsync(16, ct) ? null : reader.GetGuid(16),
            reader.GetString(15),
            reader.GetString(12),
            await NullableAsync<string>(reader, 11, ct),
            reader.GetFieldValue<DateOnly>(19),
            reader.GetFieldValue<DateOnly>(20),
            reader.GetFieldValue<string[]>(17),
            await NullableAsync<string>(reader, 18, ct),
            reader.GetString(9),
            reader.GetString(2),
            reader.GetFieldValue<DateTimeOffset>(10),
            reader.GetFieldValue<DateOnly>(3),
            await reader.IsDBNullAsync(6, ct) ? null : reader.GetFieldValue<DateTimeOffset>(6),
            await reader.IsDBNullAsync(13, ct) ? null : reader.GetFieldValue<DateTimeOffset>(13),
            reader.GetFieldValue<Guid[]>(1),
            reader.GetInt32(4));
        http.Response.Headers.ETag = $"\"{reader.GetFieldValue<uint>(22)}\"";
        return Results.Ok(row);
    }

    public static async Task<IResult> SubmitAsync(NpgsqlDataSource db, HttpContext http, SubmitBody body, Guid organizationId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        var patientId = await SinglePatientAsync(connection, transaction, body.Patient.Mrn, ct);
        if (patientId is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No single patient matches the identifiers given.");
        }

        string? organizationName;
        await using (var command = new NpgsqlCommand(SelectOrganizationName, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = organizationId });
            organizationName = await command.ExecuteScalarAsync(ct) as string;
        }

        if (organizationName is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Your organization is not registered with this facility.");
        }

        await using (var command = new NpgsqlCommand(LockChain, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = ChainLockKey });
            await command.ExecuteNonQueryAsync(ct);
        }

        string previousHash;
        await using (var command = new NpgsqlCommand(SelectLastHash, connection, transaction))
        {
            previousHash = await command.ExecuteScalarAsync(ct) as string ?? "";
        }

        var now = DateTimeOffset.UtcNow;
        var requestId = Guid.CreateVersion7(now);
        var auditId = Guid.CreateVersion7(now);
        const string action = "request.submitted";
        const string entityType = "disclosure_request";
        var canonical = string.Join('|', previousHash, auditId, now.ToUnixTimeMilliseconds(), ActorSubject, ActorRole, action, entityType, requestId, patientId);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var dueDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(ClockDays);
        var categories = body.Scope.Categories ?? [];

        uint version;
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(Command(InsertAudit, action, ActorRole, ActorSubject, now, requestId, entityType, hash, auditId, patientId.Value, previousHash));
            batch.BatchCommands.Add(Command(
                InsertRequest,
                requestId,
                Array.Empty<Guid>(),
                body.DeliveryMethod,
                dueDate,
                body.LegalBasis,
                patientId.Value,
                body.Purpose,
                now,
                Text(body.Recipient.Address),
                body.Recipient.Name,
                organizationName,
                organizationId,
                categories,
                Text(body.Scope.Description),
                body.Scope.From,
                body.Scope.To));
            batch.BatchCommands.Add(Command(InsertEvent, Guid.CreateVersion7(now), ActorRole, ActorSubject, now, requestId));
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            version = reader.GetFieldValue<uint>(0);
        }

        await transaction.CommitAsync(ct);

        var row = new RequestRow(
            requestId, patientId.Value, body.LegalBasis, "received", null, "organization", organizationId, organizationName,
            body.Recipient.Name, body.Recipient.Address, body.Scope.From, body.Scope.To, categories, body.Scope.Description,
            body.Purpose, body.DeliveryMethod, now, dueDate, null, null, [], 1);
        http.Response.Headers.ETag = $"\"{version}\"";
        return Results.Created($"/bare/requests/{requestId}", row);
    }

    private static async Task<Guid?> SinglePatientAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string mrn, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SelectPatientByMrn, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = mrn });
        await using var reader = await command.ExecuteReaderAsync(ct);
        Guid? found = null;
        var count = 0;
        while (await reader.ReadAsync(ct))
        {
            found = reader.GetGuid(0);
            count++;
        }

        return count == 1 ? found : null;
    }

    private static async Task<T?> NullableAsync<T>(NpgsqlDataReader reader, int ordinal, CancellationToken ct)
        where T : class =>
        await reader.IsDBNullAsync(ordinal, ct) ? null : reader.GetFieldValue<T>(ordinal);

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
