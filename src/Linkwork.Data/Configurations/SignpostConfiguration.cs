using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class SignpostConfiguration : IEntityTypeConfiguration<Signpost>
{
    public void Configure(EntityTypeBuilder<Signpost> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Note).HasMaxLength(2_000);
        builder.HasOne<Episode>().WithMany().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.EpisodeId);
    }
}
