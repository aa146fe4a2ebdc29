using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>Calls a follow-up off because it is no longer needed; the optional reason goes into the episode's history.</summary>
public sealed class CancelFollowUp(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<FollowUp> HandleAsync(ClaimsPrincipal user, Guid followUpId, string? reason, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (followUp, episode) = await records.FollowUpToWorkAsync(user, followUpId, expectedVersion, cancellationToken);
        var errors = new FieldErrors();
        errors.Check("reason", () => Domain.Common.Text.Optional(reason, "The reason for cancelling", FollowUp.CancelReasonMaxLength));
        errors.ThrowIfAny();
        followUp.Cancel(episode, reason, user.ActorId(), clock.GetUtcNow());
        audit.Record("follow-up.cancel", nameof(FollowUp), followUp.Id);
        await db.SaveChangesAsync(cancellationToken);
        return followUp;
    }
}
