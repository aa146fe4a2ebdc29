using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Notifications;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Pathway;

/// <summary>
/// Who hears of what on the pathway: a provider's staff of a new referral and of a deadline near, the link worker of
/// every answer and ending, the referrer of the message back. In-app notifications name the service; email names
/// no one and carries only a link, because mail leaves the site. Everything joins the caller's unit of work.
/// </summary>
public sealed class PathwayNotifications(LinkworkDbContext db, Notify notify, Outbox outbox, IOptions<LinkworkSettings> settings)
{
    public async Task ReferralSentAsync(OnwardReferral referral, string service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        await TellProviderAsync(referral, $"New referral to {service}", "referral.received", "A new referral is waiting for your answer", cancellationToken);
    }

    public async Task ReferralDueSoonAsync(OnwardReferral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var service = await ServiceNameAsync(referral, cancellationToken);
        await TellProviderAsync(referral, $"A referral to {service} needs your answer by {referral.RespondBy:d MMM}", "referral.due-soon", "A referral needs your answer soon", cancellationToken);
    }

    /// <summary>The link worker hears of every move the provider (or the deadline) makes.</summary>
    public async Task ReferralMovedAsync(OnwardReferral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var found = await (from e in db.Episodes
                           from s in db.Services
                           where e.Id == referral.EpisodeId && s.Id == referral.ServiceId
                           select new { e.LinkWorkerId, Service = s.Details.Name }).SingleAsync(cancellationToken);
        // A referral drafted by an API client (a link worker's system over FHIR) with nobody assigned has no one to tell
        // in Linkwork: that system reads the move from the Task.
        var recipient = found.LinkWorkerId ?? referral.CreatedBy;
        if (found.LinkWorkerId is null && !await db.Users.AnyAsync(u => u.Id == recipient, cancellationToken))
        {
            return;
        }

        notify.User(recipient, $"Referral to {found.Service}: {referral.State}", $"/app/referrals/{referral.Id}", referral.ProgrammeId);
    }

    /// <summary>The referrer who made the referral in Linkwork hears that there is a message back.</summary>
    public async Task MessageBackAsync(Episode episode, MessageToReferrer message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(message);
        if (episode.ReferredBy is not { } referrer
            || await db.Users.Where(u => u.Id == referrer && u.Role == Role.Referrer).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken) is not { } email)
        {
            return;
        }

        var link = $"/app/episodes/{episode.Id}";
        notify.User(referrer, message.Subject, link, episode.ProgrammeId);
        outbox.Email(email, message.Subject, $"There is a message about a person you referred. Sign in to read it: {Absolute(link)}", "episode.message-back", programmeId: episode.ProgrammeId);
    }

    /// <summary>
    /// The programme's link workers and supervisors hear that a referral from the public form waits in triage: nobody
    /// is assigned to it yet, so nobody else would. The text names no one.
    /// </summary>
    public async Task PublicReferralWaitingAsync(Episode episode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var text = episode.Source == ReferralSource.Community ? "New community referral waiting in triage" : "New self-referral waiting in triage";
        var team = await db.Users.Where(u => u.ProgrammeId == episode.ProgrammeId && (u.Role == Role.LinkWorker || u.Role == Role.Supervisor))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var member in team)
        {
            notify.User(member, text, $"/app/episodes/{episode.Id}", episode.ProgrammeId);
        }
    }

    /// <summary>
    /// Every supervisor of the programme hears at once, in the app and by email (a link only: mail leaves the site),
    /// except one who raised it themselves.
    /// </summary>
    public async Task SafeguardingConcernRaisedAsync(SafeguardingConcern concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        // An API client acting for the team may raise one too: it is named as the client.
        var raisedBy = await db.Users.Where(u => u.Id == concern.RaisedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            ?? await db.ApiClients.Where(c => c.Id == concern.RaisedBy).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            ?? "a member of the team";
        var link = $"/app/episodes/{concern.EpisodeId}#safeguarding";
        var supervisors = await db.Users.Where(u => u.ProgrammeId == concern.ProgrammeId && u.Role == Role.Supervisor && u.Id != concern.RaisedBy)
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        foreach (var supervisor in supervisors)
        {
            notify.User(supervisor.Id, $"Safeguarding concern raised by {raisedBy}", link, concern.ProgrammeId);
            if (supervisor.Email is not null)
            {
                outbox.Email(supervisor.Email, "A safeguarding concern has been raised", $"Sign in to Linkwork to see it: {Absolute(link)}", "safeguarding.raised", programmeId: concern.ProgrammeId);
            }
        }
    }

    /// <summary>
    /// A questionnaire answer that needs a same-day safety response (PHQ-9 item 9): the episode's link worker and every
    /// supervisor hear of it, whoever recorded the answer, except the member of staff who was there when it was given.
    /// </summary>
    public async Task SafeguardingAnswerGivenAsync(SafeguardingConcern concern, Guid? linkWorkerId, Guid? presentStaff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var link = $"/app/episodes/{concern.EpisodeId}#safeguarding";
        var team = await db.Users.Where(u => u.ProgrammeId == concern.ProgrammeId && (u.Role == Role.Supervisor || u.Id == linkWorkerId) && u.Id != presentStaff)
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        foreach (var member in team)
        {
            notify.User(member.Id, "A questionnaire answer needs a safety response today", link, concern.ProgrammeId);
            if (member.Email is not null)
            {
                outbox.Email(member.Email, "A questionnaire answer needs a safety response today", $"Sign in to Linkwork to see it: {Absolute(link)}", "safeguarding.answer", programmeId: concern.ProgrammeId);
            }
        }
    }

    private async Task TellProviderAsync(OnwardReferral referral, string text, string kind, string subject, CancellationToken cancellationToken)
    {
        var link = $"/app/referrals/{referral.Id}";
        var staff = await db.Users.Where(u => u.OrganisationId == referral.OrganisationId && u.Role == Role.ProviderStaff)
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        foreach (var member in staff)
        {
            notify.User(member.Id, text, link, referral.ProgrammeId);
            if (member.Email is not null)
            {
                outbox.Email(member.Email, subject, $"Sign in to Linkwork to see it: {Absolute(link)}", kind, programmeId: referral.ProgrammeId);
            }
        }
    }

    private Task<string> ServiceNameAsync(OnwardReferral referral, CancellationToken cancellationToken) =>
        db.Services.Where(s => s.Id == referral.ServiceId).Select(s => s.Details.Name).SingleAsync(cancellationToken);

    private string Absolute(string link) => settings.Value.PublicUrl.TrimEnd('/') + link;
}
