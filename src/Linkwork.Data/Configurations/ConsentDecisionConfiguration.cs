using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class ConsentDecisionConfiguration : IEntityTypeConfiguration<ConsentDecision>
{
    public void Configure(EntityTypeBuilder<ConsentDecision> builder)
    {
        builder.ToTable("consent_decisions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Note).HasMaxLength(ConsentDecision.NoteMaxLength);
        // The pathway asks for the latest decision of one kind for one person.
        builder.HasIndex(c => new { c.PersonId, c.Kind, c.RecordedAt });
    }
}
