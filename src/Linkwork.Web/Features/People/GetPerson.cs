using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.People;

/// <summary>A person's whole record, for staff of their programme. Every read is audited. A merged record is still read: it says where it went.</summary>
public sealed class GetPerson(LinkworkDbContext db, AuditTrail audit)
{
    public async Task<Person?> HandleAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default)
    {
        var person = await PeopleAccess.LoadAsync(db, user, personId, forChange: false, cancellationToken);
        if (person is not null)
        {
            await audit.RecordReadsAsync("person.read", nameof(Person), [person.Id]);
        }

        return person;
    }
}
