using Linkwork.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Notifications;

/// <summary>How many of a user's notifications are unread: the number beside "Notifications" on every staff page.</summary>
public sealed class CountUnreadNotifications(LinkworkDbContext db)
{
    public Task<int> HandleAsync(Guid userAccountId, CancellationToken cancellationToken = default) =>
        db.Notifications.CountAsync(n => n.UserAccountId == userAccountId && n.ReadAt == null, cancellationToken);
}
