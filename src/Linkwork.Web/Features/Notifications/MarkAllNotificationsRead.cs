using Linkwork.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Notifications;

/// <summary>Marks every unread notification of the user read, in one statement however many there are.</summary>
public sealed class MarkAllNotificationsRead(LinkworkDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(Guid userAccountId, CancellationToken cancellationToken = default)
    {
        DateTimeOffset? now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.UserAccountId == userAccountId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
