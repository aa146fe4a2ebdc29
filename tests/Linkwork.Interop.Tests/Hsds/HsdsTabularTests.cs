using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Tabular packages (a folder of CSV files): faults are reported against the file and line to fix.</summary>
public sealed class HsdsTabularTests
{
    private static string CsvExamples => Path.Combine(Standards.HsdsExamples, "csv");

    [Fact]
    public async Task A_bad_cell_in_a_nested_table_names_its_csv_line()
    {
        using var folder = new TempFolder().CopyOf(CsvExamples);
        File.AppendAllText(Path.Combine(folder.Path, "phones.csv"),
            "aaaa1111-0000-4000-8000-000000000001,,ac148810-d857-441c-9679-408f346de14b,,,,0114 496 0000,twelve,voice,Second line\n");

        var batch = await Read.SourceAsync(folder.Path);

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("services[0].phones[1].extension", "'twelve' is not a number", "phones.csv line 3"), (error.Path, error.Message, error.Source));
        Assert.Empty(batch.Services);
    }

    [Fact]
    public async Task A_csv_that_cannot_be_parsed_is_an_error_with_its_line()
    {
        using var folder = new TempFolder().CopyOf(CsvExamples);
        File.AppendAllText(Path.Combine(folder.Path, "services.csv"), "bbbb1111-0000-4000-8000-000000000001,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,,\"Unclosed quote,,,\n");

        var batch = await Read.SourceAsync(folder.Path);

        var error = Assert.Single(batch.Errors);
        Assert.Equal("services.csv line 3", error.Source);
        Assert.Contains("cannot be read as CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minimal_package_needs_only_its_services_and_organisations()
    {
        using var folder = new TempFolder()
            .With("organizations.csv", $"id,name,description\n{Feeds.Organisation},Rotherham Ramblers,Walks\n")
            .With("services.csv", $"id,organization_id,name,status,minimum_age\n{Feeds.Id(1)},{Feeds.Organisation},Walking group,active,\n{Feeds.Id(2)},{Feeds.Organisation},Nordic walking,active,16\n")
            .With("service_at_location.csv", $"id,service_id,location_id\n{Feeds.Id(9)},{Feeds.Id(2)},{Feeds.Location}\n")
            .With("locations.csv", $"id,location_type,name,latitude,longitude\n{Feeds.Location},physical,Clifton Park,53.43,-1.35\n");

        var batch = await Read.SourceAsync(folder.Path, new HsdsReadOptions());

        Assert.Empty(batch.Errors);
        Assert.Empty(batch.Warnings);
        Assert.Null(batch.Services[0].Details.MinimumAge);
        Assert.Equal(16, batch.Services[1].Details.MinimumAge);
        Assert.Equal(Guid.Parse(Feeds.Location), Assert.Single(batch.Services[1].Details.Locations).LocationId);
        Assert.Equal((53.43, -1.35), (batch.Locations[0].Details.Latitude, batch.Locations[0].Details.Longitude));
    }

    [Fact]
    public async Task A_service_at_location_row_for_an_unknown_service_is_an_error()
    {
        using var folder = new TempFolder()
            .With("organizations.csv", $"id,name,description\n{Feeds.Organisation},Rotherham Ramblers,Walks\n")
            .With("services.csv", $"id,organization_id,name,status\n{Feeds.Id(1)},{Feeds.Organisation},Walking group,active\n")
            .With("service_at_location.csv", $"id,service_id,location_id\n{Feeds.Id(9)},{Feeds.Id(5)},{Feeds.Location}\n");

        var batch = await Read.SourceAsync(folder.Path);

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("service_at_location", Feeds.Id(9), "service_at_location.csv line 2"), (error.Entity, error.Record, error.Source));
        Assert.Equal($"service {Feeds.Id(5)} is not in the feed", error.Message);
    }

    [Fact]
    public async Task Attributes_join_the_record_their_link_id_names()
    {
        var term = Guid.NewGuid();
        using var folder = new TempFolder()
            .With("organizations.csv", $"id,name,description\n{Feeds.Organisation},Rotherham Ramblers,Walks\n")
            .With("services.csv", $"id,organization_id,name,status\n{Feeds.Id(1)},{Feeds.Organisation},Walking group,active\n")
            .With("taxonomy_terms.csv", $"id,name,description\n{term},Walking,Walks\n")
            .With("attributes.csv", $"id,link_id,taxonomy_term_id,link_type,link_entity,value\n{Feeds.Id(20)},{Feeds.Id(1)},{term},,service,weekly\n{Feeds.Id(21)},{Feeds.Organisation},{term},,organization,\n");

        var batch = await Read.SourceAsync(folder.Path);

        Assert.Empty(batch.Errors);
        var attribute = Assert.Single(batch.Services[0].Details.Attributes);
        Assert.Equal((term, "weekly"), (attribute.TaxonomyTermId, attribute.Value));
        Assert.Equal(term, Assert.Single(batch.Organisations[0].Listing.Attributes).TaxonomyTermId);
    }

    [Fact]
    public async Task The_uk_package_is_read_from_its_own_file_names()
    {
        var batch = await Read.SourceAsync(Path.Combine(Standards.UkExamples, "csv"));

        Assert.Equal(HsdsProfile.UkProfile, batch.Profile);
        // The folder holds both schedule.csv (UK) and schedules.csv (core); the UK one has no wkst.
        Assert.Null(batch.Services[0].Details.Schedules[0].Wkst);
        Assert.Equal("TH,FR", batch.Services[0].Details.Schedules[0].Byday);
    }
}
