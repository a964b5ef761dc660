using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain;

namespace RoiApi.Infrastructure.Persistence.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganizationId, e.Id });
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.Property(e => e.Secret).HasMaxLength(100);
        builder.PrimitiveCollection(e => e.EventTypes).ElementType().HasMaxLength(100);
        builder.Property(e => e.Version).IsRowVersion();
    }
}
