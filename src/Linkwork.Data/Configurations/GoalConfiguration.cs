using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Text).HasMaxLength(Goal.TextMaxLength);
        builder.Property(g => g.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(g => g.Progress).AsJson(PathwayJson.Options);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.Latest);
        builder.HasOne<Episode>().WithMany().HasForeignKey(g => g.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.EpisodeId);
    }
}
