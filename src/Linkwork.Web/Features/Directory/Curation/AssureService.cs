using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>
/// A curator records that a listing was checked today (HSDS assured_date and assurer_email), which takes it off the
/// stale worklist and lifts it in search. "Today" is the directory's local date, as people there would write it.
/// </summary>
public sealed class AssureService(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectoryTimeZone zone, DirectorySearch search)
{
    public async Task<CurationOutcome> HandleAsync(ClaimsPrincipal user, Guid serviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (service, outcome) = await ListingAccess.LoadForEditAsync(db, user, serviceId, curatorsOnly: true, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome;
        }

        service!.Assure(zone.Today(clock), user.FindFirstValue(ClaimTypes.Email) ?? "", clock.GetUtcNow());
        audit.Record("service.assured", nameof(Service), serviceId);
        await db.SaveChangesAsync(cancellationToken);
        await search.ServicesChangedAsync([serviceId], imported: false, cancellationToken);
        return CurationOutcome.Done;
    }
}
