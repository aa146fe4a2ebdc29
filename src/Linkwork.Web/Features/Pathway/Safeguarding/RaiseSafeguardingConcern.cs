using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Safeguarding;

/// <summary>
/// A link worker or supervisor raises a safeguarding concern on an episode. The programme's supervisors hear of it in
/// the same unit of work, so a concern is never saved without them being told.
/// </summary>
public sealed class RaiseSafeguardingConcern(LinkworkDbContext db, PathwayRecords records, PathwayNotifications notifications, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(string? Concern);

    public async Task<SafeguardingConcern> HandleAsync(ClaimsPrincipal user, Guid episodeId, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion: null, cancellationToken);
        var errors = new FieldErrors();
        var note = errors.Check("concern", () => SafeguardingConcern.CheckNote(command.Concern, "The concern"));
        errors.ThrowIfAny();

        var (by, now) = (user.ActorId(), clock.GetUtcNow());
        var concern = SafeguardingConcern.Raise(Guid.CreateVersion7(now), episode, note!, by, now);
        db.SafeguardingConcerns.Add(concern);
        await notifications.SafeguardingConcernRaisedAsync(concern, cancellationToken);
        audit.Record("safeguarding.raise", nameof(SafeguardingConcern), concern.Id);
        await db.SaveChangesAsync(cancellationToken);
        return concern;
    }
}
