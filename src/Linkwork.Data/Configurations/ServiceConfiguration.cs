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
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Capacity).AsJson();
        builder.HasIndex(s => s.LastModified);

        builder.ComplexProperty(s => s.Details, details =>
        {
            details.Property(d => d.Name).HasMaxLength(ServiceDetailsRules.NameMaxLength);
            details.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            details.Property(d => d.Need).HasConversion<string>().HasMaxLength(40);
            details.Property(d => d.ReferralMode).HasConversion<string>().HasMaxLength(20);
            details.Property(d => d.Modes).HasConversion<int>();
            details.Property(d => d.Phones).AsJson();
            details.Property(d => d.Schedules).AsJson();
            details.Property(d => d.ServiceAreas).AsJson();
            details.Property(d => d.Languages).AsJson();
            details.Property(d => d.Funding).AsJson();
            details.Property(d => d.CostOptions).AsJson();
            details.Property(d => d.RequiredDocuments).AsJson();
            details.Property(d => d.Contacts).AsJson();
            details.Property(d => d.Attributes).AsJson();
            details.Property(d => d.Locations).AsJson();
        });
    }
}
