using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>Loads exactly the organisations, locations, terms and taxonomies a page of services points at.</summary>
public sealed class HsdsLookups(LinkworkDbContext db)
{
    public async Task<HsdsWriter> WriterForAsync(IReadOnlyCollection<Service> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var organisationIds = services.Select(s => s.OrganisationId).Distinct().ToList();
        var locationIds = services.SelectMany(s => s.Details.Locations).Select(l => l.LocationId).Distinct().ToList();
        var termIds = services.SelectMany(s => s.Details.Attributes).Select(a => a.TaxonomyTermId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => termIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var taxonomyIds = terms.Select(t => t.TaxonomyId).OfType<Guid>().Distinct().ToList();
        var taxonomies = await db.Taxonomies.AsNoTracking().Where(t => taxonomyIds.Contains(t.Id)).ToListAsync(cancellationToken);
        return new HsdsWriter(HsdsWriterLookups.From(organisations, locations, terms, taxonomies));
    }
}
