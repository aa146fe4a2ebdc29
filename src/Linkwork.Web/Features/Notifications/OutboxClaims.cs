using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Notifications;

/// <summary>
/// The outbox's rows as a work queue shared by every instance of the app. A worker claims a message with one
/// conditional UPDATE (pending, due, and no live lease), so of two workers racing for it exactly one wins; only the
/// lease holder may then record the outcome. A worker that dies mid-send loses its lease when it expires.
/// </summary>
internal static class OutboxClaims
{
    /// <summary>Longer than a send can take (MailKit's timeout is one minute), so a live worker never loses its lease.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    public static Task<List<Guid>> DueAsync(LinkworkDbContext db, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Claimable(db, now).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(max).ToListAsync(cancellationToken);

    /// <summary>Takes the message for <see cref="LeaseTime"/> and counts the attempt; null when another worker has it or it is no longer due.</summary>
    public static async Task<OutboxMessage?> ClaimAsync(LinkworkDbContext db, Guid id, Guid lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var leasedUntil = now + LeaseTime;
        var claimed = await Claimable(db, now).Where(m => m.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.LeaseId, lease)
            .SetProperty(m => m.LeasedUntil, leasedUntil)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastAttemptAt, now), cancellationToken);
        return claimed == 1
            ? await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken)
            : null;
    }

    /// <summary>False when the lease was lost (the send outlived it), which leaves the row to its new holder.</summary>
    public static async Task<bool> MarkSentAsync(LinkworkDbContext db, Guid id, Guid lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.Id == id && m.LeaseId == lease).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseId, (Guid?)null)
            .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), cancellationToken) == 1;

    /// <summary>
    /// Schedules the next attempt after the backoff, counted from when this attempt began so the schedule does not
    /// drift with slow servers, or gives up when the attempts are spent or the failure is permanent. Null when the lease was lost.
    /// </summary>
    public static async Task<OutboxStatus?> RecordFailureAsync(
        LinkworkDbContext db, OutboxMessage claimed, Guid lease, string error, bool permanent, int maxAttempts, CancellationToken cancellationToken)
    {
        var status = permanent || DeliveryBackoff.GiveUp(claimed.Attempts, maxAttempts) ? OutboxStatus.Failed : OutboxStatus.Pending;
        var next = claimed.LastAttemptAt!.Value + DeliveryBackoff.After(claimed.Attempts);
        var recordedError = error.Length <= OutboxMessage.ErrorMaxLength ? error : error[..OutboxMessage.ErrorMaxLength];
        var recorded = await db.OutboxMessages.Where(m => m.Id == claimed.Id && m.LeaseId == lease).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastError, recordedError)
            .SetProperty(m => m.LeaseId, (Guid?)null)
            .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), cancellationToken);
        return recorded == 1 ? status : null;
    }

    private static IQueryable<OutboxMessage> Claimable(LinkworkDbContext db, DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now));
}
