using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>The "what matters to me" conversation: in the person's words, coded needs and strengths. It starts the assessment.</summary>
public sealed class RecordWhatMatters(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(string InTheirWords, IReadOnlyList<IdentifiedNeed> Needs, string? Strengths);

    public async Task<Episode> HandleAsync(ClaimsPrincipal user, Guid episodeId, Command command, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion, cancellationToken);
        episode.RecordWhatMatters(command.InTheirWords, command.Needs ?? [], command.Strengths, user.ActorId(), clock.GetUtcNow());
        audit.Record("episode.what-matters", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}
