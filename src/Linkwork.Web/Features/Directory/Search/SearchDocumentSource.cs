using System.Runtime.CompilerServices;
using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Turns stored services into what the search index needs (their text, classification, eligibility and the
/// coordinates of every place they are delivered) and the ids of their service_at_location records. Only the
/// columns the indexes use are read.
/// </summary>
public sealed class SearchDocumentSource(LinkworkDbContext db)
{
    private const int ChunkSize = 5_000;

    public async IAsyncEnumerable<IndexedService> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lookups = await LoadLookupsAsync(db.Organisations, db.TaxonomyTerms, db.Locations, cancellationToken);
        await foreach (var row in Rows(db.Services.AsNoTracking()).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Indexed(row, lookups);
        }
    }

    /// <summary>The given services only, with only the organisations, terms and places they point at: this runs after every save.</summary>
    public async Task<IReadOnlyList<IndexedService>> ForAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceIds);
        var services = new List<IndexedService>(serviceIds.Count);
        foreach (var chunk in serviceIds.Chunk(ChunkSize))
        {
            var rows = await Rows(db.Services.AsNoTracking().Where(s => chunk.Contains(s.Id))).ToListAsync(cancellationToken);
            var organisationIds = rows.Select(r => r.OrganisationId).Distinct().ToList();
            var termIds = rows.SelectMany(r => r.Attributes).Select(a => a.TaxonomyTermId).Distinct().ToList();
            var locationIds = rows.SelectMany(r => r.Locations).Select(l => l.LocationId).Distinct().ToList();
            var lookups = await LoadLookupsAsync(
                db.Organisations.Where(o => organisationIds.Contains(o.Id)), db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)),
                db.Locations.Where(l => locationIds.Contains(l.Id)), cancellationToken);
            services.AddRange(rows.Select(row => Indexed(row, lookups)));
        }

        return services;
    }

    private static IQueryable<Row> Rows(IQueryable<Service> services) =>
        services.Select(s => new Row(
            s.Id, s.OrganisationId, s.Details.Name, s.Details.AlternateName, s.Details.Description, s.Details.Need,
            s.Details.MinimumAge, s.Details.MaximumAge, s.Details.Languages, s.Details.Fees, s.Details.FeesDescription,
            s.Details.CostOptions, s.Details.Modes, s.Details.ReferralMode, s.Details.Status, s.Capacity, s.Details.AssuredDate,
            s.Details.Locations, s.Details.Schedules, s.Details.Attributes));

    private static async Task<Lookups> LoadLookupsAsync(
        IQueryable<Domain.Access.Organisation> organisationRows, IQueryable<TaxonomyTerm> termRows, IQueryable<Location> locationRows,
        CancellationToken cancellationToken)
    {
        var organisations = await organisationRows.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var terms = await termRows.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var locations = new Dictionary<Guid, (SearchLocation? Place, IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules)>();
        await foreach (var location in locationRows.AsNoTracking()
            .Select(l => new { l.Id, l.Details.Name, l.Details.Latitude, l.Details.Longitude, l.Details.Addresses, l.Details.Schedules })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var postcode = location.Addresses.FirstOrDefault(a => a.AddressType == "physical")?.PostalCode ?? (location.Addresses.Count > 0 ? location.Addresses[0].PostalCode : null);
            var place = location.Latitude is { } latitude && location.Longitude is { } longitude
                ? new SearchLocation(location.Id, location.Name, latitude, longitude, postcode)
                : null;
            locations[location.Id] = (place, location.Schedules);
        }

        return new Lookups(organisations, terms, locations);
    }

    private static IndexedService Indexed(Row row, Lookups lookups)
    {
        var places = new List<SearchLocation>(row.Locations.Count);
        var schedules = new List<Domain.Directory.Parts.Schedule>(row.Schedules);
        foreach (var at in row.Locations)
        {
            if (lookups.Locations.TryGetValue(at.LocationId, out var location))
            {
                if (location.Place is { } place)
                {
                    places.Add(place);
                }

                // Hours given for the service at this place, or else the place's own, when the service gives none.
                schedules.AddRange(at.Schedules.Count > 0 ? at.Schedules : row.Schedules.Count == 0 ? location.Schedules : []);
            }
        }

        var termIds = row.Attributes.Select(a => a.TaxonomyTermId).Distinct().ToList();
        var document = new SearchDocument(
            row.Id, row.Name, row.AlternateName, row.Description, lookups.Organisations.GetValueOrDefault(row.OrganisationId),
            termIds, [.. termIds.Select(id => lookups.Terms.GetValueOrDefault(id)).OfType<string>()],
            row.Need, row.MinimumAge, row.MaximumAge,
            [.. row.Languages.Select(l => LanguageCodes.Primary(l.Code)).OfType<string>().Distinct()],
            ServiceDetailsRules.IsFree(row.Fees, row.FeesDescription, row.CostOptions), row.Modes, row.ReferralMode, row.Status, row.Capacity?.Status, row.AssuredDate,
            places,
            [.. schedules.SelectMany(s => s.WeeklyOpenings()).Distinct().Select(o => new OpeningSlot(o.Day, o.Opens, o.Closes))]);
        return new IndexedService(document, [.. row.Locations.Select(at => at.Id)]);
    }

    private sealed record Row(
        Guid Id, Guid OrganisationId, string Name, string? AlternateName, string? Description, NeedCategory? Need,
        int? MinimumAge, int? MaximumAge, IReadOnlyList<Domain.Directory.Parts.Language> Languages, string? Fees, string? FeesDescription,
        IReadOnlyList<Domain.Directory.Parts.CostOption> CostOptions, DeliveryModes Modes, ReferralMode ReferralMode, ServiceStatus Status,
        ServiceCapacity? Capacity, DateOnly? AssuredDate, IReadOnlyList<ServiceAtLocation> Locations,
        IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules, IReadOnlyList<Domain.Directory.Parts.TermLink> Attributes);

    private sealed record Lookups(
        Dictionary<Guid, string> Organisations, Dictionary<Guid, string> Terms,
        Dictionary<Guid, (SearchLocation? Place, IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules)> Locations);
}
