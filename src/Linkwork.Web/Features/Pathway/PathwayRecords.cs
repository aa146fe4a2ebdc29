using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway;

/// <summary>Loads pathway records through <see cref="PathwayAccess"/>: what the caller may not see is simply not found.</summary>
public sealed class PathwayRecords(LinkworkDbContext db)
{
    public async Task<Episode> EpisodeAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Episodes.VisibleTo(user).SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new RecordNotFoundException("episode", id);

    /// <summary>An episode to change: the caller works the caseload and read the version that is stored.</summary>
    public async Task<Episode> EpisodeToWorkAsync(ClaimsPrincipal user, Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var episode = await EpisodeAsync(user, id, cancellationToken);
        user.RequireCaseloadWorker();
        episode.ExpectVersion(expectedVersion);
        return episode;
    }

    /// <summary>A follow-up to change, with the episode whose log records the change.</summary>
    public async Task<(FollowUp FollowUp, Episode Episode)> FollowUpToWorkAsync(ClaimsPrincipal user, Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.VisibleTo(user).SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException("follow-up", id);
        followUp.ExpectVersion(expectedVersion);
        return (followUp, await db.Episodes.SingleAsync(e => e.Id == followUp.EpisodeId, cancellationToken));
    }

    /// <summary>A safeguarding concern to change, with the episode whose log records the change.</summary>
    public async Task<(SafeguardingConcern Concern, Episode Episode)> ConcernToWorkAsync(ClaimsPrincipal user, Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var concern = await db.SafeguardingConcerns.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException("safeguarding concern", id);
        concern.ExpectVersion(expectedVersion);
        return (concern, await db.Episodes.SingleAsync(e => e.Id == concern.EpisodeId, cancellationToken));
    }

    public async Task<OnwardReferral> ReferralAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.OnwardReferrals.VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new RecordNotFoundException("referral", id);
}
