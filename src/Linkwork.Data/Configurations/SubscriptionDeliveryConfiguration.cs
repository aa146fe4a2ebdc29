using Linkwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class SubscriptionDeliveryConfiguration : IEntityTypeConfiguration<SubscriptionDelivery>
{
    public void Configure(EntityTypeBuilder<SubscriptionDelivery> builder)
    {
        builder.ToTable("subscription_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(SubscriptionDelivery.ErrorMaxLength);
        // Deleting a subscription drops what it still owed.
        builder.HasOne<TaskSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // A move is queued once per subscription, however often the worker looks at it.
        builder.HasIndex(d => new { d.SubscriptionId, d.ReferralId, d.Version }).IsUnique();
        // The worker's next notification of a subscription: its oldest pending one.
        builder.HasIndex(d => new { d.SubscriptionId, d.Status, d.EventAt });
    }
}
