using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class ReferralMessageConfiguration : IEntityTypeConfiguration<ReferralMessage>
{
    public void Configure(EntityTypeBuilder<ReferralMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Text).HasMaxLength(ReferralMessage.TextMaxLength);
        builder.HasOne<OnwardReferral>().WithMany().HasForeignKey(m => m.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ReferralId, m.At });
    }
}
