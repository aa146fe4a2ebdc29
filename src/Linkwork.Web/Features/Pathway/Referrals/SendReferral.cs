using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// Sends a drafted referral to the provider: only with the person's consent to share with the organisations they are
/// referred to (as it stands now, after any withdrawal), and with the programme's response deadline. The provider's
/// staff are told in the same unit of work.
/// </summary>
public sealed class SendReferral(
    LinkworkDbContext db, PathwayRecords records, ConsentCheck consent, PathwayNotifications notifications, AuditTrail audit, TimeProvider clock)
{
    public async Task<OnwardReferral> HandleAsync(ClaimsPrincipal user, Guid referralId, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var referral = await records.ReferralAsync(user, referralId, cancellationToken);
        user.RequireCaseloadWorker();
        referral.ExpectVersion(expectedVersion);
        var deadlineDays = await db.Programmes.Where(p => p.Id == referral.ProgrammeId).Select(p => p.ResponseDeadlineDays).SingleAsync(cancellationToken);
        // The service may have closed or stopped taking referrals since the draft was made.
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == referral.ServiceId, cancellationToken);
        if (!service.AcceptsReferrals)
        {
            throw new Domain.Common.DomainRuleException("The service no longer takes referrals; withdraw this draft and signpost the person or choose another service.");
        }

        var consented = await consent.IsGivenAsync(referral.PersonId, ConsentKind.ShareWithReferredOrganisations, cancellationToken);
        referral.Send(consented, deadlineDays, user.ActorId(), clock.GetUtcNow());
        await notifications.ReferralSentAsync(referral, service.Details.Name, cancellationToken);
        audit.Record("referral.send", nameof(OnwardReferral), referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}
