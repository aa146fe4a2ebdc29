using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// Moves an episode along its state machine. Where the referrer must hear (accepted, declined, unable to contact,
/// discharged) the message back is composed in the same unit of work, with the programme's codes.
/// </summary>
public sealed class MoveEpisode(LinkworkDbContext db, PathwayRecords records, PathwayNotifications notifications, AuditTrail audit, TimeProvider clock)
{
    public async Task<Episode> HandleAsync(
        ClaimsPrincipal user, Guid episodeId, EpisodeMove move, EpisodeMoveDetails details, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(details);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion, cancellationToken);
        var (by, now) = (user.ActorId(), clock.GetUtcNow());
        switch (move)
        {
            case EpisodeMove.Accept:
                episode.Accept(by, now);
                break;
            case EpisodeMove.Decline:
                episode.Decline(details.Reason ?? "", by, now);
                break;
            case EpisodeMove.UnableToContact:
                episode.MarkUnableToContact(by, now);
                break;
            case EpisodeMove.AgreePlan:
                episode.AgreePlan(await db.Goals.CountAsync(g => g.EpisodeId == episodeId, cancellationToken), by, now);
                break;
            case EpisodeMove.Discharge:
                episode.Discharge(details.DischargeReason ?? throw new DomainRuleException("A discharge needs a reason."), details.Reason, by, now);
                break;
            case EpisodeMove.EnteredInError:
                episode.MarkEnteredInError(details.Reason ?? "", by, now);
                break;
            default:
                throw new DomainRuleException($"'{move}' is not a move of an episode.");
        }

        if (episode.Source != ReferralSource.SelfReferral && episode.State is EpisodeState.Accepted or EpisodeState.Declined
            or EpisodeState.UnableToContact or EpisodeState.Discharged)
        {
            await ComposeMessageBackAsync(episode, now, cancellationToken);
        }

        audit.Record($"episode.{move.ToString().ToLowerInvariant()}", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }

    private async Task ComposeMessageBackAsync(Episode episode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == episode.ProgrammeId, cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId).Select(p => new { p.GivenName, p.FamilyName }).SingleAsync(cancellationToken);
        var message = MessageToReferrer.Compose(Guid.CreateVersion7(now), episode, programme, $"{person.GivenName} {person.FamilyName}", now);
        db.MessagesToReferrers.Add(message);
        await notifications.MessageBackAsync(episode, message, cancellationToken);
    }
}
