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
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.EthnicityCode).HasMaxLength(20);
        builder.Property(p => p.Postcode).HasMaxLength(12);
        builder.Property(p => p.NhsNumber)
            .HasConversion(n => n!.Value.Value, text => NhsNumber.Parse(text))
            .HasMaxLength(10);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProgrammeId, p.NhsNumber }).IsUnique();
        builder.HasIndex(p => new { p.ProgrammeId, p.FamilyName, p.DateOfBirth });
    }
}
