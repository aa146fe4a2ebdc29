using System.Security.Claims;
using System.Text.Json.Serialization;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// A referral into the programme: by its own staff, or by a referrer (a practice, a hospital team), whose
/// organisation is recorded so they can follow the status and receive the message back.
/// </summary>
public sealed class ReceiveEpisode(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <param name="PersonId">Who is referred.</param>
    /// <param name="Source">Who referred them.</param>
    /// <param name="Reasons">Why.</param>
    /// <param name="LinkWorkerId">The link worker to assign, if the programme's team assigns one at once.</param>
    /// <param name="RequesterIdentifier">
    /// The referring system's own identifier for the referral (a FHIR ServiceRequest's), kept so a retry finds it.
    /// Not part of the REST API's body: only the FHIR transaction sets it.
    /// </param>
    public sealed record Command(
        Guid PersonId, ReferralSource Source, string Reasons, Guid? LinkWorkerId = null, [property: JsonIgnore] RequesterIdentifier? RequesterIdentifier = null);

    public async Task<Episode> HandleAsync(ClaimsPrincipal user, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        user.RequireMayRefer();

        var programme = user.ProgrammeOf();
        if (!await db.People.AnyAsync(p => p.Id == command.PersonId && p.ProgrammeId == programme, cancellationToken))
        {
            throw new RecordNotFoundException("person", command.PersonId);
        }

        var now = clock.GetUtcNow();
        var referrerOrganisation = user.RoleOf() == Role.Referrer ? user.OrganisationOf() : null;
        var episode = Episode.Receive(
            Guid.CreateVersion7(now), programme!.Value, command.PersonId, command.Source, command.Reasons, referrerOrganisation, user.Id(), now,
            command.RequesterIdentifier);
        if (command.LinkWorkerId is { } linkWorker)
        {
            user.RequireCaseloadWorker();
            await EnsureLinkWorkerAsync(db, programme.Value, linkWorker, cancellationToken);
            episode.AssignTo(linkWorker, user.Id(), now);
        }

        db.Episodes.Add(episode);
        audit.Record("episode.create", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }

    /// <summary>An episode is assigned only to a link worker or supervisor of its own programme.</summary>
    public static async Task EnsureLinkWorkerAsync(LinkworkDbContext db, Guid programmeId, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.Users.AnyAsync(u => u.Id == accountId && u.ProgrammeId == programmeId && (u.Role == Role.LinkWorker || u.Role == Role.Supervisor), cancellationToken))
        {
            throw new Domain.Common.DomainRuleException("Episodes are assigned to a link worker or supervisor of the programme; that account is neither.");
        }
    }
}
