using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class ServiceChangeRequestConfiguration : IEntityTypeConfiguration<ServiceChangeRequest>
{
    public void Configure(EntityTypeBuilder<ServiceChangeRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Changes).AsJson();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(ServiceChangeRequest.ReasonMaxLength);
        builder.Property(r => r.ReviewNote).HasMaxLength(ServiceChangeRequest.ReasonMaxLength);
        // Requests are the listing's history, so a service with requests is never deleted out from under them.
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.ProposedAt });
        builder.HasIndex(r => r.ServiceId);
    }
}
