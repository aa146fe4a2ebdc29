using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class MessageToReferrerConfiguration : IEntityTypeConfiguration<MessageToReferrer>
{
    public void Configure(EntityTypeBuilder<MessageToReferrer> builder)
    {
        builder.ToTable("messages_to_referrers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.CodeSystem).HasMaxLength(100);
        builder.Property(m => m.Code).HasMaxLength(20);
        builder.Property(m => m.CodeDisplay).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4_000);
        builder.HasOne<Episode>().WithMany().HasForeignKey(m => m.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.EpisodeId);
        builder.HasIndex(m => m.ReferredBy);
    }
}
