using Linkwork.Domain.Measures;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class ProgrammeInstrumentConfiguration : IEntityTypeConfiguration<ProgrammeInstrument>
{
    public void Configure(EntityTypeBuilder<ProgrammeInstrument> builder)
    {
        builder.ToTable("programme_instruments");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.InstrumentId).HasMaxLength(ScheduledMeasure.InstrumentIdMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Programme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        // One definition per id in a programme: loading it again replaces it.
        builder.HasIndex(i => new { i.ProgrammeId, i.InstrumentId }).IsUnique();
    }
}
