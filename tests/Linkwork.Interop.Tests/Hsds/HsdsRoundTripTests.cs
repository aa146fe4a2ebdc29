using System.Text.Json;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Read an example, write it back as HSDS, check what was written against the schemas, read it again: the same records.</summary>
public sealed class HsdsRoundTripTests
{
    private static void AssertValid(HsdsEntity entity, string json)
    {
        var errors = HsdsSchemaValidator.Core.Validate(entity, json);
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + json);
    }

    private static void AssertValidPage(HsdsEntity entity, string json, int expectedItems)
    {
        using var page = JsonDocument.Parse(json);
        var root = page.RootElement;
        Assert.Equal(["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expectedItems, root.GetProperty("size").GetInt32());
        Assert.Equal(expectedItems, root.GetProperty("contents").GetArrayLength());
        foreach (var item in root.GetProperty("contents").EnumerateArray())
        {
            AssertValid(entity, item.GetRawText());
        }
    }

    [Theory]
    [InlineData("hsds", "service_full.json")]
    [InlineData("hsds", "organization_full.json")]
    [InlineData("hsds", "csv")]
    [InlineData("uk", "service_full.json")]
    public async Task A_fully_nested_service_survives_write_validate_and_read(string folder, string source)
    {
        var first = await Read.SourceAsync(folder == "hsds" ? Path.Combine(Standards.HsdsExamples, source) : Path.Combine(Standards.UkExamples, source));
        var directory = new StoredDirectory(first);

        var json = directory.Writer.ToJson(w => directory.Writer.WriteService(w, directory.Services[0]));
        AssertValid(HsdsEntity.Service, json);
        var second = await Read.JsonAsync(json, "service_full.json", directory.ReadOptions);

        Assert.Empty(second.Errors);
        Assert.Equal(JsonSerializer.Serialize(first.Services), JsonSerializer.Serialize(second.Services));
        Assert.Equal(JsonSerializer.Serialize(first.Organisations), JsonSerializer.Serialize(second.Organisations));
        Assert.Equal(JsonSerializer.Serialize(first.Locations.Select(l => l.Details)), JsonSerializer.Serialize(second.Locations.Select(l => l.Details)));
        if (source != "csv")
        {
            // The CSV sample's only attribute belongs to nothing, so its terms do not travel with the service.
            Assert.Equal(Records.Json(first), Records.Json(second));
        }
    }

    [Fact]
    public async Task An_organization_with_its_services_and_locations_survives()
    {
        var first = await Read.SourceAsync(Standards.HsdsExample("organization_full.json"));
        var directory = new StoredDirectory(first);

        var json = directory.Writer.ToJson(w => directory.Writer.WriteOrganisation(w, directory.Organisations[0], full: true, directory.Services, directory.Locations));
        AssertValid(HsdsEntity.Organization, json);
        var second = await Read.JsonAsync(json, "organization_full.json", directory.ReadOptions);

        Assert.Empty(second.Errors);
        Assert.Equal(Records.Json(first), Records.Json(second));
    }

    [Fact]
    public async Task A_location_a_taxonomy_and_a_term_survive()
    {
        var first = await Read.SourceAsync(Standards.HsdsExample("service_full.json"));
        var directory = new StoredDirectory(first);
        var writer = directory.Writer;

        var location = writer.ToJson(w => writer.WriteLocation(w, directory.Locations[0]));
        var taxonomy = writer.ToJson(w => HsdsWriter.WriteTaxonomy(w, directory.Taxonomies[0]));
        var term = writer.ToJson(w => writer.WriteTaxonomyTerm(w, directory.Terms[0]));
        AssertValid(HsdsEntity.Location, location);
        AssertValid(HsdsEntity.Taxonomy, taxonomy);
        AssertValid(HsdsEntity.TaxonomyTerm, term);

        Assert.Equal(JsonSerializer.Serialize(first.Locations), JsonSerializer.Serialize((await Read.JsonAsync(location, "location.json")).Locations));
        Assert.Equal(Records.Json(TermsOf(first)), Records.Json(TermsOf(await Read.JsonAsync(term, "taxonomy_term.json"))));
        var taxonomyBack = await Read.JsonAsync(taxonomy, "taxonomy.json");
        Assert.Equal((directory.Taxonomies[0].Id, "version", "http://example.com"), (taxonomyBack.Taxonomies[0].Id, taxonomyBack.Taxonomies[0].Version, taxonomyBack.Taxonomies[0].Uri));
    }

    [Fact]
    public async Task Lists_are_written_as_hsds_pages_of_valid_items()
    {
        var first = await Read.SourceAsync(Standards.HsdsExample("service_full.json"));
        var directory = new StoredDirectory(first);
        var writer = directory.Writer;
        var service = directory.Services[0];

        var services = writer.ToJson(w => HsdsWriter.WritePage(w, new HsdsPage(21, 3, 10), directory.Services, writer.WriteServiceSummary));
        var atLocations = writer.ToJson(w => HsdsWriter.WritePage(w, new HsdsPage(1, 1, 10), service.Details.Locations, (x, at) => writer.WriteServiceAtLocation(x, service, at)));
        var organisations = writer.ToJson(w => HsdsWriter.WritePage(w, new HsdsPage(1, 1, 10), directory.Organisations, (x, o) => writer.WriteOrganisation(x, o, full: false)));
        var taxonomies = writer.ToJson(w => HsdsWriter.WritePage(w, new HsdsPage(1, 1, 10), directory.Taxonomies, HsdsWriter.WriteTaxonomy));
        var terms = writer.ToJson(w => HsdsWriter.WritePage(w, new HsdsPage(1, 1, 10), directory.Terms, writer.WriteTaxonomyTerm));

        AssertValidPage(HsdsEntity.Service, services, 1);
        AssertValidPage(HsdsEntity.ServiceAtLocation, atLocations, 1);
        AssertValidPage(HsdsEntity.Organization, organisations, 1);
        AssertValidPage(HsdsEntity.Taxonomy, taxonomies, 1);
        AssertValidPage(HsdsEntity.TaxonomyTerm, terms, 1);
        using var page = JsonDocument.Parse(services);
        Assert.Equal((3L, false, true, false), (page.RootElement.GetProperty("total_pages").GetInt64(), page.RootElement.GetProperty("first_page").GetBoolean(),
            page.RootElement.GetProperty("last_page").GetBoolean(), page.RootElement.GetProperty("empty").GetBoolean()));

        // Read back, each list gives the same one-to-one fields it was written from.
        var servicesBack = await Read.JsonAsync(services, "service_list.json", directory.ReadOptions);
        Assert.Empty(servicesBack.Errors);
        Assert.Equal(service.Details with { Phones = [], Schedules = [], ServiceAreas = [], Languages = [], Funding = [], CostOptions = [], RequiredDocuments = [], Contacts = [], Attributes = [], Locations = [], Modes = default },
            servicesBack.Services[0].Details with { Modes = default }, new DetailsComparer());
        var atLocationsBack = await Read.JsonAsync(atLocations, "service_at_location_list.json", directory.ReadOptions);
        Assert.Empty(atLocationsBack.Errors);
        Assert.Equal(JsonSerializer.Serialize(service.Details.Locations), JsonSerializer.Serialize(atLocationsBack.Services[0].Details.Locations));
        Assert.Equal(JsonSerializer.Serialize(directory.Locations[0].Details), JsonSerializer.Serialize(atLocationsBack.Locations[0].Details));
        Assert.Equal(Records.Json(TermsOf(first)), Records.Json(TermsOf(await Read.JsonAsync(terms, "taxonomy_term_list.json"))));
    }

    /// <summary>Only a batch's taxonomies and terms, to compare what a term's list or record gives back.</summary>
    private static HsdsBatch TermsOf(HsdsBatch batch) => new()
    {
        Profile = batch.Profile,
        Organisations = [],
        Locations = [],
        Services = [],
        Taxonomies = batch.Taxonomies,
        TaxonomyTerms = batch.TaxonomyTerms,
        Errors = [],
        Warnings = [],
    };

    private sealed class DetailsComparer : IEqualityComparer<Linkwork.Domain.Directory.ServiceDetails>
    {
        public bool Equals(Linkwork.Domain.Directory.ServiceDetails? x, Linkwork.Domain.Directory.ServiceDetails? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

        public int GetHashCode(Linkwork.Domain.Directory.ServiceDetails obj) => 0;
    }
}
