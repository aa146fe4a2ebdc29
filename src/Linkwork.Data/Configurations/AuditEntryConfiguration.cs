using Linkwork.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_trail");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Action).HasMaxLength(80);
        builder.Property(a => a.RecordType).HasMaxLength(80);
        builder.Property(a => a.RecordId).HasMaxLength(80);
        builder.Property(a => a.From).HasMaxLength(64);
        builder.HasIndex(a => new { a.ProgrammeId, a.At });
        builder.HasIndex(a => new { a.RecordType, a.RecordId });
        builder.HasIndex(a => a.ActorId);
        // The search index polls for imports by action every few seconds.
        builder.HasIndex(a => a.Action);
    }
}
