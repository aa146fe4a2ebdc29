using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>A curator edits a listing directly; providers propose the same edit instead (<see cref="ProposeServiceChange"/>).</summary>
public sealed class EditService(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectorySearch search)
{
    public async Task<CurationOutcome> HandleAsync(
        ClaimsPrincipal user, Guid serviceId, IReadOnlyDictionary<ServiceField, string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var (service, outcome) = await ListingAccess.LoadForEditAsync(db, user, serviceId, curatorsOnly: true, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome;
        }

        service!.Revise(service.Details.WithAll(values), clock.GetUtcNow());
        audit.Record("service.edited", nameof(Service), serviceId);
        await db.SaveChangesAsync(cancellationToken);
        await search.ServicesChangedAsync([serviceId], imported: false, cancellationToken);
        return CurationOutcome.Done;
    }
}
