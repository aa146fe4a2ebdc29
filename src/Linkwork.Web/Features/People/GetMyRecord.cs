using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>A person reads their own record through the portal. Every read is audited.</summary>
public sealed class GetMyRecord(LinkworkDbContext db, AuditTrail audit)
{
    public async Task<Person?> HandleAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is not null)
        {
            await audit.RecordReadsAsync("person.read", nameof(Person), [person.Id]);
        }

        return person;
    }
}
