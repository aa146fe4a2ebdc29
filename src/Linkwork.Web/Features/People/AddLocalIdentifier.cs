using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Domain.Common;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.People;

/// <summary>Staff add another system's record number for a person. A number someone else holds is refused, naming them.</summary>
public sealed class AddLocalIdentifier(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, FindDuplicates duplicates)
{
    public async Task<Person?> HandleAsync(ClaimsPrincipal user, Guid personId, IdentifierInput input, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var system = errors.Check("system", () => Text.Required(input.System, "The identifier's system", LocalIdentifier.SystemMaxLength));
        var value = errors.Check("value", () => Text.Required(input.Value, "The identifier's value", LocalIdentifier.ValueMaxLength));
        errors.ThrowIfAny();
        if (await duplicates.SameIdentifierAsync(person.ProgrammeId, null, [(system!, value!)], except: person.Id, cancellationToken) is { } holder)
        {
            errors.Add("value", $"Record number {value} of {system} is already recorded for person {holder.PersonId}.");
            errors.ThrowIfAny();
        }

        var now = clock.GetUtcNow();
        db.PersonIdentifiers.Add(person.AddIdentifier(Guid.CreateVersion7(now), system, value, now));
        audit.Record("person.identifier-added", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
