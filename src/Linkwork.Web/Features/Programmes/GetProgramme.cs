using Linkwork.Data;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Programmes;

/// <summary>The programme a user belongs to; for anonymous visitors, the deployment's first programme.</summary>
public sealed class GetProgramme(LinkworkDbContext db)
{
    public async Task<Programme?> HandleAsync(Guid? programmeId, CancellationToken cancellationToken = default) =>
        programmeId is { } id
            ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await db.Programmes.AsNoTracking().OrderBy(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
}
