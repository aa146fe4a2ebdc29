using Linkwork.Data;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// What the pathway asks before it shares or contacts: is this consent given now? The latest decision of the kind
/// counts; none recorded is not consent. A merged record answers for the record it was merged into.
/// </summary>
public sealed class ConsentCheck(LinkworkDbContext db)
{
    public async Task<bool> IsGivenAsync(Guid personId, ConsentKind kind, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(personId, kind, cancellationToken);
        return current?.Given == true;
    }

    /// <summary>The decision in force, or null when none was recorded (or there is no such person).</summary>
    public async Task<ConsentDecision?> CurrentAsync(Guid personId, ConsentKind kind, CancellationToken cancellationToken = default)
    {
        var id = await SurvivorOfAsync(personId, cancellationToken);
        var decisions = await db.ConsentDecisions.AsNoTracking()
            .Where(d => d.PersonId == id && d.Kind == kind)
            .ToListAsync(cancellationToken);
        return new PersonConsents(decisions).Current(kind);
    }

    // Merges may chain (A into B, later B into C); each step is one row, and there are never many.
    private async Task<Guid> SurvivorOfAsync(Guid personId, CancellationToken cancellationToken)
    {
        var id = personId;
        for (var step = 0; step < 10; step++)
        {
            var next = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.MergedIntoId).SingleOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                return id;
            }

            id = next.Value;
        }

        return id;
    }
}
