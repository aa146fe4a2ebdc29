using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>Gives an episode to a link worker of the programme (triage).</summary>
public sealed class AssignEpisode(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<Episode> HandleAsync(ClaimsPrincipal user, Guid episodeId, Guid linkWorkerId, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion, cancellationToken);
        await ReceiveEpisode.EnsureLinkWorkerAsync(db, episode.ProgrammeId, linkWorkerId, cancellationToken);
        episode.AssignTo(linkWorkerId, user.ActorId(), clock.GetUtcNow());
        audit.Record("episode.assign", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}
