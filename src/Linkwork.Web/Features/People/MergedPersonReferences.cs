using Linkwork.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// The one place that re-points other modules' rows from a merged person to the record that stays. Whatever
/// starts to refer to a person (episodes, onward referrals, ...) adds its table here, so a merge misses nothing.
/// </summary>
public static class MergedPersonReferences
{
    /// <summary>Runs inside the merge's transaction: all of it is saved, or none.</summary>
    public static async Task RepointAsync(LinkworkDbContext db, Guid mergedId, Guid survivorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The pathway follows the person: their episodes and everything hanging off them. Events keep the id they
        // were written with, because the log is never rewritten; the merge itself is audited.
        await db.Episodes.Where(e => e.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(e => e.PersonId, survivorId), cancellationToken);
        await db.OnwardReferrals.Where(r => r.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(r => r.PersonId, survivorId), cancellationToken);
        await db.Goals.Where(g => g.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(g => g.PersonId, survivorId), cancellationToken);
        await db.Appointments.Where(a => a.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(a => a.PersonId, survivorId), cancellationToken);
        await db.Signposts.Where(s => s.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(s => s.PersonId, survivorId), cancellationToken);
        await db.MessagesToReferrers.Where(m => m.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(m => m.PersonId, survivorId), cancellationToken);
        await db.FollowUps.Where(f => f.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(f => f.PersonId, survivorId), cancellationToken);
        await db.SafeguardingConcerns.Where(c => c.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(c => c.PersonId, survivorId), cancellationToken);
        await db.MeasureAdministrations.Where(a => a.PersonId == mergedId).ExecuteUpdateAsync(set => set.SetProperty(a => a.PersonId, survivorId), cancellationToken);

        // The person's own portal sign-in follows them, unless the record that stays already has one.
        if (!await db.Users.AnyAsync(u => u.PersonId == survivorId, cancellationToken))
        {
            await db.Users.Where(u => u.PersonId == mergedId)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.PersonId, survivorId), cancellationToken);
        }
    }
}
