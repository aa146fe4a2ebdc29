using System.Runtime.CompilerServices;
using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Turns stored services into what the search index needs: their text, classification, eligibility and the
/// coordinates of every place they are delivered. Only the columns the index uses are read.
/// </summary>
public sealed class SearchDocumentSource(LinkworkDbContext db)
{
    private const int ChunkSize = 5_000;

    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lookups = await LoadLookupsAsync(cancellationToken);
        await foreach (var row in Rows(db.Services.AsNoTracking()).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Document(row, lookups);
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> ForAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken = default)
    {
        var lookups = await LoadLookupsAsync(cancellationToken);
        var documents = new List<SearchDocument>(serviceIds.Count);
        foreach (var chunk in serviceIds.Chunk(ChunkSize))
        {
            var rows = await Rows(db.Services.AsNoTracking().Where(s => chunk.Contains(s.Id))).ToListAsync(cancellationToken);
            documents.AddRange(rows.Select(row => Document(row, lookups)));
        }

        return documents;
    }

    private static IQueryable<Row> Rows(IQueryable<Service> services) =>
        services.Select(s => new Row(
            s.Id, s.OrganisationId, s.Details.Name, s.Details.AlternateName, s.Details.Description, s.Details.Need,
            s.Details.MinimumAge, s.Details.MaximumAge, s.Details.Languages, s.Details.Fees, s.Details.FeesDescription,
            s.Details.CostOptions, s.Details.Modes, s.Details.ReferralMode, s.Details.Status, s.Capacity, s.Details.AssuredDate,
            s.Details.Locations, s.Details.Schedules, s.Details.Attributes));

    private async Task<Lookups> LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var terms = await db.TaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var locations = new Dictionary<Guid, (SearchLocation Place, IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules)>();
        await foreach (var location in db.Locations.AsNoTracking()
            .Select(l => new { l.Id, l.Details.Name, l.Details.Latitude, l.Details.Longitude, l.Details.Addresses, l.Details.Schedules })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var postcode = location.Addresses.FirstOrDefault(a => a.AddressType == "physical")?.PostalCode ?? (location.Addresses.Count > 0 ? location.Addresses[0].PostalCode : null);
            var place = location.Latitude is { } latitude && location.Longitude is { } longitude
                ? new SearchLocation(location.Id, location.Name, latitude, longitude, postcode)
                : null;
            locations[location.Id] = (place!, location.Schedules);
        }

        return new Lookups(organisations, terms, locations);
    }

    private static SearchDocument Document(Row row, Lookups lookups)
    {
        var places = new List<SearchLocation>(row.Locations.Count);
        var schedules = new List<Domain.Directory.Parts.Schedule>(row.Schedules);
        foreach (var at in row.Locations)
        {
            if (lookups.Locations.TryGetValue(at.LocationId, out var location))
            {
                if (location.Place is not null)
                {
                    places.Add(location.Place);
                }

                // Hours given for the service at this place, or else the place's own, when the service gives none.
                schedules.AddRange(at.Schedules.Count > 0 ? at.Schedules : row.Schedules.Count == 0 ? location.Schedules : []);
            }
        }

        var termIds = row.Attributes.Select(a => a.TaxonomyTermId).Distinct().ToList();
        var details = new ServiceDetails { Name = row.Name, Fees = row.Fees, FeesDescription = row.FeesDescription, CostOptions = row.CostOptions };
        return new SearchDocument(
            row.Id, row.Name, row.AlternateName, row.Description, lookups.Organisations.GetValueOrDefault(row.OrganisationId),
            termIds, [.. termIds.Select(id => lookups.Terms.GetValueOrDefault(id)).OfType<string>()],
            row.Need, row.MinimumAge, row.MaximumAge,
            [.. row.Languages.Select(l => LanguageCodes.Primary(l.Code)).OfType<string>().Distinct()],
            ServiceDetailsRules.IsFree(details), row.Modes, row.ReferralMode, row.Status, row.Capacity?.Status, row.AssuredDate,
            places,
            [.. schedules.SelectMany(s => s.WeeklyOpenings()).Distinct().Select(o => new OpeningSlot(o.Day, o.Opens, o.Closes))]);
    }

    private sealed record Row(
        Guid Id, Guid OrganisationId, string Name, string? AlternateName, string? Description, NeedCategory? Need,
        int? MinimumAge, int? MaximumAge, IReadOnlyList<Domain.Directory.Parts.Language> Languages, string? Fees, string? FeesDescription,
        IReadOnlyList<Domain.Directory.Parts.CostOption> CostOptions, DeliveryModes Modes, ReferralMode ReferralMode, ServiceStatus Status,
        ServiceCapacity? Capacity, DateOnly? AssuredDate, IReadOnlyList<ServiceAtLocation> Locations,
        IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules, IReadOnlyList<Domain.Directory.Parts.TermLink> Attributes);

    private sealed record Lookups(
        Dictionary<Guid, string> Organisations, Dictionary<Guid, string> Terms,
        Dictionary<Guid, (SearchLocation Place, IReadOnlyList<Domain.Directory.Parts.Schedule> Schedules)> Locations);
}
