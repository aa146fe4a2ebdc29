using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>Adds a message to a referral's thread between the link worker and the provider.</summary>
public sealed class WriteReferralMessage(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<ReferralMessage> HandleAsync(ClaimsPrincipal user, Guid referralId, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var referral = await records.ReferralAsync(user, referralId, cancellationToken);
        var side = user.SideOf() ?? throw new NotPermittedException("Only the link worker's team and the receiving organisation write in a referral's thread.");
        var now = clock.GetUtcNow();
        var message = ReferralMessage.Write(Guid.CreateVersion7(now), referral, side, user.ActorId(), text, now);
        db.ReferralMessages.Add(message);
        audit.Record("referral.message", nameof(OnwardReferral), referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }
}
