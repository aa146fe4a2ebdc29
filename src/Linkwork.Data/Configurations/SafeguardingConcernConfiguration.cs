using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class SafeguardingConcernConfiguration : IEntityTypeConfiguration<SafeguardingConcern>
{
    public void Configure(EntityTypeBuilder<SafeguardingConcern> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Concern).HasMaxLength(SafeguardingConcern.NoteMaxLength);
        builder.Property(c => c.Resolution).HasMaxLength(SafeguardingConcern.NoteMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
        builder.HasOne<Episode>().WithMany().HasForeignKey(c => c.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Every caseload row asks whether its episode has an open concern; the team view lists the programme's open ones.
        builder.HasIndex(c => new { c.EpisodeId, c.State });
        builder.HasIndex(c => new { c.ProgrammeId, c.State });
        builder.HasIndex(c => c.PersonId);
    }
}
