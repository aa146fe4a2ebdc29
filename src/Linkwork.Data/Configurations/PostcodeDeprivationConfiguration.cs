using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class PostcodeDeprivationConfiguration : IEntityTypeConfiguration<PostcodeDeprivation>
{
    public void Configure(EntityTypeBuilder<PostcodeDeprivation> builder)
    {
        builder.ToTable("postcode_deprivation");
        builder.HasKey(p => p.Postcode);
        builder.Property(p => p.Postcode).HasMaxLength(Postcodes.MaxLength);
        builder.Property(p => p.AreaCode).HasMaxLength(PostcodeDeprivation.AreaCodeMaxLength);
    }
}
