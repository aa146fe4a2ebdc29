using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class AdministrationConfiguration : IEntityTypeConfiguration<Administration>
{
    public void Configure(EntityTypeBuilder<Administration> builder)
    {
        builder.ToTable("measure_administrations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.InstrumentId).HasMaxLength(ScheduledMeasure.InstrumentIdMaxLength);
        builder.Property(a => a.Timepoint).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Answers).AsJson();
        builder.Property(a => a.Score).HasPrecision(9, 2);
        builder.Property(a => a.Band).HasMaxLength(Administration.BandMaxLength);
        builder.Property(a => a.Needs).AsJson(PathwayJson.Options);
        builder.Property(a => a.LinkTokenHash).HasMaxLength(Administration.LinkTokenHashLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Measure);
        builder.HasOne<Episode>().WithMany().HasForeignKey(a => a.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        // What is due is worked out per episode; a person's change over time reads by person and instrument.
        builder.HasIndex(a => a.EpisodeId);
        builder.HasIndex(a => new { a.PersonId, a.InstrumentId, a.CompletedAt });
        // The person's link finds its questionnaire by the token's hash alone.
        builder.HasIndex(a => a.LinkTokenHash).IsUnique();
    }
}
