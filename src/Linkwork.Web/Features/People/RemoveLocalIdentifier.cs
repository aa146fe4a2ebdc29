using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.People;

/// <summary>Staff remove a record number entered by mistake.</summary>
public sealed class RemoveLocalIdentifier(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Person?> HandleAsync(ClaimsPrincipal user, Guid personId, Guid identifierId, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return null;
        }

        person.RemoveIdentifier(identifierId, clock.GetUtcNow());
        audit.Record("person.identifier-removed", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
