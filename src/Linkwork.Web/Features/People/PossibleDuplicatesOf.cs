using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// Who a record already held might also be (<see cref="FindDuplicates.SimilarAsync"/>), for a record nobody checked
/// when it was made: one from the public form, which never tells the sender who is known. Only the programme team asks.
/// </summary>
public sealed class PossibleDuplicatesOf(LinkworkDbContext db, FindDuplicates duplicates, AuditTrail audit)
{
    public async Task<IReadOnlyList<FindDuplicates.Candidate>> HandleAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.RoleOf() is not (Domain.Access.Role.LinkWorker or Domain.Access.Role.Supervisor))
        {
            return [];
        }

        var person = await db.People.AsNoTracking().OfCallersProgramme(user)
            .Where(p => p.Id == personId && p.MergedIntoId == null)
            .Select(p => new { p.ProgrammeId, p.GivenName, p.FamilyName, p.DateOfBirth })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return [];
        }

        var candidates = (await duplicates.SimilarAsync(person.ProgrammeId, person.GivenName, person.FamilyName, person.DateOfBirth, cancellationToken))
            .Where(c => c.Id != personId).ToList();
        // The candidates' names are shown: each is a read of that person's record.
        foreach (var candidate in candidates)
        {
            audit.Record("person.listed", nameof(Person), candidate.Id);
        }

        if (candidates.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return candidates;
    }
}
