using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Features.Pathway.Safeguarding;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>Reads an episode with what the caller may see of it. Every read is audited: it is a person's health record.</summary>
public sealed class GetEpisode(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, Measures.EpisodeMeasures measures, DirectoryTimeZone zone, TimeProvider clock)
{
    public async Task<EpisodeView> HandleAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var episode = await records.EpisodeAsync(user, episodeId, cancellationToken);
        await audit.RecordReadsAsync("episode.read", nameof(Episode), [episode.Id]);
        return await ViewAsync(user, episode, cancellationToken);
    }

    /// <summary>
    /// The view of an episode the caller has just changed. Not audited again: the change's own audit entry, in the
    /// same commit, already records who touched the record and when.
    /// </summary>
    public async Task<EpisodeView> ViewAsync(ClaimsPrincipal user, Episode episode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(episode);
        var (episodeId, full) = (episode.Id, user.WorksCaseload());
        var person = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId)
            .Select(p => new PersonSummary(p.Id, p.GivenName + " " + p.FamilyName, p.DateOfBirth)).SingleAsync(cancellationToken);
        var history = await HistoryAsync(episode.Id, movesOnly: !full, cancellationToken);
        var taken = full ? await measures.ForAsync(episode, cancellationToken) : null;
        var messages = await db.MessagesToReferrers.AsNoTracking().Where(m => m.EpisodeId == episodeId).OrderBy(m => m.ComposedAt)
            .Select(m => new MessageBackView(m.Id, m.Outcome, m.Subject, m.Body, m.CodeSystem, m.Code, m.CodeDisplay, m.ComposedAt))
            .ToListAsync(cancellationToken);
        return new EpisodeView(
            episode.Id, episode.Version, episode.State, full ? episode.AllowedMoves : [], person, episode.Source, episode.Reasons, episode.CreatedAt,
            full ? await StaffMemberAsync(episode.LinkWorkerId, cancellationToken) : null,
            episode.ContactAttempts,
            // The programme's setting is read only while the person is being contacted, the one state it speaks to.
            full && episode.State == EpisodeState.Contacting
                && episode.SuggestsUnableToContact(await RecordContactAttempt.AttemptsBeforeSuggestingAsync(db, episode.ProgrammeId, cancellationToken)),
            full ? episode.WhatMatters : null,
            full ? await GoalsAsync(episodeId, cancellationToken) : null,
            full ? await AppointmentsAsync(episodeId, cancellationToken) : null,
            full ? await ReferralsAsync(episodeId, cancellationToken) : null,
            full ? await SignpostsAsync(episodeId, cancellationToken) : null,
            messages, history, episode.DischargeReason,
            full ? await db.FollowUps.AsNoTracking().Where(f => f.EpisodeId == episodeId).Project(db, zone.Today(clock)).ToListAsync(cancellationToken) : null,
            full ? await db.SafeguardingConcerns.AsNoTracking().Where(c => c.EpisodeId == episodeId).Project(db).ToListAsync(cancellationToken) : null,
            full ? episode.PublicReference : null,
            full ? episode.CommunityReferrer : null,
            taken?.Lines,
            taken?.ScreenedNeeds);
    }

    private async Task<StaffMember?> StaffMemberAsync(Guid? accountId, CancellationToken cancellationToken) =>
        accountId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == accountId).Select(u => new StaffMember(u.Id, u.DisplayName)).SingleOrDefaultAsync(cancellationToken);

    private async Task<List<GoalView>> GoalsAsync(Guid episodeId, CancellationToken cancellationToken) =>
        (await db.Goals.AsNoTracking().Where(g => g.EpisodeId == episodeId).OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken))
        .Select(g => new GoalView(g.Id, g.Text, g.Category, g.TargetDate, g.Progress)).ToList();

    private async Task<List<AppointmentView>> AppointmentsAsync(Guid episodeId, CancellationToken cancellationToken) =>
        (await db.Appointments.AsNoTracking().Where(a => a.EpisodeId == episodeId).ToListAsync(cancellationToken))
        .OrderBy(a => a.StartsAt).Select(a => new AppointmentView(a.Id, a.StartsAt, a.Mode, a.Attendance, a.Note)).ToList();

    private async Task<List<ReferralSummary>> ReferralsAsync(Guid episodeId, CancellationToken cancellationToken) =>
        (await (from r in db.OnwardReferrals.AsNoTracking()
                join s in db.Services on r.ServiceId equals s.Id
                join o in db.Organisations on r.OrganisationId equals o.Id
                where r.EpisodeId == episodeId
                select new ReferralSummary(r.Id, r.ServiceId, s.Details.Name, o.Name, r.State, r.SentAt, r.RespondBy)).ToListAsync(cancellationToken))
        .OrderBy(r => r.SentAt ?? DateTimeOffset.MaxValue).ToList();

    private async Task<List<SignpostView>> SignpostsAsync(Guid episodeId, CancellationToken cancellationToken) =>
        (await (from p in db.Signposts.AsNoTracking()
                join s in db.Services on p.ServiceId equals s.Id
                join o in db.Organisations on s.OrganisationId equals o.Id
                where p.EpisodeId == episodeId
                select new SignpostView(p.Id, p.ServiceId, s.Details.Name, o.Name, p.Note, p.At)).ToListAsync(cancellationToken))
        .OrderBy(p => p.At).ToList();

    // A referrer sees how the status moved, not the working notes (contact attempts, assignments) between moves.
    private async Task<List<EventView>> HistoryAsync(Guid recordId, bool movesOnly, CancellationToken cancellationToken) =>
        await (from e in db.PathwayEvents.AsNoTracking()
               join u in db.Users on e.ActorId equals u.Id into actors
               from u in actors.DefaultIfEmpty()
               where e.RecordId == recordId && (!movesOnly || e.FromState != e.ToState)
               orderby e.Version
               select new EventView(e.Version, e.At, e.FromState, e.ToState, e.ReasonCode, e.Reason, u == null ? null : u.DisplayName)).ToListAsync(cancellationToken);
}
