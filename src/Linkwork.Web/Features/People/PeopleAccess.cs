using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// Loads a person of the caller's own programme, or nothing: another programme's person is as absent as one that
/// never existed, so nobody learns which ids exist elsewhere. Roles are checked by <see cref="Policies.PeopleRecords"/>.
/// </summary>
public static class PeopleAccess
{
    public static IQueryable<Person> OfCallersProgramme(this IQueryable<Person> people, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programmeId = user.ProgrammeOf() ?? Guid.Empty;
        return people.Where(p => p.ProgrammeId == programmeId);
    }

    /// <summary>The whole record: identifiers, household contacts and consent history.</summary>
    public static IQueryable<Person> Whole(this IQueryable<Person> people) =>
        people.Include(p => p.LocalIdentifiers).Include(p => p.HouseholdContacts).Include(p => p.ConsentDecisions).AsSplitQuery();

    public static Task<Person?> LoadAsync(LinkworkDbContext db, ClaimsPrincipal user, Guid personId, bool forChange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = forChange ? db.People : db.People.AsNoTracking();
        return people.OfCallersProgramme(user).Whole().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
    }

    /// <summary>The record, tracked for a change, after checking the caller's If-Match version is still its own (412 otherwise).</summary>
    public static async Task<Person?> LoadForChangeAsync(LinkworkDbContext db, ClaimsPrincipal user, Guid personId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var person = await LoadAsync(db, user, personId, forChange: true, cancellationToken);
        if (person is not null)
        {
            StaleVersionException.ThrowIfStale("person's record", expectedVersion, person.Version);
        }

        return person;
    }
}
