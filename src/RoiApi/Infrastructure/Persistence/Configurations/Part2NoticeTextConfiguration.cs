using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoiApi.Domain.Evidence;

namespace RoiApi.Infrastructure.Persistence.Configurations;

/// <summary>The 42 CFR 2.32 notice texts, versioned by effective date in the database; a new version is a new row (and migration).</summary>
internal sealed class Part2NoticeTextConfiguration : IEntityTypeConfiguration<Part2NoticeText>
{
    public void Configure(EntityTypeBuilder<Part2NoticeText> builder)
    {
        builder.ToTable("part2_notice_texts");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(100).ValueGeneratedNever();
        builder.Property(n => n.Source).HasMaxLength(200);
        builder.HasIndex(n => new { n.Statement, n.EffectiveFrom }).IsUnique();
        builder.HasData(Part2Notices.Versions);
    }
}
