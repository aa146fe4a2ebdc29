using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Subscriptions as work shared by every instance of the app, claimed as the email outbox claims messages: one
/// conditional UPDATE (active and no live lease), so of two workers exactly one serves a subscription at a time, which
/// is what keeps its notifications in order. A worker that dies loses its lease when it expires.
/// </summary>
internal static class SubscriptionClaims
{
    /// <summary>
    /// Longer than a pass over one subscription can take: it starts no new batch after half the lease, and a batch is at
    /// most <see cref="BatchSize"/> requests of at most <see cref="LongestTimeout"/> each (8 minutes), so the timeout is capped.
    /// </summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(20);

    public static readonly TimeSpan LongestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Notifications read and recorded together.</summary>
    public const int BatchSize = 50;

    /// <summary>Notifications sent to one subscription in one pass, so a busy subscriber does not starve the others.</summary>
    public const int MaxPerPass = 500;

    public static Task<List<Guid>> ActiveAsync(LinkworkDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claimable(db, now).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>The subscription, held for <see cref="LeaseTime"/>; null when another worker has it or it is no longer active.</summary>
    public static async Task<TaskSubscription?> ClaimAsync(LinkworkDbContext db, Guid id, Guid lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var leasedUntil = now + LeaseTime;
        var claimed = await Claimable(db, now).Where(s => s.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.LeaseId, lease)
            .SetProperty(s => s.LeasedUntil, leasedUntil), cancellationToken);
        return claimed == 1 ? await db.TaskSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
    }

    /// <summary>The last failure, shown as the subscription's error while it is retried.</summary>
    public static Task RecordErrorAsync(LinkworkDbContext db, Guid id, Guid lease, string? error, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.TaskSubscriptions.Where(s => s.Id == id && s.LeaseId == lease && s.Error != error).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Error, Shorten(error))
            .SetProperty(s => s.UpdatedAt, now), cancellationToken);

    /// <summary>No more notifications: the subscription is in error with the reason, until its owner deletes it.</summary>
    public static Task StopAsync(LinkworkDbContext db, Guid id, Guid lease, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.TaskSubscriptions.Where(s => s.Id == id && s.LeaseId == lease).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Status, TaskSubscriptionStatus.Error)
            .SetProperty(s => s.Error, Shorten(error))
            .SetProperty(s => s.UpdatedAt, now)
            .SetProperty(s => s.LeaseId, (Guid?)null)
            .SetProperty(s => s.LeasedUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>Lets the subscription go, with the moves made before <paramref name="cursor"/> looked at (less the grace period) when given.</summary>
    public static Task ReleaseAsync(LinkworkDbContext db, Guid id, Guid lease, DateTimeOffset? cursor, CancellationToken cancellationToken) =>
        db.TaskSubscriptions.Where(s => s.Id == id && s.LeaseId == lease).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Cursor, s => cursor != null && cursor > s.Cursor ? cursor.Value : s.Cursor)
            .SetProperty(s => s.LeaseId, (Guid?)null)
            .SetProperty(s => s.LeasedUntil, (DateTimeOffset?)null), cancellationToken);

    internal static string? Shorten(string? error) =>
        error is null || error.Length <= TaskSubscription.ErrorMaxLength ? error : error[..TaskSubscription.ErrorMaxLength];

    private static IQueryable<TaskSubscription> Claimable(LinkworkDbContext db, DateTimeOffset now) =>
        db.TaskSubscriptions.Where(s => s.Status == TaskSubscriptionStatus.Active && (s.LeasedUntil == null || s.LeasedUntil < now));
}
