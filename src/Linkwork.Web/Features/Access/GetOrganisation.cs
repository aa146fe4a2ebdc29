using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Access;

public sealed class GetOrganisation(LinkworkDbContext db)
{
    public async Task<Organisation?> HandleAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
}
