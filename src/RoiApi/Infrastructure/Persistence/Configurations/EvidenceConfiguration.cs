using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("authorizations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RequestId, e.ReceivedAt });
        builder.Property(e => e.Form).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<AuthorizationForm>(), JsonColumn.Comparer<AuthorizationForm>());
        builder.Property(e => e.Findings).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<List<Finding>>(), JsonColumn.Comparer<List<Finding>>());
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.IsValid);
    }
}
