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

    public async Task<OnwardReferral> ReferralAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.OnwardReferrals.VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new RecordNotFoundException("referral", id);
}
