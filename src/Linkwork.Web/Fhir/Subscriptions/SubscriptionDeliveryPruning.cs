using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Deletes the record of notifications long done with (sent, or withheld), so the deliveries grow with the moves of the
/// last <see cref="SubscriptionSettings.KeepDeliveredDays"/> days rather than with all time. Pending ones stay whatever
/// their age (they are still owed), and so do failed ones (the subscription's error names them). A record is deleted
/// only once its subscription's cursor has passed its move by more than the queue's look-back, so the move is never
/// queued again.
/// </summary>
internal static class SubscriptionDeliveryPruning
{
    /// <summary>How often an instance prunes: the table only needs to stop growing, not to be exact.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <returns>How many records were deleted.</returns>
    public static Task<int> PruneAsync(LinkworkDbContext db, DateTimeOffset now, int keepDays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cutoff = now - TimeSpan.FromDays(Math.Max(keepDays, 1));
        var lookedPast = cutoff + SubscriptionQueue.Grace;
        return db.SubscriptionDeliveries
            .Where(d => (d.Status == SubscriptionDeliveryStatus.Sent || d.Status == SubscriptionDeliveryStatus.Withheld) && d.EventAt < cutoff
                && db.TaskSubscriptions.Any(s => s.Id == d.SubscriptionId && s.Cursor > lookedPast))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
