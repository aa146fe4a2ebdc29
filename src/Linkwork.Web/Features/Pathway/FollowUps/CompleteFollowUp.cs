using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>Ticks a follow-up done. Anyone on the team may, so a colleague can cover; who did it is recorded.</summary>
public sealed class CompleteFollowUp(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<FollowUp> HandleAsync(ClaimsPrincipal user, Guid followUpId, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (followUp, episode) = await records.FollowUpToWorkAsync(user, followUpId, expectedVersion, cancellationToken);
        followUp.Complete(episode, user.ActorId(), clock.GetUtcNow());
        audit.Record("follow-up.done", nameof(FollowUp), followUp.Id);
        await db.SaveChangesAsync(cancellationToken);
        return followUp;
    }
}
