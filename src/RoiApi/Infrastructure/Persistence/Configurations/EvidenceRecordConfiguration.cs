using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class EvidenceRecordConfiguration : IEntityTypeConfiguration<EvidenceRecord>
{
    public void Configure(EntityTypeBuilder<EvidenceRecord> builder)
    {
        builder.ToTable("authorizations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RequestId, e.ReceivedAt });
        builder.Property(e => e.Submission).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<EvidenceSubmission>(), JsonColumn.Comparer<EvidenceSubmission>());
        builder.Property(e => e.SignedDocumentSha256).HasMaxLength(64).IsFixedLength();
        builder.Ignore(e => e.Effective);
        builder.Property(e => e.Findings).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<List<Finding>>(), JsonColumn.Comparer<List<Finding>>());
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.IsValid);
    }
}
