using System.Security.Claims;
using System.Text.Json.Serialization;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>Starts an onward referral from an episode to one service that takes referrals. Nothing is shared until it is sent.</summary>
public sealed class DraftReferral(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    /// <param name="EpisodeId">The open episode the person is referred on from.</param>
    /// <param name="ServiceId">The community service referred to.</param>
    /// <param name="Note">What the provider is told.</param>
    /// <param name="RequesterIdentifier">
    /// The link worker's system's own identifier for the referral (a FHIR ServiceRequest's), kept so a retry finds it.
    /// Not part of the REST API's body: only the FHIR transaction sets it.
    /// </param>
    public sealed record Command(
        Guid EpisodeId, Guid ServiceId, string Note, [property: JsonIgnore] RequesterIdentifier? RequesterIdentifier = null);

    public async Task<OnwardReferral> HandleAsync(ClaimsPrincipal user, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, command.EpisodeId, expectedVersion: null, cancellationToken);
        var service = await (from s in db.Services.AsNoTracking()
                             join o in db.Organisations on s.OrganisationId equals o.Id
                             where s.Id == command.ServiceId && o.ProgrammeId == episode.ProgrammeId
                             select s).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("service", command.ServiceId);
        var now = clock.GetUtcNow();
        var referral = OnwardReferral.Draft(Guid.CreateVersion7(now), episode, service, command.Note, user.ActorId(), now, command.RequesterIdentifier);
        db.OnwardReferrals.Add(referral);
        audit.Record("referral.create", nameof(OnwardReferral), referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}
