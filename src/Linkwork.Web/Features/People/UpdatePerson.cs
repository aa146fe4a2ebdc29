using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// Staff correct a person's details. The version they read must still be the record's (If-Match), so a change made
/// meanwhile by someone else is never silently overwritten.
/// </summary>
public sealed class UpdatePerson(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, FindDuplicates duplicates, PostcodeLookup postcodes)
{
    public async Task<Person?> HandleAsync(ClaimsPrincipal user, Guid personId, PersonInput input, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == person.ProgrammeId, cancellationToken);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var (details, nhsNumber) = input.ToDetails(errors, programme.EthnicityCodes, now);
        if (nhsNumber is not null && await duplicates.SameIdentifierAsync(person.ProgrammeId, nhsNumber, [], except: person.Id, cancellationToken) is { } holder)
        {
            errors.Add("nhsNumber", $"This NHS number is already recorded for person {holder.PersonId}.");
            errors.ThrowIfAny();
        }

        person.Revise(details, nhsNumber, programme.EthnicityCodes, await postcodes.DecileForAsync(details.Contact?.Postcode, cancellationToken), now);
        audit.Record("person.updated", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
