using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.People;

/// <summary>Staff remove a household contact who no longer belongs on the record.</summary>
public sealed class RemoveHouseholdContact(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Person?> HandleAsync(ClaimsPrincipal user, Guid personId, Guid contactId, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return null;
        }

        person.RemoveContact(contactId, clock.GetUtcNow());
        audit.Record("person.contact-removed", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
