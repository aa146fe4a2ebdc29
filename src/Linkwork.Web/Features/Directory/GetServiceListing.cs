using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory;

/// <summary>Everything the public service page shows: the service, who runs it, where, and how it is classified.</summary>
public sealed class GetServiceListing(LinkworkDbContext db)
{
    public sealed record Listing(Service Service, Organisation Organisation, IReadOnlyList<Location> Locations, IReadOnlyDictionary<Guid, string> Terms);

    /// <summary>The listing, or null when there is none or it is no longer published (inactive or defunct).</summary>
    public async Task<Listing?> HandleAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null || !service.Details.Status.IsListed())
        {
            return null;
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == service.OrganisationId, cancellationToken);
        var locationIds = service.Details.Locations.Select(l => l.LocationId).ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var termIds = service.Details.Attributes.Select(a => a.TaxonomyTermId).ToList();
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return new Listing(service, organisation, [.. locations.OrderBy(l => locationIds.IndexOf(l.Id))], terms);
    }
}
