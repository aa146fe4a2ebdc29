using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.WorkLists;

/// <summary>
/// The supervisor's view across the team: for each link worker, their caseload, overdue follow-ups, stuck referrals
/// and open safeguarding concerns; the triage queue; and every open safeguarding concern. Counts name no one; the
/// list of concerns does, so each concern shown is audited as a read.
/// </summary>
public sealed class TeamOverview(LinkworkDbContext db, AuditTrail audit, DirectoryTimeZone zone, TimeProvider clock)
{
    /// <summary>
    /// A referral accepted or waitlisted this many days ago with nothing recorded since is stuck. Three weeks: most
    /// community groups meet weekly, so three sessions without an engagement recorded means someone should ask.
    /// </summary>
    public const int StuckAfterDays = 21;

    public const int MaxConcernsShown = 100;

    public sealed record Member(Guid Id, string Name, Role Role, int OpenEpisodes, int OverdueFollowUps, int StuckReferrals, int OpenConcerns);

    public sealed record Concern(Guid Id, Guid EpisodeId, string PersonName, string? LinkWorker, string RaisedBy, DateTimeOffset RaisedAt, string Text);

    public sealed record Overview(IReadOnlyList<Member> Members, int Unassigned, WorkListSection<Concern> OpenConcerns);

    private static readonly EpisodeState[] OpenEpisodes = Enum.GetValues<EpisodeState>().Where(s => s.IsOpen()).ToArray();
    private static readonly OnwardReferralState[] Awaiting = Enum.GetValues<OnwardReferralState>().Where(s => s.AwaitsResponse()).ToArray();

    public async Task<Overview> HandleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.RoleOf() != Role.Supervisor)
        {
            throw new NotPermittedException("Only the programme's supervisors see the whole team's work.");
        }

        var programme = user.ProgrammeOf();
        var (now, today) = (clock.GetUtcNow(), zone.Today(clock));
        var open = db.Episodes.AsNoTracking().Where(e => e.ProgrammeId == programme && OpenEpisodes.Contains(e.State));
        var caseloads = ByWorker(await open.GroupBy(e => e.LinkWorkerId).Select(g => new KeyCount(g.Key, g.Count())).ToListAsync(cancellationToken));
        var overdue = ByWorker(await db.FollowUps.AsNoTracking().Where(f => f.ProgrammeId == programme && f.State == FollowUpState.Open && f.DueOn < today)
            .GroupBy(f => f.AssigneeId).Select(g => new KeyCount(g.Key, g.Count())).ToListAsync(cancellationToken));
        var stuck = ByWorker(await StuckReferralsByWorker(programme, now).ToListAsync(cancellationToken));
        var concerns = ByWorker(await (
            from c in db.SafeguardingConcerns.AsNoTracking()
            join e in db.Episodes on c.EpisodeId equals e.Id
            where c.ProgrammeId == programme && c.State == SafeguardingConcernState.Open
            group c by e.LinkWorkerId into g
            select new KeyCount(g.Key, g.Count())).ToListAsync(cancellationToken));

        var team = await db.Users.AsNoTracking()
            .Where(u => u.ProgrammeId == programme && (u.Role == Role.LinkWorker || u.Role == Role.Supervisor))
            .Select(u => new { u.Id, u.DisplayName, u.Role }).ToListAsync(cancellationToken);
        int Of(Dictionary<Guid, int> counts, Guid id) => counts.GetValueOrDefault(id);
        var members = team
            .Select(u => new Member(u.Id, u.DisplayName, u.Role, Of(caseloads, u.Id), Of(overdue, u.Id), Of(stuck, u.Id), Of(concerns, u.Id)))
            // Link workers always; a supervisor only when they hold work of their own.
            .Where(m => m.Role == Role.LinkWorker || m.OpenEpisodes + m.OverdueFollowUps + m.StuckReferrals + m.OpenConcerns > 0)
            .OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();

        var overview = new Overview(members, await open.CountAsync(e => e.LinkWorkerId == null, cancellationToken), await OpenConcernsAsync(programme, cancellationToken));
        foreach (var concern in overview.OpenConcerns.Rows)
        {
            audit.Record("safeguarding.list", nameof(SafeguardingConcern), concern.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return overview;
    }

    /// <summary>
    /// Stuck: the provider still owes an answer past the deadline (the deadline job expires these, so finding one
    /// means the job is behind), or accepted or waitlisted <see cref="StuckAfterDays"/> days ago with no move since.
    /// </summary>
    private IQueryable<KeyCount> StuckReferralsByWorker(Guid? programme, DateTimeOffset now)
    {
        var quietSince = now.AddDays(-StuckAfterDays);
        return from r in db.OnwardReferrals.AsNoTracking()
               join e in db.Episodes on r.EpisodeId equals e.Id
               where r.ProgrammeId == programme
                     && ((Awaiting.Contains(r.State) && r.RespondBy < now)
                         || ((r.State == OnwardReferralState.Accepted || r.State == OnwardReferralState.Waitlisted) && r.UpdatedAt < quietSince))
               group r by e.LinkWorkerId into g
               select new KeyCount(g.Key, g.Count());
    }

    private async Task<WorkListSection<Concern>> OpenConcernsAsync(Guid? programme, CancellationToken cancellationToken)
    {
        var rows = from c in db.SafeguardingConcerns.AsNoTracking()
                   join e in db.Episodes on c.EpisodeId equals e.Id
                   join p in db.People on c.PersonId equals p.Id
                   join raiser in db.Users on c.RaisedBy equals raiser.Id into raisers
                   from raiser in raisers.DefaultIfEmpty()
                   join client in db.ApiClients on c.RaisedBy equals client.Id into clients
                   from client in clients.DefaultIfEmpty()
                   join worker in db.Users on e.LinkWorkerId equals worker.Id into workers
                   from worker in workers.DefaultIfEmpty()
                   where c.ProgrammeId == programme && c.State == SafeguardingConcernState.Open
                   orderby c.RaisedAt, c.Id
                   select new Concern(c.Id, c.EpisodeId, p.GivenName + " " + p.FamilyName, worker == null ? null : worker.DisplayName,
                       raiser != null ? raiser.DisplayName : client != null ? client.Name : "Unknown", c.RaisedAt, c.Concern);
        return new WorkListSection<Concern>(await rows.Take(MaxConcernsShown).ToListAsync(cancellationToken), await rows.CountAsync(cancellationToken));
    }

    /// <summary>Counts by the worker they belong to; work that belongs to nobody yet is the triage queue's, counted apart.</summary>
    private static Dictionary<Guid, int> ByWorker(List<KeyCount> counts) =>
        counts.Where(c => c.Key is not null).ToDictionary(c => c.Key!.Value, c => c.Count);

    private sealed record KeyCount(Guid? Key, int Count);
}
