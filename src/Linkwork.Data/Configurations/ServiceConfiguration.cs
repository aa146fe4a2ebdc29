using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Service.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Service.DescriptionMaxLength);
        builder.Property(s => s.Need).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.CostDescription).HasMaxLength(300);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.PrimitiveCollection(s => s.Languages).HasField("_languages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Need);

        builder.OwnsMany(s => s.Openings, opening =>
        {
            opening.ToTable("service_openings");
            opening.WithOwner().HasForeignKey("ServiceId");
            // A service opens at most once on a given day at a given time, so that is the key.
            opening.HasKey("ServiceId", nameof(WeeklyOpening.Day), nameof(WeeklyOpening.Opens));
            opening.Property(o => o.Day).HasConversion<int>();
            opening.Property(o => o.Opens);
            opening.Property(o => o.Closes);
        });
        builder.Navigation(s => s.Openings).HasField("_openings").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(s => s.Locations, atLocation =>
        {
            atLocation.ToTable("service_at_location");
            atLocation.WithOwner().HasForeignKey("ServiceId");
            atLocation.HasKey("ServiceId", nameof(ServiceAtLocation.LocationId));
            atLocation.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
            atLocation.HasIndex(a => a.LocationId);
        });
        builder.Navigation(s => s.Locations).HasField("_locations").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
