using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.PathwayRecord();
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Reasons).HasMaxLength(Episode.ReasonsMaxLength);
        builder.Property(e => e.DischargeReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.WhatMatters).AsJson(PathwayJson.Options);
        builder.Property(e => e.PublicReference).HasMaxLength(Episode.PublicReferenceMaxLength);
        // Optional: only referrals from the public form by a community member have one. Its name is required, which
        // is how EF tells "no referrer" from a referrer whose other parts are empty.
        builder.ComplexProperty(e => e.CommunityReferrer, referrer =>
        {
            referrer.Property(r => r.Name).HasMaxLength(CommunityReferrer.NameMaxLength);
            referrer.Property(r => r.Relationship).HasMaxLength(CommunityReferrer.RelationshipMaxLength);
            referrer.Property(r => r.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
            referrer.Property(r => r.Email).HasMaxLength(Domain.Common.EmailAddress.MaxLength);
        });
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.ReferrerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProgrammeId, e.State });
        builder.HasIndex(e => new { e.LinkWorkerId, e.State });
        builder.HasIndex(e => e.PersonId);
        builder.HasIndex(e => e.ReferredBy);
        // A transaction sent again looks its ServiceRequest's identifier up among the programme's episodes. Not unique:
        // the identifier is the requester's, and two organisations may use the same one.
        builder.HasIndex(e => new { e.ProgrammeId, e.RequesterIdentifierSystem, e.RequesterIdentifierValue })
            .HasDatabaseName("ix_episodes_requester_identifier");
        // Staff look a caller's reference up; two referrals never share one.
        builder.HasIndex(e => e.PublicReference).IsUnique();
    }
}
