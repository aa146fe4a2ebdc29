using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class HouseholdContactConfiguration : IEntityTypeConfiguration<HouseholdContact>
{
    public void Configure(EntityTypeBuilder<HouseholdContact> builder)
    {
        builder.ToTable("household_contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(HouseholdContact.NameMaxLength);
        builder.Property(c => c.Relationship).HasMaxLength(HouseholdContact.RelationshipMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Domain.People.ContactDetails.PhoneMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Domain.Common.EmailAddress.MaxLength);
        builder.HasIndex(c => c.PersonId);
    }
}
