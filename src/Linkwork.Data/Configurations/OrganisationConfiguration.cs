using Linkwork.Domain.Access;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Description).HasMaxLength(Organisation.DescriptionMaxLength);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.HasOne<Programme>().WithMany().HasForeignKey(o => o.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ProgrammeId, o.Name });
        builder.ComplexProperty(o => o.Listing, listing =>
        {
            listing.Property(l => l.Identifiers).AsJson();
            listing.Property(l => l.Funding).AsJson();
            listing.Property(l => l.Contacts).AsJson();
            listing.Property(l => l.Phones).AsJson();
            listing.Property(l => l.Programs).AsJson();
            listing.Property(l => l.Attributes).AsJson();
        });
    }
}
