using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>Adds a goal to the person's plan, with an optional first (baseline) progress score.</summary>
public sealed class SetGoal(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(string Text, SdohCategory Category, DateOnly? TargetDate, int? BaselineScore);

    public async Task<Goal> HandleAsync(ClaimsPrincipal user, Guid episodeId, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion: null, cancellationToken);
        var (by, now) = (user.ActorId(), clock.GetUtcNow());
        var goal = Goal.Set(Guid.CreateVersion7(now), episode, command.Text, command.Category, command.TargetDate, by, now);
        if (command.BaselineScore is { } score)
        {
            goal.RecordProgress(score, "Baseline", by, now);
        }

        db.Goals.Add(goal);
        audit.Record("goal.create", nameof(Goal), goal.Id);
        await db.SaveChangesAsync(cancellationToken);
        return goal;
    }
}
