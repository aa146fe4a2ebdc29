using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Features.Pathway.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.WorkLists;

/// <summary>
/// A link worker's day: their people (open episodes assigned to them), what is due today (follow-ups, appointments,
/// questionnaires due today or before),
/// what is overdue (follow-ups past their day, referrals at or past the provider's deadline, people not tried for a
/// while) and what waits on providers. Each part shows its first rows and counts the rest. Every row names a
/// person, so each one shown is audited as a read.
/// </summary>
public sealed class MyWorkList(LinkworkDbContext db, Measures.EpisodeMeasures measures, AuditTrail audit, DirectoryTimeZone zone, TimeProvider clock)
{
    public const int RowsPerSection = 20;

    /// <summary>
    /// Days in Contacting with nothing recorded after which the person counts as not tried lately. Three days: the
    /// programme's rhythm is a call every day or two until the person is reached, so three quiet days means they slipped.
    /// </summary>
    public const int QuietContactingDays = 3;

    /// <summary>A referral this close to its deadline is overdue work for the link worker too: the same lead time the provider's reminder gets.</summary>
    public static readonly TimeSpan DeadlineNear = ExpireOverdueReferrals.ReminderAhead;

    public sealed record Person(Guid EpisodeId, string PersonName, EpisodeState State, DateTimeOffset ReceivedAt, bool SafeguardingConcern);

    public sealed record AppointmentToday(Guid Id, Guid EpisodeId, string PersonName, DateTimeOffset StartsAt, AppointmentMode Mode, Attendance? Attendance);

    public sealed record Referral(Guid Id, Guid EpisodeId, string PersonName, string ServiceName, OnwardReferralState State, DateTimeOffset? SentAt, DateTimeOffset? RespondBy, int DaysWaiting);

    public sealed record QuietContact(Guid EpisodeId, string PersonName, int FailedAttempts, DateTimeOffset LastChange);

    public sealed record WorkList(
        DateOnly Today,
        WorkListSection<Person> MyPeople,
        WorkListSection<FollowUpView> FollowUpsDueToday,
        WorkListSection<AppointmentToday> AppointmentsToday,
        WorkListSection<FollowUpView> OverdueFollowUps,
        WorkListSection<Referral> ReferralsAtDeadline,
        WorkListSection<QuietContact> NotTriedLately,
        WorkListSection<Referral> WaitingOnProviders,
        WorkListSection<Measures.EpisodeMeasures.DueRow> QuestionnairesDue);

    private static readonly EpisodeState[] OpenEpisodes = Enum.GetValues<EpisodeState>().Where(s => s.IsOpen()).ToArray();
    private static readonly OnwardReferralState[] Awaiting = Enum.GetValues<OnwardReferralState>().Where(s => s.AwaitsResponse()).ToArray();

    public async Task<WorkList> HandleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.RequireCaseloadWorker();
        var me = user.ActorId();
        var (now, today) = (clock.GetUtcNow(), zone.Today(clock));
        var deadlineNear = now + DeadlineNear;
        var mine = db.Episodes.AsNoTracking().VisibleTo(user).Where(e => e.LinkWorkerId == me && OpenEpisodes.Contains(e.State));
        var myFollowUps = db.FollowUps.AsNoTracking().VisibleTo(user).Where(f => f.AssigneeId == me && f.State == FollowUpState.Open);

        var work = new WorkList(
            today,
            await PeopleAsync(mine, cancellationToken),
            await SectionAsync(myFollowUps.Where(f => f.DueOn == today).Project(db, today), cancellationToken),
            await AppointmentsAsync(mine, today, cancellationToken),
            await SectionAsync(myFollowUps.Where(f => f.DueOn < today).Project(db, today), cancellationToken),
            await ReferralsAsync(mine, r => r.RespondBy <= deadlineNear, now, cancellationToken),
            await NotTriedLatelyAsync(mine, now, cancellationToken),
            await ReferralsAsync(mine, _ => true, now, cancellationToken),
            await QuestionnairesDueAsync(user, mine, today, cancellationToken));
        Audit(work);
        await db.SaveChangesAsync(cancellationToken);
        return work;
    }

    private async Task<WorkListSection<Person>> PeopleAsync(IQueryable<Episode> mine, CancellationToken cancellationToken) =>
        await SectionAsync(
            from e in mine
            join p in db.People on e.PersonId equals p.Id
            orderby e.CreatedAt, e.Id
            select new Person(e.Id, p.GivenName + " " + p.FamilyName, e.State, e.CreatedAt,
                db.SafeguardingConcerns.Any(c => c.EpisodeId == e.Id && c.State == SafeguardingConcernState.Open)),
            cancellationToken);

    /// <summary>Today runs from local midnight to local midnight where the programme is.</summary>
    private async Task<WorkListSection<AppointmentToday>> AppointmentsAsync(IQueryable<Episode> mine, DateOnly today, CancellationToken cancellationToken)
    {
        var (dayStarts, dayEnds) = (StartOf(today), StartOf(today.AddDays(1)));
        return await SectionAsync(
            from a in db.Appointments.AsNoTracking()
            join e in mine on a.EpisodeId equals e.Id
            join p in db.People on a.PersonId equals p.Id
            where a.StartsAt >= dayStarts && a.StartsAt < dayEnds
            orderby a.StartsAt, a.Id
            select new AppointmentToday(a.Id, a.EpisodeId, p.GivenName + " " + p.FamilyName, a.StartsAt, a.Mode, a.Attendance),
            cancellationToken);
    }

    private async Task<WorkListSection<Referral>> ReferralsAsync(
        IQueryable<Episode> mine, System.Linq.Expressions.Expression<Func<OnwardReferral, bool>> which, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var awaiting = db.OnwardReferrals.AsNoTracking().Where(r => Awaiting.Contains(r.State)).Where(which);
        var rows = from r in awaiting
                   join e in mine on r.EpisodeId equals e.Id
                   join p in db.People on r.PersonId equals p.Id
                   join s in db.Services on r.ServiceId equals s.Id
                   orderby r.RespondBy, r.Id
                   select new { r.Id, r.EpisodeId, PersonName = p.GivenName + " " + p.FamilyName, ServiceName = s.Details.Name, r.State, r.SentAt, r.RespondBy };
        var total = await rows.CountAsync(cancellationToken);
        var shown = await rows.Take(RowsPerSection).ToListAsync(cancellationToken);
        return new WorkListSection<Referral>(
            shown.Select(r => new Referral(r.Id, r.EpisodeId, r.PersonName, r.ServiceName, r.State, r.SentAt, r.RespondBy, DaysSince(r.SentAt, now))).ToList(), total);
    }

    // The episode's last change stands in for the last attempt: every attempt bumps it, and anything else recorded
    // since (a follow-up planned, say) means someone did look at the person.
    private async Task<WorkListSection<QuietContact>> NotTriedLatelyAsync(IQueryable<Episode> mine, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var quietSince = now.AddDays(-QuietContactingDays);
        return await SectionAsync(
            from e in mine
            join p in db.People on e.PersonId equals p.Id
            where e.State == EpisodeState.Contacting && e.UpdatedAt < quietSince
            orderby e.UpdatedAt, e.Id
            select new QuietContact(e.Id, p.GivenName + " " + p.FamilyName, e.ContactAttempts, e.UpdatedAt),
            cancellationToken);
    }

    private async Task<WorkListSection<Measures.EpisodeMeasures.DueRow>> QuestionnairesDueAsync(
        ClaimsPrincipal user, IQueryable<Episode> mine, DateOnly today, CancellationToken cancellationToken)
    {
        var due = user.ProgrammeOf() is { } programme ? await measures.DueByAsync(programme, mine, today, cancellationToken) : [];
        return new(due.Take(RowsPerSection).ToList(), due.Count);
    }

    private static async Task<WorkListSection<T>> SectionAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken) =>
        new(await rows.Take(RowsPerSection).ToListAsync(cancellationToken), await rows.CountAsync(cancellationToken));

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static int DaysSince(DateTimeOffset? sent, DateTimeOffset now) => sent is { } at ? Math.Max(0, (int)(now - at).TotalDays) : 0;

    private void Audit(WorkList work)
    {
        foreach (var row in work.MyPeople.Rows)
        {
            audit.Record("worklist.read", nameof(Episode), row.EpisodeId);
        }

        foreach (var row in work.FollowUpsDueToday.Rows.Concat(work.OverdueFollowUps.Rows))
        {
            audit.Record("worklist.read", nameof(FollowUp), row.Id);
        }

        foreach (var row in work.AppointmentsToday.Rows)
        {
            audit.Record("worklist.read", nameof(Appointment), row.Id);
        }

        foreach (var row in work.ReferralsAtDeadline.Rows.Concat(work.WaitingOnProviders.Rows).DistinctBy(r => r.Id))
        {
            audit.Record("worklist.read", nameof(OnwardReferral), row.Id);
        }

        foreach (var row in work.NotTriedLately.Rows)
        {
            audit.Record("worklist.read", nameof(Episode), row.EpisodeId);
        }

        foreach (var episodeId in work.QuestionnairesDue.Rows.Select(r => r.EpisodeId).Distinct())
        {
            audit.Record("worklist.read", nameof(Episode), episodeId);
        }
    }
}
