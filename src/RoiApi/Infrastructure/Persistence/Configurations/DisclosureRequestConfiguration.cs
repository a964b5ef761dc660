using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class DisclosureRequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> builder)
    {
        builder.ToTable("disclosure_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.RequesterOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequesterOrganizationId, r.Id });
        builder.HasIndex(r => new { r.PatientId, r.Id });
        builder.HasIndex(r => new { r.Status, r.DueDate });
        builder.Property(r => r.RequesterName).HasMaxLength(200);
        builder.Property(r => r.RecipientName).HasMaxLength(200);
        builder.Property(r => r.RecipientAddress).HasMaxLength(500);
        builder.Property(r => r.Purpose).HasMaxLength(500);
        builder.Property(r => r.ScopeDescription).HasMaxLength(2000);
        builder.PrimitiveCollection(r => r.ScopeCategories).ElementType().HasConversion<SnakeCaseEnumConverter<DocumentCategory>>();
        builder.Property(r => r.ClockCitation).HasMaxLength(200);
        builder.Property(r => r.ExtensionReason).HasMaxLength(2000);
        builder.Property(r => r.DenialExplanation).HasMaxLength(2000);
        builder.PrimitiveCollection(r => r.DenialGrounds).ElementType().HasConversion<SnakeCaseEnumConverter<DenialGround>>();
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Events).HasField("events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Scope);
        builder.Ignore(r => r.Policy);
    }
}
