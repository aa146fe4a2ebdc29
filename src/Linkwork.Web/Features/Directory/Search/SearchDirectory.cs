using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Finds services: the index ranks and filters, then the page's services are read from the database so what is
/// shown is what is stored. Used by the public directory page and <c>/api/v1/directory/search</c>.
/// </summary>
public sealed class SearchDirectory(LinkworkDbContext db, DirectorySearch search, DirectoryTimeZone timeZone, TimeProvider clock)
{
    public const int SnippetLength = 220;

    public sealed record Result(int Total, int Page, int PageSize, int TotalPages, IReadOnlyList<Hit> Results, SearchFacets Facets);

    public sealed record Hit(
        Guid Id, string Name, string OrganisationName, Guid OrganisationId, NeedCategory? Need, IReadOnlyList<SnippetPart> Snippet,
        double? DistanceKm, Place? Location, ReferralMode ReferralMode, ServiceStatus Status, CapacityStatus? Capacity,
        int? EstimatedWaitWeeks, bool IsFree, DateOnly? AssuredDate, double Score);

    public sealed record Place(Guid Id, string? Name, string? Postcode, double? Latitude, double? Longitude);

    public sealed record SnippetPart(string Text, bool Match);

    /// <summary>Runs a checked query; <paramref name="request"/> errors come back keyed by field, and nothing runs.</summary>
    public async Task<(Result? Result, Dictionary<string, string[]> Errors)> HandleAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.ToQuery(clock.GetUtcNow(), timeZone.Zone, out var errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var found = await search.SearchAsync(query, cancellationToken);
        var ids = found.Hits.Select(h => h.ServiceId).ToList();
        var services = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.OrganisationId, s.Details.Name, s.Details.Description, s.Details.Need, s.Details.ReferralMode, s.Details.Status, s.Capacity, s.Details.AssuredDate, s.Details.Fees, s.Details.FeesDescription, s.Details.CostOptions, s.Details.Locations })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var organisationIds = services.Values.Select(s => s.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        // With no point to measure from, a service is placed at its first location.
        Guid? PlaceOf(SearchHit hit) => hit.NearestLocationId
            ?? (services.TryGetValue(hit.ServiceId, out var s) && s.Locations.Count > 0 ? s.Locations[0].LocationId : null);
        var locationIds = found.Hits.Select(PlaceOf).OfType<Guid>().Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id))
            .Select(l => new { l.Id, l.Details.Name, l.Details.Latitude, l.Details.Longitude, l.Details.Addresses })
            .ToDictionaryAsync(l => l.Id, cancellationToken);

        var hits = new List<Hit>(found.Hits.Count);
        foreach (var hit in found.Hits)
        {
            // A service deleted between the index and the read is simply not shown.
            if (!services.TryGetValue(hit.ServiceId, out var service))
            {
                continue;
            }

            Place? place = null;
            if (PlaceOf(hit) is { } locationId && locations.TryGetValue(locationId, out var location))
            {
                place = new Place(location.Id, location.Name, (location.Addresses.Count > 0 ? location.Addresses[0].PostalCode : null), location.Latitude, location.Longitude);
            }

            var snippet = SearchSnippet.Build(service.Description ?? "", hit.MatchedTerms, SnippetLength)
                .Select(segment => new SnippetPart(segment.Text, segment.IsMatch)).ToList();
            hits.Add(new Hit(
                service.Id, service.Name, organisations.GetValueOrDefault(service.OrganisationId) ?? "", service.OrganisationId, service.Need, snippet,
                hit.DistanceKm is { } km ? Math.Round(km, 2) : null, place, service.ReferralMode, service.Status, service.Capacity?.Status,
                service.Capacity?.EstimatedWaitWeeks, ServiceDetailsRules.IsFree(service.Fees, service.FeesDescription, service.CostOptions), service.AssuredDate, Math.Round(hit.Score, 4)));
        }

        var totalPages = (int)Math.Ceiling(found.Total / (double)found.PageSize);
        return (new Result(found.Total, found.Page, found.PageSize, totalPages, hits, found.Facets), errors);
    }
}
