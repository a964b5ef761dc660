using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class IdentityVerificationConfiguration : IEntityTypeConfiguration<IdentityVerification>
{
    public void Configure(EntityTypeBuilder<IdentityVerification> builder)
    {
        builder.ToTable("identity_verifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(v => v.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.RequestId, v.VerifiedAt });
        builder.Property(v => v.AuthorityDocument).HasMaxLength(500);
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.Property(v => v.VerifiedBy).HasMaxLength(200);
        builder.Property(v => v.Findings).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<List<Finding>>(), JsonColumn.Comparer<List<Finding>>());
    }
}
