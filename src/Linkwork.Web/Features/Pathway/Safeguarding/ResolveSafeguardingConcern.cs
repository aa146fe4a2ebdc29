using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Safeguarding;

/// <summary>A supervisor, or whoever raised it, records how a safeguarding concern was resolved; the flag comes down.</summary>
public sealed class ResolveSafeguardingConcern(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(string? Resolution);

    public async Task<SafeguardingConcern> HandleAsync(ClaimsPrincipal user, Guid concernId, Command command, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var (concern, episode) = await records.ConcernToWorkAsync(user, concernId, expectedVersion, cancellationToken);
        var (by, isSupervisor) = (user.ActorId(), user.RoleOf() == Role.Supervisor);
        if (!concern.MayBeResolvedBy(by, isSupervisor))
        {
            throw new NotPermittedException("A safeguarding concern is resolved by a supervisor or by whoever raised it.");
        }

        var errors = new FieldErrors();
        var resolution = errors.Check("resolution", () => SafeguardingConcern.CheckNote(command.Resolution, "How the concern was resolved"));
        errors.ThrowIfAny();

        concern.Resolve(episode, resolution!, by, isSupervisor, clock.GetUtcNow());
        audit.Record("safeguarding.resolve", nameof(SafeguardingConcern), concern.Id);
        await db.SaveChangesAsync(cancellationToken);
        return concern;
    }
}
