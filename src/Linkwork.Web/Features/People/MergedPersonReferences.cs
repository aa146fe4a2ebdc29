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

        // The person's own portal sign-in follows them, unless the record that stays already has one.
        if (!await db.Users.AnyAsync(u => u.PersonId == survivorId, cancellationToken))
        {
            await db.Users.Where(u => u.PersonId == mergedId)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.PersonId, survivorId), cancellationToken);
        }
    }
}
