using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// Tells the person about a service, any running service of the programme's directory, including those that only
/// take people who turn up. Nothing is sent to the provider and nothing waits for an answer: it is not a referral.
/// </summary>
public sealed class GiveSignpost(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(Guid ServiceId, string? Note);

    public async Task<SignpostView> HandleAsync(ClaimsPrincipal user, Guid episodeId, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion: null, cancellationToken);
        var found = await (from s in db.Services.AsNoTracking()
                           join o in db.Organisations on s.OrganisationId equals o.Id
                           where s.Id == command.ServiceId && o.ProgrammeId == episode.ProgrammeId
                           select new { Service = s, OrganisationName = o.Name }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("service", command.ServiceId);
        var now = clock.GetUtcNow();
        var signpost = Signpost.Give(Guid.CreateVersion7(now), episode, found.Service, command.Note, user.ActorId(), now);
        db.Signposts.Add(signpost);
        audit.Record("signpost.create", nameof(Signpost), signpost.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new SignpostView(signpost.Id, signpost.ServiceId, found.Service.Name, found.OrganisationName, signpost.Note, signpost.At);
    }
}
