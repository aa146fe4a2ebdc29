using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Safeguarding;

/// <summary>One safeguarding concern, for the programme team only; every read is audited.</summary>
public sealed class GetSafeguardingConcern(LinkworkDbContext db, AuditTrail audit)
{
    public async Task<SafeguardingConcernView> HandleAsync(ClaimsPrincipal user, Guid concernId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var view = await db.SafeguardingConcerns.AsNoTracking().VisibleTo(user).Where(c => c.Id == concernId).Project(db).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("safeguarding concern", concernId);
        await audit.RecordReadsAsync("safeguarding.read", nameof(SafeguardingConcern), [view.Id]);
        return view;
    }
}
