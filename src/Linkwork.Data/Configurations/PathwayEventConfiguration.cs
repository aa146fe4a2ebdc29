using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class PathwayEventConfiguration : IEntityTypeConfiguration<PathwayEvent>
{
    public void Configure(EntityTypeBuilder<PathwayEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RecordType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FromState).HasMaxLength(20);
        builder.Property(e => e.ToState).HasMaxLength(20);
        builder.Property(e => e.ReasonCode).HasMaxLength(40);
        builder.Property(e => e.Reason).HasMaxLength(PathwayEvent.ReasonMaxLength);
        // One event per version of a record: the database itself refuses a second writer of the same version.
        builder.HasIndex(e => new { e.RecordId, e.Version }).IsUnique();
        builder.HasIndex(e => new { e.ProgrammeId, e.At });
        builder.HasIndex(e => e.PersonId);
    }
}
