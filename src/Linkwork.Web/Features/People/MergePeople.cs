using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.People;

/// <summary>
/// A supervisor merges a duplicate into the record that stays. Neither row is deleted: the duplicate remembers where
/// it went, what the survivor lacked moves to it, other modules' rows are re-pointed, and both records are audited.
/// </summary>
public sealed class MergePeople(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public sealed record Result(Person Merged, Person Survivor, MergeSummary Summary);

    /// <returns>Null when either person is not one of the caller's programme.</returns>
    public async Task<Result?> HandleAsync(
        ClaimsPrincipal user, Guid duplicateId, Guid survivorId, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var duplicate = await PeopleAccess.LoadForChangeAsync(db, user, duplicateId, expectedVersion, cancellationToken);
        var survivor = await PeopleAccess.LoadAsync(db, user, survivorId, forChange: true, cancellationToken);
        if (duplicate is null || survivor is null)
        {
            return null;
        }

        // Rows move from one person's collection to the other's: they must not be deleted as orphans on the way.
        db.ChangeTracker.DeleteOrphansTiming = Microsoft.EntityFrameworkCore.ChangeTracking.CascadeTiming.OnSaveChanges;
        var summary = duplicate.MergeInto(survivor, user.Id(), clock.GetUtcNow());
        audit.Record("person.merged", nameof(Person), duplicate.Id);
        audit.Record("person.merge-kept", nameof(Person), survivor.Id);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MergedPersonReferences.RepointAsync(db, duplicate.Id, survivor.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Result(duplicate, survivor, summary);
    }
}
