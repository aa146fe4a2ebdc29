using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Title).HasMaxLength(FollowUp.TitleMaxLength);
        builder.Property(f => f.Note).HasMaxLength(FollowUp.NoteMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.AllowedMoves);
        builder.HasOne<Episode>().WithMany().HasForeignKey(f => f.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(f => f.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        // A worker's list (mine, due by a day), the team's overdue counts and the reminder job all ask by state and day.
        builder.HasIndex(f => new { f.AssigneeId, f.State, f.DueOn });
        builder.HasIndex(f => new { f.ProgrammeId, f.State, f.DueOn });
        builder.HasIndex(f => f.EpisodeId);
        builder.HasIndex(f => f.PersonId);
    }
}
