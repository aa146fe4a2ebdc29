using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>Scores a goal 0–10 today; the scores over time are the goal's progress.</summary>
public sealed class RecordGoalProgress(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<Goal> HandleAsync(ClaimsPrincipal user, Guid goalId, int score, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == goalId, cancellationToken) ?? throw new RecordNotFoundException("goal", goalId);
        var episode = await records.EpisodeToWorkAsync(user, goal.EpisodeId, expectedVersion: null, cancellationToken);
        goal.RecordProgressIn(episode, score, note, user.ActorId(), clock.GetUtcNow());
        audit.Record("goal.progress", nameof(Goal), goal.Id);
        await db.SaveChangesAsync(cancellationToken);
        return goal;
    }
}
