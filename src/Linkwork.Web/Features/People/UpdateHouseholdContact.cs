using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.People;

/// <summary>Staff correct a carer's or household contact's details, or whether they may be contacted.</summary>
public sealed class UpdateHouseholdContact(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Person?> HandleAsync(
        ClaimsPrincipal user, Guid personId, Guid contactId, HouseholdContactDetails details, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return null;
        }

        person.ReviseContact(contactId, details, clock.GetUtcNow());
        audit.Record("person.contact-updated", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
