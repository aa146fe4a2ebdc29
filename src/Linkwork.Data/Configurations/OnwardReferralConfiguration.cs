using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class OnwardReferralConfiguration : IEntityTypeConfiguration<OnwardReferral>
{
    public void Configure(EntityTypeBuilder<OnwardReferral> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.PathwayRecord();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(OnwardReferral.NoteMaxLength);
        builder.Property(r => r.DeclineReason).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Episode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.State });
        builder.HasIndex(r => r.EpisodeId);
        builder.HasIndex(r => r.PersonId);
        // The deadline job's one question: which unanswered referrals are past their deadline.
        builder.HasIndex(r => new { r.State, r.RespondBy });
        builder.HasIndex(r => new { r.ServiceId, r.SentAt });
        // As an episode's: found by the requester's identifier within the programme, unique nowhere.
        builder.HasIndex(r => new { r.ProgrammeId, r.RequesterIdentifierSystem, r.RequesterIdentifierValue })
            .HasDatabaseName("ix_onward_referrals_requester_identifier");
    }
}
