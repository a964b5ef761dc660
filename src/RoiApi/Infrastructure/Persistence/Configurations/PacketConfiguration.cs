using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class PacketConfiguration : IEntityTypeConfiguration<Packet>
{
    public void Configure(EntityTypeBuilder<Packet> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.RequestId).IsUnique();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(p => p.Obligations).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<List<ReleaseObligation>>(), JsonColumn.Comparer<List<ReleaseObligation>>());
    }
}
