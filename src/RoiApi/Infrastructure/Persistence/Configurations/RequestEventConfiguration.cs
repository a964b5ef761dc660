using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.ToTable("request_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.RequestId, e.Ordinal }).IsUnique();
        builder.Property(e => e.ActorSubject).HasMaxLength(200);
        builder.Property(e => e.ActorRole).HasMaxLength(50);
        builder.Property(e => e.Reason).HasMaxLength(1000);
    }
}
