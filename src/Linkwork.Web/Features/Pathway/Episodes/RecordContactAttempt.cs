using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>An attempt to reach the person; after the programme's number of failed attempts, "unable to contact" is suggested.</summary>
public sealed class RecordContactAttempt(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Result(Episode Episode, bool SuggestUnableToContact);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, Guid episodeId, bool reached, string? note, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion, cancellationToken);
        episode.RecordContactAttempt(reached, note, user.ActorId(), clock.GetUtcNow());
        audit.Record("episode.contact-attempt", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(episode, episode.SuggestsUnableToContact(await AttemptsBeforeSuggestingAsync(db, episode.ProgrammeId, cancellationToken)));
    }

    /// <summary>The programme's number of failed attempts that make "unable to contact" the suggested next step.</summary>
    public static Task<int> AttemptsBeforeSuggestingAsync(LinkworkDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Programmes.Where(p => p.Id == programmeId).Select(p => p.ContactAttemptsBeforeUnableToContact).SingleAsync(cancellationToken);
    }
}
