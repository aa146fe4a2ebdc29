using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>
/// Plans a follow-up on an episode. It goes to the episode's link worker unless someone else of the team is named,
/// and to the caller when the episode has nobody yet. Each field that breaks a rule is named in the answer.
/// </summary>
public sealed class AddFollowUp(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, DirectoryTimeZone zone, TimeProvider clock)
{
    public sealed record Command(Guid? EpisodeId, string? Title, string? Note, DateOnly? DueOn, Guid? AssigneeId = null);

    public async Task<FollowUp> HandleAsync(ClaimsPrincipal user, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        var episode = command.EpisodeId is { } episodeId ? await records.EpisodeToWorkAsync(user, episodeId, expectedVersion: null, cancellationToken) : null;
        if (episode is null)
        {
            user.RequireCaseloadWorker();
            errors.Add("episodeId", "Say which episode the follow-up is for.");
        }

        var today = zone.Today(clock);
        var title = errors.Check("title", () => FollowUp.CheckTitle(command.Title));
        errors.Check("note", () => FollowUp.CheckNote(command.Note));
        var dueOn = errors.Check("dueOn", () => FollowUp.CheckDueOn(command.DueOn, today));
        var assignee = command.AssigneeId ?? episode?.LinkWorkerId ?? user.ActorId();
        if (episode is not null && !await IsOnTheTeamAsync(episode.ProgrammeId, assignee, cancellationToken))
        {
            errors.Add("assigneeId", "A follow-up is given to a link worker or supervisor of the programme; that account is neither.");
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        var followUp = FollowUp.Add(Guid.CreateVersion7(now), episode!, title!, command.Note, dueOn, today, assignee, user.ActorId(), now);
        db.FollowUps.Add(followUp);
        audit.Record("follow-up.create", nameof(FollowUp), followUp.Id);
        await db.SaveChangesAsync(cancellationToken);
        return followUp;
    }

    private Task<bool> IsOnTheTeamAsync(Guid programmeId, Guid accountId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == accountId && u.ProgrammeId == programmeId && (u.Role == Role.LinkWorker || u.Role == Role.Supervisor), cancellationToken);
}
