using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(l => l.Details, details =>
        {
            details.Property(d => d.LocationType).HasMaxLength(10);
            details.Property(d => d.Name).HasMaxLength(ServiceDetailsRules.NameMaxLength);
            details.Property(d => d.Languages).AsJson();
            details.Property(d => d.Addresses).AsJson();
            details.Property(d => d.Contacts).AsJson();
            details.Property(d => d.Accessibility).AsJson();
            details.Property(d => d.Phones).AsJson();
            details.Property(d => d.Schedules).AsJson();
            details.Property(d => d.Attributes).AsJson();
        });
    }
}
