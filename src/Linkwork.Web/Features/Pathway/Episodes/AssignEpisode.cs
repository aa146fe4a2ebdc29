using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// Gives an episode to a link worker of the programme (triage, or handing a case over). The previous link worker's
/// open follow-ups for it go with it.
/// </summary>
public sealed class AssignEpisode(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<Episode> HandleAsync(ClaimsPrincipal user, Guid episodeId, Guid linkWorkerId, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion, cancellationToken);
        await ReceiveEpisode.EnsureLinkWorkerAsync(db, episode.ProgrammeId, linkWorkerId, cancellationToken);
        var previous = episode.LinkWorkerId;
        episode.AssignTo(linkWorkerId, user.ActorId(), clock.GetUtcNow());
        foreach (var followUp in await db.FollowUps.Where(f => f.EpisodeId == episode.Id && f.State == FollowUpState.Open).ToListAsync(cancellationToken))
        {
            if (followUp.HandOver(previous, linkWorkerId))
            {
                audit.Record("follow-up.hand-over", nameof(FollowUp), followUp.Id);
            }
        }

        audit.Record("episode.assign", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}
