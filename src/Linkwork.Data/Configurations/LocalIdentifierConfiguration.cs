using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class LocalIdentifierConfiguration : IEntityTypeConfiguration<LocalIdentifier>
{
    public void Configure(EntityTypeBuilder<LocalIdentifier> builder)
    {
        builder.ToTable("person_identifiers");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.System).HasMaxLength(LocalIdentifier.SystemMaxLength);
        builder.Property(i => i.Value).HasMaxLength(LocalIdentifier.ValueMaxLength);
        // One record number identifies one person of the programme, in each system.
        builder.HasIndex(i => new { i.ProgrammeId, i.System, i.Value }).IsUnique();
        builder.HasIndex(i => i.PersonId);
    }
}
