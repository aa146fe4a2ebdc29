using Linkwork.Domain.Notifications;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Ignore(n => n.IsRead);
        // A notification is its user's own: it goes when the account goes.
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(n => n.UserAccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Programme>().WithMany().HasForeignKey(n => n.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        // Every staff page counts the unread ones; the list reads a user's newest first.
        builder.HasIndex(n => new { n.UserAccountId, n.ReadAt });
        builder.HasIndex(n => new { n.UserAccountId, n.CreatedAt });
    }
}
