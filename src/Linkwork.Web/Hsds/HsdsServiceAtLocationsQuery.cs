using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>
/// The HSDS API's <c>/service_at_locations</c>: one item for each place a listed service is delivered, with the
/// filters of <c>/services</c> (all cumulative) and proximity. Without proximity, items come in service id order
/// and then in the order the service lists its places; with it, only places within the distance, nearest first.
/// Which services qualify comes from the search index (text, taxonomy, distance) and the database (organisation,
/// modified date); how many places each has comes from <see cref="ServiceAtLocationMap"/>, so that a page reads
/// its own services rather than all of them.
/// </summary>
public sealed class HsdsServiceAtLocationsQuery(LinkworkDbContext db, DirectorySearch search, HsdsSearchMatches matches)
{
    // Within what one query may list by id on both databases, whose parameter limits differ.
    private const int ChunkSize = 2_000;

    // The index measures from single-precision offsets; a metre more there keeps a place right on the edge,
    // which is measured exactly here, from being left out before it is measured.
    private const double IndexRadiusSlackKm = 0.001;

    public sealed record Proximity(double Latitude, double Longitude, double Metres);

    public sealed record Filters(HsdsServicesQuery.Filters Services, Proximity? Near);

    /// <summary>One item of a page: a service, and one of the places it is delivered.</summary>
    public sealed record Item(Service Service, ServiceAtLocation Place);

    public async Task<(List<Item> Page, int Total)> HandleAsync(Filters filters, int page, int perPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var (services, near) = (filters.Services, filters.Near);
        var criteria = new HsdsSearchMatches.Criteria(services.Search, services.TaxonomyTermId, services.TaxonomyId,
            near?.Latitude, near?.Longitude, near is null ? null : (near.Metres / 1000) + IndexRadiusSlackKm);
        var candidates = await matches.FindAsync(criteria, cancellationToken);
        if (services.OrganisationId is not null || services.ModifiedAfter is not null)
        {
            candidates = await FilterInDatabaseAsync(services, candidates, cancellationToken);
        }

        var skip = (int)Math.Min((long)(page - 1) * perPage, int.MaxValue);
        if (near is null)
        {
            var serviceAtLocations = await search.ServiceAtLocationsAsync(cancellationToken);
            var order = candidates is null ? serviceAtLocations.InOrder() : serviceAtLocations.InOrder(candidates);
            var slice = order.Slice(skip, perPage);
            var rows = await ListedAsync(slice.Select(s => s.ServiceId), cancellationToken);
            var items = slice.Where(s => rows.ContainsKey(s.ServiceId))
                .SelectMany(s => rows[s.ServiceId].Details.Locations.Skip(s.First).Take(s.Count).Select(at => new Item(rows[s.ServiceId], at)))
                .ToList();
            return (items, order.Total);
        }

        // Proximity always comes through the index, so there are candidates.
        var places = await MeasureAsync(candidates!, near, cancellationToken);
        var onPage = places.Skip(skip).Take(perPage).ToList();
        var pageRows = await ListedAsync(onPage.Select(p => p.ServiceId).Distinct(), cancellationToken);
        var nearest = onPage.Where(p => pageRows.ContainsKey(p.ServiceId) && p.Position < pageRows[p.ServiceId].Details.Locations.Count)
            .Select(p => new Item(pageRows[p.ServiceId], pageRows[p.ServiceId].Details.Locations[p.Position]))
            .ToList();
        return (nearest, places.Count);
    }

    /// <summary>The candidates (or, with none from the index, all services) of the organisation and modified since the date.</summary>
    private async Task<List<Guid>> FilterInDatabaseAsync(HsdsServicesQuery.Filters filters, IReadOnlyList<Guid>? candidates, CancellationToken cancellationToken)
    {
        var services = HsdsServicesQuery.Filtered(db.Services.AsNoTracking(), filters);
        if (candidates is null)
        {
            return await services.Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var kept = new List<Guid>(candidates.Count);
        foreach (var chunk in candidates.Chunk(ChunkSize))
        {
            kept.AddRange(await services.Where(s => chunk.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        return kept;
    }

    /// <summary>Every place of the candidates within the distance, nearest first (ties in service and place order).</summary>
    private async Task<List<(Guid ServiceId, int Position, double Km)>> MeasureAsync(IReadOnlyList<Guid> candidates, Proximity near, CancellationToken cancellationToken)
    {
        var placesOf = new List<(Guid ServiceId, IReadOnlyList<ServiceAtLocation> Places)>(candidates.Count);
        foreach (var chunk in candidates.Chunk(ChunkSize))
        {
            var rows = await db.Services.AsNoTracking().Where(s => chunk.Contains(s.Id))
                .Select(s => new { s.Id, s.Details.Status, s.Details.Locations }).ToListAsync(cancellationToken);
            placesOf.AddRange(rows.Where(r => r.Status.IsListed()).Select(r => (r.Id, r.Locations)));
        }

        var points = new Dictionary<Guid, (double Latitude, double Longitude)>();
        foreach (var chunk in placesOf.SelectMany(s => s.Places).Select(at => at.LocationId).Distinct().Chunk(ChunkSize))
        {
            var located = await db.Locations.AsNoTracking().Where(l => chunk.Contains(l.Id) && l.Details.Latitude != null && l.Details.Longitude != null)
                .Select(l => new { l.Id, l.Details.Latitude, l.Details.Longitude }).ToListAsync(cancellationToken);
            foreach (var location in located)
            {
                points[location.Id] = (location.Latitude!.Value, location.Longitude!.Value);
            }
        }

        var limitKm = near.Metres / 1000;
        var within = new List<(Guid ServiceId, int Position, double Km)>();
        foreach (var (serviceId, places) in placesOf)
        {
            for (var position = 0; position < places.Count; position++)
            {
                if (points.TryGetValue(places[position].LocationId, out var point)
                    && GreatCircle.Kilometres(near.Latitude, near.Longitude, point.Latitude, point.Longitude) is var km && km <= limitKm)
                {
                    within.Add((serviceId, position, km));
                }
            }
        }

        within.Sort((a, b) => a.Km != b.Km ? a.Km.CompareTo(b.Km) : a.ServiceId != b.ServiceId ? a.ServiceId.CompareTo(b.ServiceId) : a.Position.CompareTo(b.Position));
        return within;
    }

    /// <summary>The page's services as stored now, leaving out any unlisted since the index last heard of them.</summary>
    private async Task<Dictionary<Guid, Service>> ListedAsync(IEnumerable<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var ids = serviceIds.ToList();
        var rows = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return rows.Where(s => s.Details.Status.IsListed()).ToDictionary(s => s.Id);
    }
}
