using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;
using RoiApi.Infrastructure.Idempotency;

namespace RoiApi.Infrastructure.Persistence;

internal sealed class RoiDbContext(DbContextOptions<RoiDbContext> options) : DbContext(options)
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<ClinicalDocument> Documents => Set<ClinicalDocument>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<DisclosureRequest> Requests => Set<DisclosureRequest>();

    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    public DbSet<EvidenceRecord> Evidence => Set<EvidenceRecord>();

    public DbSet<IdentityVerification> IdentityVerifications => Set<IdentityVerification>();

    public DbSet<Packet> Packets => Set<Packet>();

    public DbSet<Part2NoticeText> Part2NoticeTexts => Set<Part2NoticeText>();

    public DbSet<DisclosureLedgerEntry> DisclosureLedger => Set<DisclosureLedgerEntry>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RoiDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as the same snake_case words the API speaks, so SQL reads like the domain.
        configurationBuilder.Properties<LegalBasis>().HaveConversion<SnakeCaseEnumConverter<LegalBasis>>();
        configurationBuilder.Properties<RequestStatus>().HaveConversion<SnakeCaseEnumConverter<RequestStatus>>();
        configurationBuilder.Properties<HoldReason>().HaveConversion<SnakeCaseEnumConverter<HoldReason>>();
        configurationBuilder.Properties<RequesterKind>().HaveConversion<SnakeCaseEnumConverter<RequesterKind>>();
        configurationBuilder.Properties<DeliveryMethod>().HaveConversion<SnakeCaseEnumConverter<DeliveryMethod>>();
        configurationBuilder.Properties<DocumentCategory>().HaveConversion<SnakeCaseEnumConverter<DocumentCategory>>();
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<SnakeCaseEnumConverter<OrganizationKind>>();
        configurationBuilder.Properties<RequestEventKind>().HaveConversion<SnakeCaseEnumConverter<RequestEventKind>>();
        configurationBuilder.Properties<VerificationMethod>().HaveConversion<SnakeCaseEnumConverter<VerificationMethod>>();
        configurationBuilder.Properties<RequesterRelationship>().HaveConversion<SnakeCaseEnumConverter<RequesterRelationship>>();
        configurationBuilder.Properties<RepresentativeAuthority>().HaveConversion<SnakeCaseEnumConverter<RepresentativeAuthority>>();
        configurationBuilder.Properties<Part2NoticeStatement>().HaveConversion<SnakeCaseEnumConverter<Part2NoticeStatement>>();
        configurationBuilder.Properties<EvidenceKind>().HaveConversion<SnakeCaseEnumConverter<EvidenceKind>>();
        configurationBuilder.Properties<WebhookDeliveryStatus>().HaveConversion<SnakeCaseEnumConverter<WebhookDeliveryStatus>>();
    }
}
