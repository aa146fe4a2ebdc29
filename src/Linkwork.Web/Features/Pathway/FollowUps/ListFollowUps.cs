using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>
/// The team's follow-ups, soonest due first: mine, due today, overdue (both together: due today or earlier), one
/// episode's. Open ones only unless asked. Only the programme team has follow-ups; anyone else is refused.
/// </summary>
public sealed class ListFollowUps(LinkworkDbContext db, AuditTrail audit, DirectoryTimeZone zone, TimeProvider clock)
{
    public sealed record Filter(bool MineOnly = false, bool OverdueOnly = false, bool DueTodayOnly = false, Guid? EpisodeId = null, bool OpenOnly = true);

    public async Task<Page<FollowUpView>> HandleAsync(ClaimsPrincipal user, Filter filter, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        user.RequireCaseloadWorker();
        var (number, size) = Paging.Normalise(page, pageSize);
        var today = zone.Today(clock);
        var followUps = db.FollowUps.AsNoTracking().VisibleTo(user);
        if (filter.OpenOnly || filter.OverdueOnly || filter.DueTodayOnly)
        {
            followUps = followUps.Where(f => f.State == FollowUpState.Open);
        }

        if (filter.MineOnly)
        {
            var me = user.ActorId();
            followUps = followUps.Where(f => f.AssigneeId == me);
        }

        followUps = (filter.OverdueOnly, filter.DueTodayOnly) switch
        {
            (true, true) => followUps.Where(f => f.DueOn <= today),
            (true, false) => followUps.Where(f => f.DueOn < today),
            (false, true) => followUps.Where(f => f.DueOn == today),
            _ => followUps,
        };
        if (filter.EpisodeId is { } episodeId)
        {
            followUps = followUps.Where(f => f.EpisodeId == episodeId);
        }

        var total = await followUps.CountAsync(cancellationToken);
        var items = await followUps.Project(db, today).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        // A list of names is a read of each person's record.
        foreach (var item in items)
        {
            audit.Record("follow-up.list", nameof(FollowUp), item.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Page<FollowUpView>(items, number, size, total);
    }
}
