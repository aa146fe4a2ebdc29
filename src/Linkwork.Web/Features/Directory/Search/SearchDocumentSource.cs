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
public sealed class SearchDocumentSource(LinkworkDbContext db, IServiceScopeFactory scopes)
{
    private const int ChunkSize = 5_000;

    /// <summary>
    /// Every stored service, for a full build, in batches in no particular order; from <paramref name="splitAbove"/>
    /// services on, read in two halves at once. Read with plain SQL rather than EF queries (see
    /// <see cref="AllServicesReader"/>): at a million services EF's materialisation took most of a minute, and the
    /// index should be ready within seconds of a start.
    /// </summary>
    public IAsyncEnumerable<IndexedService[]> AllInBatchesAsync(
        int batchSize, int splitAbove = AllServicesReader.SplitThreshold, CancellationToken cancellationToken = default) =>
        AllServicesReader.ReadAsync(db, scopes, batchSize, splitAbove, cancellationToken);

    /// <summary>How many services are stored, so that a full build can size its arrays once.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => db.Services.CountAsync(cancellationToken);

    /// <summary>The given services only, with only the organisations, terms and places they point at: this runs after every save.</summary>
    public async Task<IReadOnlyList<IndexedService>> ForAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceIds);
        var services = new List<IndexedService>(serviceIds.Count);
        foreach (var chunk in serviceIds.Chunk(ChunkSize))
        {
            var stored = await Rows(db.Services.AsNoTracking().Where(s => chunk.Contains(s.Id))).ToListAsync(cancellationToken);
            var rows = stored.Select(row => row.ToRow()).ToList();
            var organisationIds = rows.Select(r => r.OrganisationId).Distinct().ToList();
            var termIds = rows.SelectMany(r => r.TermIds).Distinct().ToList();
            var locationIds = rows.SelectMany(r => r.Locations).Select(l => l.LocationId).Distinct().ToList();
            var lookups = await LoadLookupsAsync(
                db.Organisations.Where(o => organisationIds.Contains(o.Id)), db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)),
                db.Locations.Where(l => locationIds.Contains(l.Id)), cancellationToken);
            services.AddRange(rows.Select(row => Indexed(row, lookups)));
        }

        return services;
    }

    private static IQueryable<StoredRow> Rows(IQueryable<Service> services) =>
        services.Select(s => new StoredRow(
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
            locations[location.Id] = (Place(location.Id, location.Name, location.Latitude, location.Longitude, Domain.Directory.Parts.Address.PostcodeOf(location.Addresses)), location.Schedules);
        }

        return new Lookups(organisations, terms, locations);
    }

    /// <summary>Where a location is on the map (with the postcode of its physical address, else its first); null when it has no coordinates.</summary>
    internal static SearchLocation? Place(Guid id, string? name, double? latitude, double? longitude, string? postcode) =>
        latitude is { } north && longitude is { } east ? new SearchLocation(id, name, north, east, postcode) : null;

    internal static IndexedService Indexed(Row row, Lookups lookups)
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

        var termIds = row.TermIds.Distinct().ToList();
        var document = new SearchDocument(
            row.Id, row.Name, row.AlternateName, row.Description, lookups.Organisations.GetValueOrDefault(row.OrganisationId),
            termIds, [.. termIds.Select(id => lookups.Terms.GetValueOrDefault(id)).OfType<string>()],
            row.Need, row.MinimumAge, row.MaximumAge,
            [.. row.LanguageCodes.Select(LanguageCodes.Primary).OfType<string>().Distinct()],
            row.IsFree, row.Modes, row.ReferralMode, row.Status, row.Capacity, row.AssuredDate,
            places,
            [.. schedules.SelectMany(s => s.WeeklyOpenings()).Distinct().Select(o => new OpeningSlot(o.Day, o.Opens, o.Closes))]);
        return new IndexedService(document, [.. row.Locations.Select(at => at.Id)]);
    }

    /// <summary>One service as the index reads it, whichever way it was loaded.</summary>
    internal sealed record Row(
        Guid Id, Guid OrganisationId, string Name, string? AlternateName, string? Description, NeedCategory? Need,
        int? MinimumAge, int? MaximumAge, IReadOnlyList<string> LanguageCodes, bool IsFree, DeliveryModes Modes, ReferralMode ReferralMode,
        ServiceStatus Status, CapacityStatus? Capacity, DateOnly? AssuredDate, IReadOnlyList<ServiceAtLocation> Locations,
        IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules, IReadOnlyList<Guid> TermIds);

    /// <summary>One service as EF reads it (whole parts), for the index's updates after a save.</summary>
    private sealed record StoredRow(
        Guid Id, Guid OrganisationId, string Name, string? AlternateName, string? Description, NeedCategory? Need,
        int? MinimumAge, int? MaximumAge, IReadOnlyList<Domain.Directory.Parts.Language> Languages, string? Fees, string? FeesDescription,
        IReadOnlyList<Domain.Directory.Parts.CostOption> CostOptions, DeliveryModes Modes, ReferralMode ReferralMode, ServiceStatus Status,
        ServiceCapacity? Capacity, DateOnly? AssuredDate, IReadOnlyList<ServiceAtLocation> Locations,
        IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules, IReadOnlyList<Domain.Directory.Parts.TermLink> Attributes)
    {
        public Row ToRow() => new(
            Id, OrganisationId, Name, AlternateName, Description, Need, MinimumAge, MaximumAge,
            [.. Languages.Select(l => l.Code).OfType<string>()], ServiceDetailsRules.IsFree(Fees, FeesDescription, CostOptions), Modes, ReferralMode,
            Status, Capacity?.Status, AssuredDate, Locations, Schedules, [.. Attributes.Select(a => a.TaxonomyTermId)]);
    }

    internal sealed record Lookups(
        Dictionary<Guid, string> Organisations, Dictionary<Guid, string> Terms,
        Dictionary<Guid, (SearchLocation? Place, IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules)> Locations);
}
