using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>An attempt to reach the person; after the programme's number of failed attempts, "unable to contact" is suggested.</summary>
public sealed class RecordContactAttempt(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    /// <summary>How many failed attempts make "unable to contact" the suggested next step.</summary>
    public const int AttemptsBeforeSuggestingUnableToContact = 3;

    public async Task<Episode> HandleAsync(ClaimsPrincipal user, Guid episodeId, bool reached, string? note, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion, cancellationToken);
        episode.RecordContactAttempt(reached, note, user.ActorId(), clock.GetUtcNow());
        audit.Record("episode.contact-attempt", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}
