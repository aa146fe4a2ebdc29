using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Programme.NameMaxLength);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.Locale).HasMaxLength(35);
        builder.Property(p => p.CodingProfile).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CustomEthnicityCodes).AsJson();
        builder.Ignore(p => p.EthnicityCodes);
        builder.Property(p => p.CustomMeasureSchedule).AsJson();
        builder.Ignore(p => p.MeasureSchedule);
        builder.ComplexProperty(p => p.RoleTitles, titles =>
        {
            titles.Property(t => t.LinkWorker).HasMaxLength(RoleTitles.MaxLength);
            titles.Property(t => t.Referrer).HasMaxLength(RoleTitles.MaxLength);
            titles.Property(t => t.Supervisor).HasMaxLength(RoleTitles.MaxLength);
            titles.Property(t => t.ProviderStaff).HasMaxLength(RoleTitles.MaxLength);
            titles.Property(t => t.Person).HasMaxLength(RoleTitles.MaxLength);
            titles.Property(t => t.Analyst).HasMaxLength(RoleTitles.MaxLength);
        });
    }
}
