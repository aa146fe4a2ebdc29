using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Every published HSDS 3.0 and UK profile example reads without a record error and maps to the directory's records.</summary>
public sealed class HsdsExampleTests
{
    private static readonly Guid Counselling = Guid.Parse("ac148810-d857-441c-9679-408f346de14b");
    private static readonly Guid CivicCenter = Guid.Parse("3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    private static readonly Guid ExampleOrganisation = Guid.Parse("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");

    public static TheoryData<string, string, int, int, int, int, int> Examples => new()
    {
        // folder, file, organisations, locations, services, taxonomies, terms
        { "hsds", "service_full.json", 1, 1, 1, 1, 1 },
        { "hsds", "service_list.json", 1, 0, 1, 0, 0 },
        { "hsds", "organization_full.json", 1, 1, 1, 1, 1 },
        { "hsds", "organization_list.json", 1, 0, 0, 0, 0 },
        { "hsds", "location.json", 0, 1, 0, 0, 0 },
        { "hsds", "service_at_location_full.json", 1, 1, 1, 1, 1 },
        { "hsds", "service_at_location_list.json", 1, 1, 1, 0, 0 },
        { "hsds", "taxonomy.json", 0, 0, 0, 1, 0 },
        { "hsds", "taxonomy_list.json", 0, 0, 0, 1, 0 },
        { "hsds", "taxonomy_term.json", 0, 0, 0, 1, 1 },
        { "hsds", "taxonomy_term_list.json", 0, 0, 0, 1, 1 },
        { "hsds", "tabular.json", 1, 1, 1, 1, 1 },
        { "hsds", "base.json", 0, 0, 0, 0, 0 },
        { "hsds", "csv", 1, 1, 1, 1, 1 },
        { "uk", "service_full.json", 1, 1, 1, 0, 1 },
        { "uk", "service_list.json", 1, 0, 1, 0, 0 },
        { "uk", "organization_full.json", 1, 1, 1, 0, 1 },
        { "uk", "organization_list.json", 1, 0, 0, 0, 0 },
        { "uk", "service_at_location_full.json", 1, 1, 1, 0, 1 },
        { "uk", "service_at_location_list.json", 1, 1, 1, 0, 0 },
        { "uk", "taxonomy.json", 0, 0, 0, 1, 1 },
        { "uk", "taxonomy_list.json", 0, 0, 0, 1, 0 },
        { "uk", "taxonomy_term.json", 0, 0, 0, 0, 1 },
        { "uk", "taxonomy_term_list.json", 0, 0, 0, 0, 1 },
        { "uk", "csv", 1, 1, 1, 1, 1 },
    };

    private static string PathOf(string folder, string file) => folder == "hsds" ? Standards.HsdsExample(file) : Standards.UkExample(file);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_reads_without_record_errors(string folder, string file, int organisations, int locations, int services, int taxonomies, int terms)
    {
        var batch = await Read.SourceAsync(PathOf(folder, file));

        Assert.True(batch.Errors.Count == 0, Read.Describe(batch));
        Assert.Equal((organisations, locations, services, taxonomies, terms),
            (batch.Organisations.Count, batch.Locations.Count, batch.Services.Count, batch.Taxonomies.Count, batch.TaxonomyTerms.Count));
    }

    [Fact]
    public void Every_published_example_is_in_the_list()
    {
        var listed = Examples.Select(row => row.Data.Item1 + "/" + row.Data.Item2).ToHashSet();
        var published = Directory.GetFiles(Standards.HsdsExamples, "*.json").Select(f => "hsds/" + Path.GetFileName(f))
            .Concat(Directory.GetFiles(Standards.UkExamples, "*.json").Select(f => "uk/" + Path.GetFileName(f))).Append("hsds/csv").Append("uk/csv");

        Assert.Empty(published.Except(listed));
    }

    [Fact]
    public async Task The_examples_only_fault_is_their_latitude_of_100()
    {
        var batch = await Read.SourceAsync(Standards.HsdsExample("service_full.json"), new HsdsReadOptions());

        // Longitude 101 is on the globe; latitude 100 is not.
        Assert.Equal(
            ["services[0].service_at_locations[0].location.latitude: 100 is not a latitude (it must lie between -90 and 90)"],
            batch.Errors.Select(e => $"{e.Path}: {e.Message}"));
        Assert.Empty(batch.Locations);
        Assert.Single(batch.Services);
    }

    [Fact]
    public async Task The_counselling_service_maps_field_by_field()
    {
        var batch = await Read.SourceAsync(Standards.HsdsExample("service_full.json"));

        var service = Assert.Single(batch.Services);
        Assert.Equal(Counselling, service.Id);
        Assert.Equal(ExampleOrganisation, service.OrganisationId);
        var d = service.Details;
        Assert.Equal(("Community Counselling", "MyCity Counselling Services", ServiceStatus.Active), (d.Name, d.AlternateName, d.Status));
        Assert.Equal((12, 100), (d.MinimumAge, d.MaximumAge));
        Assert.Equal(new DateOnly(2005, 1, 1), d.AssuredDate);
        Assert.Equal(new DateTimeOffset(2023, 3, 15, 10, 30, 45, 123, TimeSpan.Zero), service.LastModified);
        Assert.Equal(Guid.Parse("e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42"), d.ProgramId);
        Assert.Equal(("\"+44 1234 234567\"", 100, "voice"), (d.Phones[0].Number, d.Phones[0].Extension, d.Phones[0].Type));
        Assert.Equal("ur", d.Phones[0].Languages[0].Code);
        var schedule = Assert.Single(d.Schedules);
        Assert.Equal(("TH,FR", "WEEKLY", "TU", "10:00:00", "18:00:00", 3.0), (schedule.Byday, schedule.Freq, schedule.Wkst, schedule.OpensAt, schedule.ClosesAt, schedule.Timezone));
        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Friday], schedule.WeeklyOpenings().Select(o => o.Day));
        Assert.Equal(("geojson", "extent"), (d.ServiceAreas[0].ExtentType, d.ServiceAreas[0].Extent));
        Assert.Equal((35m, "gbp", new DateOnly(2022, 12, 31)), (d.CostOptions[0].Amount, d.CostOptions[0].Currency, d.CostOptions[0].ValidTo));
        Assert.Equal("Ann Persona", d.Contacts[0].Name);
        Assert.Equal(Guid.Parse("3f7b145d-84af-42d7-8fae-eaca714b02b2"), Assert.Single(d.Attributes).TaxonomyTermId);
        var at = Assert.Single(d.Locations);
        Assert.Equal((Guid.Parse("e94c9f38-1e8f-4564-91d4-d53501ab1765"), CivicCenter), (at.Id, at.LocationId));
        Assert.Equal("TH,FR", at.Schedules[0].Byday);
        Assert.Equal(DeliveryModes.InPerson | DeliveryModes.Phone, d.Modes);
        Assert.Equal(ReferralMode.SignpostOnly, d.ReferralMode);
    }

    [Fact]
    public async Task The_location_and_organisation_travel_with_the_service()
    {
        var batch = await Read.SourceAsync(Standards.HsdsExample("service_full.json"));

        var location = Assert.Single(batch.Locations);
        Assert.Equal(CivicCenter, location.Id);
        var address = Assert.Single(location.Details.Addresses);
        Assert.Equal(("1-30 Main Street", "MyVillage", "MyCity", "MyState", "ABC 1234", "US", "postal"),
            (address.Address1, address.Address2, address.City, address.StateProvince, address.PostalCode, address.Country, address.AddressType));
        Assert.Equal(("MyCity Civic Center", "physical", "UPRN"), (location.Details.Name, location.Details.LocationType, location.Details.ExternalIdentifierType));
        Assert.Null(location.Details.Latitude);
        Assert.Equal("Switch hearing aid to T-coil to access the induction loop facility.", location.Details.Accessibility[0].Details);

        var organisation = Assert.Single(batch.Organisations);
        Assert.Equal(("Example Organization Inc.", "http://example.com", "email@example.com", "\"+44 1234 234567\""),
            (organisation.Name, organisation.Website, organisation.Email, organisation.Phone));
        Assert.Equal(("Example Org", 2011, "Limited Company"), (organisation.Listing.AlternateName, organisation.Listing.YearIncorporated, organisation.Listing.LegalStatus));
        Assert.Equal(("GB-COH", "1234567"), (organisation.Listing.Identifiers[0].IdentifierScheme, organisation.Listing.Identifiers[0].Identifier));
        Assert.Equal("Community Mental Health Support", organisation.Listing.Programs[0].Name);

        var term = Assert.Single(batch.TaxonomyTerms);
        Assert.Equal(("name", "code", "eng", Guid.Parse("5c4d79d7-cc55-470e-9f1f-8cad074e4892")), (term.Name, term.Code, term.Language, term.TaxonomyId));
        Assert.Equal("version", Assert.Single(batch.Taxonomies).Version);
    }

    [Fact]
    public async Task The_csv_package_assembles_the_same_service()
    {
        var csv = await Read.SourceAsync(Path.Combine(Standards.HsdsExamples, "csv"));
        var json = await Read.SourceAsync(Standards.HsdsExample("service_full.json"));

        var service = Assert.Single(csv.Services);
        Assert.Equal(Counselling, service.Id);
        Assert.Equal(CivicCenter, Assert.Single(service.Details.Locations).LocationId);
        Assert.Equal("ABC 1234", Assert.Single(csv.Locations).Details.Addresses[0].PostalCode);
        Assert.Equal("TH,FR", service.Details.Schedules[0].Byday);
        Assert.Equal(json.Services[0].Details.Name, service.Details.Name);
        Assert.Equal(json.Services[0].Details.Phones[0].Languages[0].Code, service.Details.Phones[0].Languages[0].Code);
        // The sample's phone row names the service, its location, its organisation, a contact and a service_at_location: it joins them all.
        Assert.Equal("\"+44 1234 234567\"", service.Details.Contacts[0].Phones[0].Number);
        Assert.Single(service.Details.Locations[0].Phones);
        Assert.Single(csv.Organisations[0].Listing.Phones);
        Assert.Equal("1234567", csv.Organisations[0].Listing.Identifiers[0].Identifier);
    }

    [Fact]
    public async Task The_csv_sample_loose_ends_are_warnings_naming_file_and_line()
    {
        var batch = await Read.SourceAsync(Path.Combine(Standards.HsdsExamples, "csv"));

        Assert.Contains(batch.Warnings, w => w.Source == "attributes.csv line 2" && w.Message.Contains("belongs to no record", StringComparison.Ordinal));
        Assert.Contains(batch.Warnings, w => w.Source == "locations.csv line 2" && w.Path == "locations[0].organization_id");
        Assert.Contains(batch.Warnings, w => w.Source == "taxonomy_terms.csv line 2" && w.Path == "taxonomy_terms[0].taxonomy_id");
        Assert.Null(Assert.Single(batch.Locations).OrganisationId);
        Assert.Null(Assert.Single(batch.TaxonomyTerms).TaxonomyId);
        Assert.Equal("taxonomy", batch.TaxonomyTerms[0].TaxonomyName);
    }

    [Fact]
    public async Task Tabular_json_and_the_csv_package_give_the_same_records()
    {
        var csv = await Read.SourceAsync(Path.Combine(Standards.HsdsExamples, "csv"));
        var tabular = await Read.SourceAsync(Standards.HsdsExample("tabular.json"));

        Assert.Equal(Records.Json(csv), Records.Json(tabular));
    }

    [Fact]
    public async Task The_uk_examples_are_read_as_the_uk_profile_with_its_own_fields()
    {
        var service = await Read.SourceAsync(Standards.UkExample("service_full.json"));
        var taxonomy = await Read.SourceAsync(Standards.UkExample("taxonomy.json"));
        var csv = await Read.SourceAsync(Path.Combine(Standards.UkExamples, "csv"));

        Assert.Equal(HsdsProfile.UkProfile, service.Profile);
        Assert.Equal(HsdsProfile.UkProfile, csv.Profile);
        var area = Assert.Single(service.Services[0].Details.ServiceAreas);
        Assert.StartsWith("The service is available to all residents", area.Description, StringComparison.Ordinal);
        Assert.Equal("name", service.TaxonomyTerms[0].Name);
        var term = Assert.Single(taxonomy.TaxonomyTerms);
        Assert.Equal(taxonomy.Taxonomies[0].Id, term.TaxonomyId);
        Assert.Equal("ABC 1234", Assert.Single(csv.Locations).Details.Addresses[0].PostalCode);
        Assert.Null(csv.Locations[0].Details.Addresses[0].Address2);
        Assert.StartsWith("The building is equipped", csv.Locations[0].Details.Accessibility[0].Description, StringComparison.Ordinal);
    }
}
