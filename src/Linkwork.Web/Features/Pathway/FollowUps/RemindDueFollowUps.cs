using System.Globalization;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>
/// Tells each assignee, in the app, of a follow-up that is due today or overdue: once per follow-up, remembered on
/// the follow-up itself, so a job that runs every few minutes never repeats itself.
/// </summary>
public sealed class RemindDueFollowUps(LinkworkDbContext db, Notify notify, DirectoryTimeZone zone, TimeProvider clock)
{
    public const int BatchSize = 200;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Handles one batch; returns how many follow-ups it reminded. Each batch is its own unit of work.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var (now, today) = (clock.GetUtcNow(), zone.Today(clock));
        var due = await db.FollowUps
            .Where(f => f.State == FollowUpState.Open && f.RemindedAt == null && f.DueOn <= today)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var followUp in due.Where(f => f.RemindIfDue(today, now)))
        {
            var when = followUp.DueOn == today ? "due today" : $"overdue since {followUp.DueOn.ToString("d MMM", British)}";
            notify.User(followUp.AssigneeId, $"Follow-up {when}: {followUp.Title}", $"/app/episodes/{followUp.EpisodeId}#follow-ups", followUp.ProgrammeId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
