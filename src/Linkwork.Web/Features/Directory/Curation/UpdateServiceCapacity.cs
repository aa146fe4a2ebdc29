using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>A provider (or curator) says whether the service can take people now: two clicks on the provider's page.</summary>
public sealed class UpdateServiceCapacity(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectorySearch search)
{
    public async Task<CurationOutcome> HandleAsync(
        ClaimsPrincipal user, Guid serviceId, CapacityStatus status, int? estimatedWaitWeeks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (service, outcome) = await ListingAccess.LoadForEditAsync(db, user, serviceId, curatorsOnly: false, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome;
        }

        var by = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? user.Id()?.ToString() ?? "unknown";
        service!.UpdateCapacity(new ServiceCapacity(status, estimatedWaitWeeks, clock.GetUtcNow(), by));
        audit.Record("service.capacity", nameof(Service), serviceId);
        await db.SaveChangesAsync(cancellationToken);
        await search.ServicesChangedAsync([serviceId], imported: false, cancellationToken);
        return CurationOutcome.Done;
    }
}
