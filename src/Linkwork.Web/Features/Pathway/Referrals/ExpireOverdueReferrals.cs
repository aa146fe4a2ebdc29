using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>Referrals nobody answered inside the programme's response deadline become Expired, so no loop stays open by silence.</summary>
public sealed class ExpireOverdueReferrals(LinkworkDbContext db, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>Expires one batch; returns how many expired. Each batch is its own unit of work.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var overdue = await db.OnwardReferrals
            .Where(r => (r.State == OnwardReferralState.Sent || r.State == OnwardReferralState.Opened || r.State == OnwardReferralState.NeedsInformation)
                && r.RespondBy <= now)
            .OrderBy(r => r.RespondBy).Take(BatchSize).ToListAsync(cancellationToken);
        var expired = overdue.Count(r => r.ExpireIfOverdue(now));
        await db.SaveChangesAsync(cancellationToken);
        return expired;
    }
}
