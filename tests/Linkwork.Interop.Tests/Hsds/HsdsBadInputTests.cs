using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Bad feeds: each fault is an error naming the record and the field, and reading goes on to report every bad record.</summary>
public sealed class HsdsBadInputTests
{
    [Fact]
    public async Task Malformed_json_is_one_error_with_its_line_and_position_and_keeps_what_came_before()
    {
        var json = Feeds.Array(Feeds.Service(1), Feeds.Service(2), Feeds.Service(3).Replace(",\"status\"", " \"status\"", StringComparison.Ordinal));

        var batch = await Read.JsonAsync(json);

        var error = Assert.Single(batch.Errors);
        Assert.StartsWith("feed.json line 4, position ", error.Source, StringComparison.Ordinal);
        Assert.StartsWith("is not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, batch.Services.Count);
    }

    [Fact]
    public async Task A_document_cut_short_says_where()
    {
        var batch = await Read.JsonAsync("{\n  \"id\": \"" + Feeds.Id(1) + "\",\n  \"name\": ");

        var error = Assert.Single(batch.Errors);
        Assert.Matches(@"^feed\.json line 3, position \d+$", error.Source);
    }

    [Fact]
    public async Task A_wrong_type_names_the_record_and_field_and_the_rest_is_read()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1), Feeds.Service(2, ",\"minimum_age\":\"twelve\""), Feeds.Service(3)));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("service", Feeds.Id(2), "services[1].minimum_age", "'twelve' is not a number", "feed.json line 3"),
            (error.Entity, error.Record, error.Path, error.Message, error.Source));
        Assert.Equal([Feeds.Id(1), Feeds.Id(3)], batch.Services.Select(s => s.Id.ToString()));
    }

    [Fact]
    public async Task A_duplicate_id_is_an_error_on_the_second_record()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1), Feeds.Service(2), Feeds.Service(1, name: "Another")));

        var error = Assert.Single(batch.Errors);
        Assert.Equal("services[2]", error.Path);
        Assert.Equal($"id {Feeds.Id(1)} is used again; the feed first gave it to services[0]", error.Message);
        Assert.Equal("Walking group", batch.Services.Single(s => s.Id.ToString() == Feeds.Id(1)).Details.Name);
    }

    [Fact]
    public async Task A_ten_megabyte_description_is_refused_naming_the_field_and_reading_goes_on()
    {
        var description = new string('a', 10 * 1024 * 1024);
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1), Feeds.Service(2, $",\"description\":\"{description}\""), Feeds.Service(3)));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("services[1]", Feeds.Id(2)), (error.Path, error.Record));
        Assert.Contains("Linkwork takes records of up to 1,048,576 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("its largest field, services[1].description, is 10,485,760 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, batch.Services.Count);
    }

    [Fact]
    public async Task A_record_too_big_to_buffer_is_skipped_and_reported_by_its_line()
    {
        // 20 MB of small phone lines: more than reading will buffer for one record, so it walks past them.
        var phones = string.Join(",", Enumerable.Range(0, 250_000).Select(i => $$"""{"id":"{{Feeds.Id(i)}}","number":"0114 {{i:D6}}"}"""));
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1), Feeds.Service(2, $",\"phones\":[{phones}]"), Feeds.Service(3)));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("services[1]", "feed.json line 3"), (error.Path, error.Source));
        Assert.Matches(@"^the record is [\d,]+ bytes of JSON; Linkwork takes records of up to 1,048,576 bytes$", error.Message);
        Assert.Equal([Feeds.Id(1), Feeds.Id(3)], batch.Services.Select(s => s.Id.ToString()));
    }

    [Fact]
    public async Task A_single_value_too_big_to_buffer_stops_reading_at_its_line()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1), Feeds.Service(2, $",\"description\":\"{new string('a', 20 * 1024 * 1024)}\""), Feeds.Service(3)));

        var error = Assert.Single(batch.Errors);
        Assert.Equal("feed.json line 3", error.Source);
        Assert.Equal("a single JSON value starting on line 3 is larger than 16 MB; reading stopped there", error.Message);
        Assert.Equal(Feeds.Id(1), Assert.Single(batch.Services).Id.ToString());
    }

    [Fact]
    public async Task A_text_field_over_the_domain_limit_names_the_field()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1, name: new string('n', ServiceDetailsRules.NameMaxLength + 1))));

        var error = Assert.Single(batch.Errors);
        Assert.Equal("services[0].name", error.Path);
        Assert.Equal("is 501 characters long; Linkwork keeps at most 500", error.Message);
    }

    [Fact]
    public async Task An_unknown_taxonomy_term_is_an_error_unless_linkwork_knows_it()
    {
        var term = Guid.NewGuid();
        var json = Feeds.Array(Feeds.Service(1, $$""","attributes":[{"id":"{{Feeds.Id(50)}}","taxonomy_term_id":"{{term}}"}]"""));

        var unknown = await Read.JsonAsync(json);
        var known = await Read.JsonAsync(json, options: new HsdsReadOptions { KnownTermIds = new HashSet<Guid> { term } });

        var error = Assert.Single(unknown.Errors);
        Assert.Equal(("services[0].attributes[0].taxonomy_term_id", $"taxonomy term {term} is neither in the feed nor known to Linkwork"), (error.Path, error.Message));
        Assert.Empty(unknown.Services);
        Assert.Empty(known.Errors);
        Assert.Equal(term, known.Services[0].Details.Attributes[0].TaxonomyTermId);
    }

    [Fact]
    public async Task A_need_term_sets_the_service_need()
    {
        var food = NeedTaxonomy.TermId(NeedCategory.Food);
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1, $$""","attributes":[{"id":"{{Feeds.Id(50)}}","taxonomy_term_id":"{{food}}"}]""")),
            options: new HsdsReadOptions { KnownTermIds = NeedTaxonomy.Terms().Select(t => t.Id).ToHashSet() });

        Assert.Equal(NeedCategory.Food, Assert.Single(batch.Services).Details.Need);
    }

    [Fact]
    public async Task Latitude_123_is_an_error_naming_the_location_and_field()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1, Feeds.AtLocation(Feeds.Location, Feeds.NestedLocation(latitude: "123")))));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("location", Feeds.Location, "services[0].service_at_locations[0].location.latitude", "123 is not a latitude (it must lie between -90 and 90)"),
            (error.Entity, error.Record, error.Path, error.Message));
        Assert.Empty(batch.Locations);
    }

    [Fact]
    public async Task Latitude_123_can_instead_be_dropped_with_a_warning()
    {
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1, Feeds.AtLocation(Feeds.Location, Feeds.NestedLocation(latitude: "123")))), options: Read.Lenient);

        Assert.Empty(batch.Errors);
        Assert.Null(Assert.Single(batch.Locations).Details.Latitude);
        Assert.Equal("services[0].service_at_locations[0].location.latitude", Assert.Single(batch.Warnings).Path);
    }

    [Fact]
    public async Task A_service_at_location_pointing_nowhere_is_an_error()
    {
        var nowhere = Guid.NewGuid().ToString();
        var batch = await Read.JsonAsync(Feeds.Array(Feeds.Service(1, Feeds.AtLocation(Feeds.Location, Feeds.NestedLocation())), Feeds.Service(2, Feeds.AtLocation(nowhere))));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("service", Feeds.Id(2), "services[1].service_at_locations[0].location_id", $"location {nowhere} is not defined anywhere in the feed"),
            (error.Entity, error.Record, error.Path, error.Message));
        Assert.Equal(Feeds.Id(1), Assert.Single(batch.Services).Id.ToString());
    }

    [Fact]
    public async Task A_service_without_an_organisation_is_an_error()
    {
        var batch = await Read.JsonAsync(Feeds.Array($$"""{"id":"{{Feeds.Id(1)}}","name":"x","status":"active"}""",
            $$"""{"id":"{{Feeds.Id(2)}}","name":"y","status":"active","organization_id":"{{Guid.Empty.ToString().Replace('0', '1')}}"}"""));

        Assert.Equal(
            ["services[0]: has no organization_id or organization: Linkwork lists every service under its organisation",
             "services[1].organization_id: organisation 11111111-1111-1111-1111-111111111111 is neither in the feed nor known to Linkwork"],
            batch.Errors.Select(e => $"{e.Path}: {e.Message}"));
    }

    [Fact]
    public async Task Every_bad_record_is_reported_in_one_read()
    {
        var json = Feeds.Array(
            Feeds.Service(1),
            Feeds.Service(2, ",\"minimum_age\":\"twelve\""),
            Feeds.Service(3, ",\"email\":\"not-an-email\",\"url\":\"example_com\""),
            Feeds.Service(4, Feeds.AtLocation(Feeds.Location, Feeds.NestedLocation(latitude: "123"))),
            Feeds.Service(5, ",\"assured_date\":\"last tuesday\""),
            Feeds.Service(6, ",\"maximum_age\":12.5"),
            Feeds.Service(2),
            Feeds.Service(7));

        var batch = await Read.JsonAsync(json);

        Assert.Equal(
            ["services[1].minimum_age", "services[2].url", "services[2].email", "services[3].service_at_locations[0].location.latitude",
             "services[4].assured_date", "services[5].maximum_age", "services[6]"],
            batch.Errors.Select(e => e.Path));
        // Service 4 stays: its location is in the feed, only refused; the location's own error is what to fix.
        Assert.Equal([Feeds.Id(1), Feeds.Id(4), Feeds.Id(7)], batch.Services.Select(s => s.Id.ToString()));
    }
}
