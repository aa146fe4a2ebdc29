using Linkwork.Data.Search;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Finds services: the index ranks and filters, then the page's services are read from the database so what is
/// shown is what is stored. Used by the public directory page and <c>/api/v1/directory/search</c>.
/// </summary>
public sealed class SearchDirectory(SearchPageReader reader, DirectorySearch search, DirectoryTimeZone timeZone, TimeProvider clock)
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
        Dictionary<Guid, SearchPageReader.ServiceRow> services;
        Dictionary<Guid, SearchPageReader.PlaceRow> locations;
        await using (await reader.OpenAsync(cancellationToken))
        {
            services = await reader.ServicesAsync(ids, cancellationToken);

            // With no point to measure from, a service is placed at its first location.
            var locationIds = found.Hits.Select(PlaceOf).OfType<Guid>().Distinct().ToList();
            locations = await reader.PlacesAsync(locationIds, cancellationToken);
        }

        Guid? PlaceOf(SearchHit hit) => hit.NearestLocationId ?? (services.TryGetValue(hit.ServiceId, out var s) ? s.FirstLocationId : null);

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
                place = new Place(location.Id, location.Name, location.Postcode, location.Latitude, location.Longitude);
            }

            var snippet = SearchSnippet.Build(service.Description ?? "", hit.MatchedTerms, SnippetLength)
                .Select(segment => new SnippetPart(segment.Text, segment.IsMatch)).ToList();
            hits.Add(new Hit(
                service.Id, service.Name, service.OrganisationName, service.OrganisationId, service.Need, snippet,
                hit.DistanceKm is { } km ? Math.Round(km, 2) : null, place, service.ReferralMode, service.Status, service.Capacity,
                service.EstimatedWaitWeeks, service.IsFree, service.AssuredDate, Math.Round(hit.Score, 4)));
        }

        var totalPages = (int)Math.Ceiling(found.Total / (double)found.PageSize);
        return (new Result(found.Total, found.Page, found.PageSize, totalPages, hits, found.Facets), errors);
    }
}
