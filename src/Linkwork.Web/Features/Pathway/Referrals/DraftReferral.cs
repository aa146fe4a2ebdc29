using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>Starts an onward referral from an episode to one service that takes referrals. Nothing is shared until it is sent.</summary>
public sealed class DraftReferral(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(Guid EpisodeId, Guid ServiceId, string Note);

    public async Task<OnwardReferral> HandleAsync(ClaimsPrincipal user, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, command.EpisodeId, expectedVersion: null, cancellationToken);
        var service = await (from s in db.Services.AsNoTracking()
                             join o in db.Organisations on s.OrganisationId equals o.Id
                             where s.Id == command.ServiceId && o.ProgrammeId == episode.ProgrammeId
                             select s).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("service", command.ServiceId);
        var now = clock.GetUtcNow();
        var referral = OnwardReferral.Draft(Guid.CreateVersion7(now), episode, service, command.Note, user.ActorId(), now);
        db.OnwardReferrals.Add(referral);
        audit.Record("referral.create", nameof(OnwardReferral), referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}
