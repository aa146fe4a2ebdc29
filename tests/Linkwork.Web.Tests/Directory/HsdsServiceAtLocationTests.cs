using System.Net;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Linkwork.Interop.Hsds;
using Linkwork.Web.Features.Directory.Import;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

public abstract class HsdsServiceAtLocationTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    // About 1 km of latitude in degrees.
    private const double Km = 1 / 111.195;

    [Fact]
    public async Task A_page_of_places_follows_service_order_with_the_spec_paging_object_and_every_item_validates()
    {
        var expected = await ListedPlacesAsync();
        Assert.True(expected.Count > 14, "the demo has enough places for three pages of 7");

        var response = await App.NewClient().GetAsync("/hsds/service_at_locations?per_page=7&page=2", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal(expected.Count, root.GetProperty("total_items").GetInt32());
        Assert.Equal((expected.Count + 6) / 7, root.GetProperty("total_pages").GetInt32());
        Assert.Equal(2, root.GetProperty("page_number").GetInt32());
        Assert.Equal(7, root.GetProperty("size").GetInt32());
        Assert.False(root.GetProperty("first_page").GetBoolean());
        Assert.False(root.GetProperty("last_page").GetBoolean());
        Assert.False(root.GetProperty("empty").GetBoolean());
        var items = root.GetProperty("contents").EnumerateArray().ToList();
        Assert.Equal(expected.Skip(7).Take(7).Select(p => p.Id), items.Select(i => i.GetProperty("id").GetGuid()));
        foreach (var item in items)
        {
            AssertValid(HsdsEntity.ServiceAtLocation, item);
            AssertValid(HsdsEntity.Service, item.GetProperty("service"));
            Assert.Equal(item.GetProperty("service_id").GetGuid(), item.GetProperty("service").GetProperty("id").GetGuid());
            Assert.Equal(item.GetProperty("location_id").GetGuid(), item.GetProperty("location").GetProperty("id").GetGuid());
            Assert.True(item.GetProperty("location").TryGetProperty("latitude", out _));
            // A list item carries one-to-one fields only.
            Assert.False(item.GetProperty("location").TryGetProperty("addresses", out _));
            Assert.False(item.GetProperty("service").TryGetProperty("service_at_locations", out _));
        }

        using var last = await GetAsync($"/hsds/service_at_locations?per_page=7&page={(expected.Count + 6) / 7}");
        Assert.True(last.RootElement.GetProperty("last_page").GetBoolean());
        Assert.Equal(expected.Count - (7 * ((expected.Count - 1) / 7)), last.RootElement.GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task One_place_comes_fully_nested_and_valid()
    {
        // A demo place: demo services have hours and a need, and their places an address.
        var place = (await ListedPlacesAsync()).First(p => p.Service.Details.Need is not null);

        using var json = await GetAsync($"/hsds/service_at_locations/{place.Id}");
        var root = json.RootElement;

        AssertValid(HsdsEntity.ServiceAtLocation, root);
        AssertValid(HsdsEntity.Service, root.GetProperty("service"));
        Assert.Equal(place.Id, root.GetProperty("id").GetGuid());
        Assert.Equal(place.ServiceId, root.GetProperty("service").GetProperty("id").GetGuid());
        Assert.True(root.GetProperty("location").GetProperty("addresses").GetArrayLength() > 0);
        Assert.True(root.GetProperty("service").GetProperty("organization").TryGetProperty("name", out _));
        Assert.True(root.GetProperty("service").GetProperty("schedules").GetArrayLength() > 0);
        Assert.False(root.GetProperty("service").TryGetProperty("service_at_locations", out _), "the service's places are not repeated inside one of them");
        Assert.False(root.TryGetProperty("description", out _), "empty optional fields are left out");
    }

    [Fact]
    public async Task Proximity_lists_places_within_the_distance_nearest_first_and_finds_a_service_at_its_second_place()
    {
        // Truro, far from the demo's Rotherham, so only this feed's places are near.
        var (lat, lon) = (50.2632, -5.0510);
        var feed = new Feed();
        var centre = feed.Location(lat, lon);
        var north1500 = feed.Location(lat + (1.5 * Km), lon);
        var north3000 = feed.Location(lat + (3 * Km), lon);
        var north10000 = feed.Location(lat + (10 * Km), lon);
        var lunchClub = feed.Service("Lunch club", north10000, north1500);
        var foodBank = feed.Service("Food bank", centre);
        var walkingGroup = feed.Service("Walking group", north3000);
        await ImportAsync(feed);

        var point = FormattableString.Invariant($"lat={lat}&lon={lon}");
        using var within5km = await GetAsync($"/hsds/service_at_locations?{point}&proximity=5000");
        var items = within5km.RootElement.GetProperty("contents").EnumerateArray().ToList();
        Assert.Equal(3, within5km.RootElement.GetProperty("total_items").GetInt32());
        Assert.Equal([foodBank.Details.Locations[0].Id, lunchClub.Details.Locations[1].Id, walkingGroup.Details.Locations[0].Id],
            items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(north1500.Id, items[1].GetProperty("location").GetProperty("id").GetGuid());
        var distances = items.Select(i => GreatCircle.Kilometres(lat, lon,
            i.GetProperty("location").GetProperty("latitude").GetDouble(), i.GetProperty("location").GetProperty("longitude").GetDouble())).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(items, i => AssertValid(HsdsEntity.ServiceAtLocation, i));

        // A postcode the lookup places at the same point finds the same places, however it is written.
        await using (var scope = App.Scope())
        {
            var csv = FormattableString.Invariant($"TR1 2AA,E01018900,5,{lat},{lon}\n");
            Assert.True((await scope.ServiceProvider.GetRequiredService<Features.People.ImportDeprivation>().HandleAsync(new StringReader(csv), TestContext.Current.CancellationToken)).Applied);
        }

        using var byPostcode = await GetAsync("/hsds/service_at_locations?postcode=tr12aa&proximity=5000");
        Assert.Equal(items.Select(i => i.GetProperty("id").GetGuid()), byPostcode.RootElement.GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        using var within2km = await GetAsync($"/hsds/service_at_locations?{point}&proximity=2000");
        Assert.Equal([foodBank.Details.Locations[0].Id, lunchClub.Details.Locations[1].Id],
            within2km.RootElement.GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        using var secondPage = await GetAsync($"/hsds/service_at_locations?{point}&proximity=5000&per_page=2&page=2");
        Assert.Equal(2, secondPage.RootElement.GetProperty("total_pages").GetInt32());
        Assert.Equal(walkingGroup.Details.Locations[0].Id, Assert.Single(secondPage.RootElement.GetProperty("contents").EnumerateArray()).GetProperty("id").GetGuid());

        using var searched = await GetAsync($"/hsds/service_at_locations?{point}&proximity=5000&search=lunch&organization_id={feed.OrganisationId}");
        Assert.Equal(lunchClub.Details.Locations[1].Id, Assert.Single(searched.RootElement.GetProperty("contents").EnumerateArray()).GetProperty("id").GetGuid());

        using var further = await GetAsync($"/hsds/service_at_locations?{point}&proximity=12000&full=true");
        var all = further.RootElement.GetProperty("contents").EnumerateArray().ToList();
        Assert.Equal(lunchClub.Details.Locations[0].Id, all[^1].GetProperty("id").GetGuid());
        Assert.All(all, i => Assert.True(i.GetProperty("location").GetProperty("addresses").GetArrayLength() > 0, "full=true nests each place whole"));
    }

    [Fact]
    public async Task Filters_are_cumulative_and_a_taxonomy_needs_its_term_too()
    {
        var service = await AnyServiceAsync();
        var term = NeedTaxonomy.TermId(service.Details.Need!.Value);
        var expected = (await ListedPlacesAsync()).Where(p => p.Service.OrganisationId == service.OrganisationId
            && p.Service.Details.Attributes.Any(a => a.TaxonomyTermId == term)).Select(p => p.Id).ToList();

        using var both = await GetAsync($"/hsds/service_at_locations?taxonomy_term_id={term}&organization_id={service.OrganisationId}&taxonomy_id={NeedTaxonomy.Id}&per_page=500");
        Assert.Equal(expected, both.RootElement.GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(expected.Count, both.RootElement.GetProperty("total_items").GetInt32());

        using var otherTaxonomy = await GetAsync($"/hsds/service_at_locations?taxonomy_term_id={term}&taxonomy_id={Guid.CreateVersion7()}");
        Assert.True(otherTaxonomy.RootElement.GetProperty("empty").GetBoolean());
        // On or after, as HSDS says: the most recently changed service is in, at its own timestamp.
        var newest = (await ListedPlacesAsync()).MaxBy(p => p.Service.LastModified);
        using var onOrAfter = await GetAsync("/hsds/service_at_locations?per_page=500&modified_after="
            + Uri.EscapeDataString(newest.Service.LastModified.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(newest.Id, onOrAfter.RootElement.GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        using var future = await GetAsync("/hsds/service_at_locations?modified_after=" + Uri.EscapeDataString(App.Clock.GetUtcNow().AddYears(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0, future.RootElement.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task An_unknown_id_and_a_withdrawn_service_s_place_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await App.NewClient().GetAsync($"/hsds/service_at_locations/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken)).StatusCode);

        // Penzance: away from the other tests' places.
        var feed = new Feed();
        var service = feed.Service("Allotment society", feed.Location(50.1186, -5.5372));
        await ImportAsync(feed);
        var place = service.Details.Locations[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await App.NewClient().GetAsync($"/hsds/service_at_locations/{place}", TestContext.Current.CancellationToken)).StatusCode);

        // A full feed that no longer lists the service withdraws it, and its place goes with it at once.
        var other = feed.Service("Repair cafe", feed.Location(50.1190, -5.5380));
        await ImportAsync(feed.Without(service), fullFeed: true);

        Assert.Equal(HttpStatusCode.NotFound, (await App.NewClient().GetAsync($"/hsds/service_at_locations/{place}", TestContext.Current.CancellationToken)).StatusCode);
        using var listed = await GetAsync($"/hsds/service_at_locations?organization_id={feed.OrganisationId}");
        Assert.Equal(other.Details.Locations[0].Id, Assert.Single(listed.RootElement.GetProperty("contents").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("lat=91&lon=0&proximity=1000", "lat")]
    [InlineData("lat=north&lon=0&proximity=1000", "lat")]
    [InlineData("lat=53.4&proximity=1000", "lon")]
    [InlineData("lat=53.4&lon=-1.3", "proximity")]
    [InlineData("lat=53.4&lon=-1.3&proximity=-5", "proximity")]
    [InlineData("proximity=1000", "proximity")]
    [InlineData("postcode=ZZ99%209ZZ&proximity=1000", "postcode")]
    [InlineData("postcode=not-a-postcode-of-any-kind-at-all&proximity=1000", "postcode")]
    [InlineData("postcode=TR1%202AA&lat=50.26&lon=-5.05&proximity=1000", "postcode")]
    [InlineData("taxonomy_term_id=food", "taxonomy_term_id")]
    [InlineData("modified_after=yesterday", "modified_after")]
    [InlineData("per_page=many", "per_page")]
    public async Task A_bad_parameter_is_refused_by_name(string query, string parameter)
    {
        var response = await App.NewClient().GetAsync("/hsds/service_at_locations?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains(parameter, errors.GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    private static void AssertValid(HsdsEntity entity, JsonElement record)
    {
        var errors = HsdsSchemaValidator.Core.Validate(entity, record.GetRawText());
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    private async Task<JsonDocument> GetAsync(string path)
    {
        var response = await App.NewClient().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Every place of every listed service as stored: services in id order, then their places in order.</summary>
    private async Task<List<(Guid Id, Guid ServiceId, Service Service)>> ListedPlacesAsync()
    {
        await using var scope = App.Scope();
        var services = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Services.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return [.. services.Where(s => s.Details.Status.IsListed()).OrderBy(s => s.Id)
            .SelectMany(s => s.Details.Locations.Select(at => (at.Id, s.Id, s)))];
    }

    private async Task<Service> AnyServiceAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Services.AsNoTracking()
            .Where(s => s.Details.Need != null).OrderBy(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    // Saved the way feeds are, through the import, which brings the search index up to date as it commits.
    private async Task ImportAsync(Feed feed, bool fullFeed = false)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var programmeId = await db.Programmes.Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
        var report = await scope.ServiceProvider.GetRequiredService<ImportDirectory>().HandleAsync(programmeId, feed.Batch(), fullFeed, null, TestContext.Current.CancellationToken);
        Assert.True(report.Applied, string.Join("; ", report.Errors));
    }

    /// <summary>One organisation's feed: its places and the services delivered there.</summary>
    private sealed class Feed
    {
        private readonly List<HsdsLocationRecord> _locations = [];
        private readonly List<HsdsServiceRecord> _services = [];

        public Guid OrganisationId { get; } = Guid.CreateVersion7();

        public HsdsLocationRecord Location(double latitude, double longitude)
        {
            var location = new HsdsLocationRecord(Guid.CreateVersion7(), OrganisationId, new LocationDetails
            {
                Name = $"Hall at {latitude:F4}",
                Latitude = latitude,
                Longitude = longitude,
                Addresses = [new Address { Id = Guid.CreateVersion7(), Address1 = "1 Chapel Street", City = "Truro", StateProvince = "Cornwall", PostalCode = "TR1 2AA", Country = "GB", AddressType = "physical" }],
            });
            _locations.Add(location);
            return location;
        }

        public HsdsServiceRecord Service(string name, params HsdsLocationRecord[] places)
        {
            var service = new HsdsServiceRecord(Guid.CreateVersion7(), OrganisationId, new ServiceDetails
            {
                Name = name,
                Description = $"{name} for everyone.",
                Locations = [.. places.Select(p => new ServiceAtLocation { Id = Guid.CreateVersion7(), LocationId = p.Id })],
            }, null);
            _services.Add(service);
            return service;
        }

        public Feed Without(HsdsServiceRecord service)
        {
            _services.Remove(service);
            return this;
        }

        public HsdsBatch Batch() => new()
        {
            Profile = HsdsProfile.Core,
            Errors = [],
            Warnings = [],
            Taxonomies = [],
            TaxonomyTerms = [],
            Organisations = [new HsdsOrganisationRecord(OrganisationId, "Cornwall Community Trust " + OrganisationId, "Community groups", null, null, null, new OrganisationListing())],
            Locations = [.. _locations],
            Services = [.. _services],
        };
    }
}

public sealed class SqliteHsdsServiceAtLocationTests(SqliteApp app) : HsdsServiceAtLocationTests<SqliteApp>(app);

public sealed class PostgresHsdsServiceAtLocationTests(PostgresApp app) : HsdsServiceAtLocationTests<PostgresApp>(app);
