using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Infrastructure.Idempotency;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.ClientId, k.Key });
        builder.Property(k => k.ClientId).HasMaxLength(300);
        builder.Property(k => k.Key).HasMaxLength(IdempotencyKeys.MaxLength);
        builder.Property(k => k.RequestHash).HasMaxLength(64).IsFixedLength();
        builder.Property(k => k.ResponseContentType).HasMaxLength(200);
        builder.Property(k => k.ResponseLocation).HasMaxLength(2000);
        builder.Property(k => k.ResponseETag).HasMaxLength(100).HasColumnName("response_etag");
        builder.HasIndex(k => k.ExpiresAt);
    }
}
