using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// Keeps the response deadline: a provider is reminded once when an answer is due within <see cref="ReminderAhead"/>,
/// and a referral nobody answered in time becomes Expired (the link worker is told), so no loop stays open by silence.
/// </summary>
public sealed class ExpireOverdueReferrals(LinkworkDbContext db, PathwayNotifications notifications, TimeProvider clock)
{
    public const int BatchSize = 200;
    public static readonly TimeSpan ReminderAhead = TimeSpan.FromDays(2);

    private static readonly OnwardReferralState[] Awaiting = Enum.GetValues<OnwardReferralState>().Where(s => s.AwaitsResponse()).ToArray();

    /// <summary>Handles one batch; returns how many referrals it expired or reminded. Each batch is its own unit of work.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var soon = now + ReminderAhead;
        var due = await db.OnwardReferrals
            .Where(r => Awaiting.Contains(r.State) && (r.RespondBy <= now || (r.RespondBy <= soon && r.RemindedAt == null)))
            .OrderBy(r => r.RespondBy).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var referral in due)
        {
            if (referral.ExpireIfOverdue(now))
            {
                await notifications.ReferralMovedAsync(referral, cancellationToken);
            }
            else if (referral.RemindIfDueWithin(ReminderAhead, now))
            {
                await notifications.ReferralDueSoonAsync(referral, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
