using Linkwork.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Notifications;

/// <summary>Marks one of the user's own notifications read.</summary>
public sealed class MarkNotificationRead(LinkworkDbContext db, TimeProvider clock)
{
    /// <summary>False when the user has no such notification: another user's is answered the same as one that does not exist.</summary>
    public async Task<bool> HandleAsync(Guid userAccountId, Guid notificationId, CancellationToken cancellationToken = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserAccountId == userAccountId, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
