using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.People;

/// <summary>Staff add a carer or household contact to a person's record.</summary>
public sealed class AddHouseholdContact(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<(Person? Person, HouseholdContact? Contact)> HandleAsync(
        ClaimsPrincipal user, Guid personId, HouseholdContactDetails details, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return (null, null);
        }

        var now = clock.GetUtcNow();
        var contact = person.AddContact(Guid.CreateVersion7(now), details, now);
        db.HouseholdContacts.Add(contact);
        audit.Record("person.contact-added", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (person, contact);
    }
}
