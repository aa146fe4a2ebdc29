using Linkwork.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Notifications;

/// <summary>A user's own notifications, newest first, a page at a time.</summary>
public sealed class ListNotifications(LinkworkDbContext db)
{
    public const int PageSize = 20;

    public sealed record Item(Guid Id, string Text, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record Page(IReadOnlyList<Item> Items, int PageNumber, bool HasNext, int Unread);

    public async Task<Page> HandleAsync(Guid userAccountId, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        // Ids are version 7 GUIDs: they break ties between notifications made in the same instant.
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserAccountId == userAccountId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(n => new Item(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        var unread = await db.Notifications.CountAsync(n => n.UserAccountId == userAccountId && n.ReadAt == null, cancellationToken);
        return new Page(rows.Take(PageSize).ToList(), page, rows.Count > PageSize, unread);
    }
}
