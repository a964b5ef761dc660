using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class DisclosureLedgerEntryConfiguration : IEntityTypeConfiguration<DisclosureLedgerEntry>
{
    public void Configure(EntityTypeBuilder<DisclosureLedgerEntry> builder)
    {
        builder.ToTable("disclosure_ledger");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PatientId, e.DisclosedAt });
        builder.Property(e => e.RecipientName).HasMaxLength(200);
        builder.Property(e => e.RecipientAddress).HasMaxLength(500);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.Purpose).HasMaxLength(500);
        builder.Property(e => e.PacketSha256).HasMaxLength(64).IsFixedLength();
    }
}
