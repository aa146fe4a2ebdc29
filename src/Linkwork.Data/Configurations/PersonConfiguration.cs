using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.GivenName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.FamilyName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.PreferredName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Gender).HasMaxLength(Person.GenderMaxLength);
        builder.Property(p => p.EthnicityCode).HasMaxLength(EthnicityCategories.CodeMaxLength);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(Person.LanguageMaxLength);
        builder.Property(p => p.NhsNumber)
            .HasConversion(n => n!.Value.Value, text => NhsNumber.Parse(text))
            .HasMaxLength(10);
        // Two editors who read the same version: the second save finds the row changed and fails (412), never overwrites.
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.ComplexProperty(p => p.Contact, contact =>
        {
            contact.Property(c => c.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
            contact.Property(c => c.Mobile).HasMaxLength(ContactDetails.PhoneMaxLength);
            contact.Property(c => c.Email).HasMaxLength(Domain.Common.EmailAddress.MaxLength);
            contact.Property(c => c.AddressLine1).HasMaxLength(ContactDetails.AddressLineMaxLength);
            contact.Property(c => c.AddressLine2).HasMaxLength(ContactDetails.AddressLineMaxLength);
            contact.Property(c => c.AddressLine3).HasMaxLength(ContactDetails.AddressLineMaxLength);
            contact.Property(c => c.Postcode).HasMaxLength(Postcodes.MaxLength);
        });
        builder.ComplexProperty(p => p.Preferences, preferences =>
        {
            preferences.Property(c => c.PreferredMethod).HasConversion<string>().HasMaxLength(10);
            preferences.Property(c => c.Notes).HasMaxLength(ContactPreferences.NotesMaxLength);
        });
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.LocalIdentifiers).WithOne().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.HouseholdContacts).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ConsentDecisions).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.LocalIdentifiers).HasField("_identifiers");
        builder.Navigation(p => p.HouseholdContacts).HasField("_contacts");
        builder.Navigation(p => p.ConsentDecisions).HasField("_consentDecisions");
        builder.Ignore(p => p.Consents);
        builder.HasIndex(p => new { p.ProgrammeId, p.NhsNumber }).IsUnique();
        builder.HasIndex(p => new { p.ProgrammeId, p.FamilyName, p.DateOfBirth });
        // Possible duplicates are people of the programme born the same day.
        builder.HasIndex(p => new { p.ProgrammeId, p.DateOfBirth });
    }
}
