using System.Text;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>What the reader makes of the shapes a feed can take, and the options it reads by.</summary>
public sealed class HsdsFeedReaderTests
{
    private static readonly string Schedule = $$""","schedules":[{"id":"{{Feeds.Id(70)}}","freq":"WEEKLY","wkst":"XX"}]""";

    [Fact]
    public async Task The_uk_profile_can_be_chosen_and_then_its_schemas_judge()
    {
        var json = Feeds.Array(Feeds.Service(1, Schedule));

        var core = await Read.JsonAsync(json);
        var uk = await Read.JsonAsync(json, options: new HsdsReadOptions { Profile = HsdsProfile.UkProfile });

        Assert.Equal("services[0].schedules[0].wkst", Assert.Single(core.Errors).Path);
        Assert.Equal(HsdsProfile.Core, core.Profile);
        Assert.Empty(uk.Errors);
        Assert.Equal(HsdsProfile.UkProfile, uk.Profile);
    }

    [Fact]
    public async Task A_feed_with_uk_only_fields_is_detected_as_the_uk_profile()
    {
        var json = Feeds.Array(Feeds.Service(1, Schedule + $$""","service_areas":[{"id":"{{Feeds.Id(80)}}","service_area":"Rotherham"}]"""));

        var batch = await Read.JsonAsync(json);

        Assert.Equal(HsdsProfile.UkProfile, batch.Profile);
        Assert.Empty(batch.Errors);
        Assert.Equal("Rotherham", batch.Services[0].Details.ServiceAreas[0].Description);
    }

    [Fact]
    public async Task A_page_says_how_many_records_to_expect()
    {
        var reports = new List<HsdsReadProgress>();
        var json = Feeds.Page(3, Feeds.Service(1), Feeds.Service(2), Feeds.Service(3));

        var batch = await Read.JsonAsync(json, options: new HsdsReadOptions { Progress = new ListProgress(reports) });

        Assert.Equal(3, batch.Services.Count);
        Assert.Equal(new HsdsReadProgress(3, 3), Assert.Single(reports));
    }

    [Fact]
    public async Task A_folder_of_json_files_is_one_feed()
    {
        var services = Feeds.Array(Feeds.Service(1), Feeds.Service(2));
        var atLocations = Feeds.Array($$"""{"id":"{{Feeds.Id(90)}}","service_id":"{{Feeds.Id(2)}}","location_id":"{{Feeds.Location}}"}""");
        var locations = Feeds.Array($$"""{"id":"{{Feeds.Location}}","location_type":"physical","name":"Clifton Park"}""");
        using var folder = new TempFolder().With("1-services.json", services).With("2-service_at_locations.json", atLocations).With("3-locations.json", locations);

        var batch = await Read.SourceAsync(folder.Path);

        Assert.Empty(batch.Errors);
        Assert.Equal(2, batch.Services.Count);
        Assert.Equal(Guid.Parse(Feeds.Location), Assert.Single(batch.Services[1].Details.Locations).LocationId);
        Assert.Equal("Clifton Park", Assert.Single(batch.Locations).Details.Name);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_read_the_same()
    {
        var bytes = Encoding.UTF8.GetBytes(Feeds.Service(1));

        var batch = await new HsdsFeedReader().ReadJsonAsync(new ForwardOnlyStream(bytes), "service_full.json", TestContext.Current.CancellationToken);

        Assert.Equal("Walking group", Assert.Single(batch.Services).Details.Name);
    }

    [Fact]
    public async Task An_organisations_services_belong_to_it()
    {
        var json = $$"""{"id":"{{Feeds.Organisation}}","name":"Rotherham Ramblers","description":"Walks","services":[{"id":"{{Feeds.Id(1)}}","name":"Walk","status":"active"}]}""";

        var batch = await Read.JsonAsync(json, "organization.json");

        Assert.Empty(batch.Errors);
        Assert.Equal(Guid.Parse(Feeds.Organisation), Assert.Single(batch.Services).OrganisationId);
    }

    [Fact]
    public async Task A_service_whose_two_organisation_fields_disagree_is_an_error()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1, $",\"organization_id\":\"{Feeds.Id(3)}\"")));

        Assert.Equal(("services[0].organization_id", $"says organisation {Feeds.Id(3)} but the nested organization is {Feeds.Organisation}"),
            (batch.Errors[0].Path, batch.Errors[0].Message));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("[{\"id\":\"x\"}]", "cannot tell which HSDS records this list holds (services, organizations, locations ...)")]
    public async Task Feeds_that_say_nothing_are_errors(string json, string message)
    {
        var batch = await Read.JsonAsync(json, "export.json");

        Assert.Equal(message, batch.Errors[0].Message);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_not_an_exception()
    {
        var batch = await new HsdsFeedReader().ReadAsync(Path.Combine(Path.GetTempPath(), "no-such-feed-" + Guid.NewGuid() + ".json"), TestContext.Current.CancellationToken);

        Assert.Equal("there is no such file or folder", Assert.Single(batch.Errors).Message);
    }

    private sealed class ListProgress(List<HsdsReadProgress> reports) : IProgress<HsdsReadProgress>
    {
        public void Report(HsdsReadProgress value) => reports.Add(value);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
