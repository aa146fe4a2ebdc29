using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>One follow-up. It names a person, so the read is audited.</summary>
public sealed class GetFollowUp(LinkworkDbContext db, AuditTrail audit, DirectoryTimeZone zone, TimeProvider clock)
{
    public async Task<FollowUpView> HandleAsync(ClaimsPrincipal user, Guid followUpId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var view = await db.FollowUps.AsNoTracking().VisibleTo(user).Where(f => f.Id == followUpId).Project(db, zone.Today(clock)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("follow-up", followUpId);
        await audit.RecordReadsAsync("follow-up.read", nameof(FollowUp), [view.Id]);
        return view;
    }
}
