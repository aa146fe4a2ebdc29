using Linkwork.Interop.Hsds;
using NJsonSchema;
using NJsonSchema.Validation;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

public sealed class HsdsSchemaValidatorTests
{
    private const string Id = "ac148810-d857-441c-9679-408f346de14b";

    private static IReadOnlyList<HsdsValidationError> Service(string fields, string path = "services[0]") =>
        HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, $$"""{"id":"{{Id}}","name":"Counselling","status":"active"{{fields}}}""", path);

    [Fact]
    public void A_minimal_service_is_valid() => Assert.Empty(Service(""));

    [Fact]
    public void A_missing_required_field_is_named_under_its_record()
    {
        var errors = HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, $$"""{"id":"{{Id}}","status":"active"}""", "services[0]");

        var error = Assert.Single(errors);
        Assert.Equal("services[0]: name is required", error.ToString());
    }

    [Fact]
    public void A_bad_email_says_so_with_the_value()
    {
        var error = Assert.Single(Service(""","email":"email-example_com" """, "services[3]"));

        Assert.Equal("services[3].email: 'email-example_com' is not an email address", error.ToString());
    }

    [Fact]
    public void A_wrong_type_names_the_field_and_the_value()
    {
        var error = Assert.Single(Service(""","minimum_age":"twelve" """));

        Assert.Equal("services[0].minimum_age", error.Path);
        Assert.Equal("'twelve' is not a number", error.Message);
    }

    [Theory]
    [InlineData("\"status\":\"closed\"", "services[0].status", "'closed' is not one of 'active', 'inactive', 'defunct', 'temporarily closed'")]
    [InlineData("\"schedules\":[{\"id\":\"" + Id + "\",\"freq\":\"DAILY\"}]", "services[0].schedules[0].freq", "'DAILY' is not one of 'WEEKLY', 'MONTHLY'")]
    [InlineData("\"schedules\":[{\"id\":\"" + Id + "\",\"wkst\":\"XX\"}]", "services[0].schedules[0].wkst", "'XX' is not one of 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'")]
    [InlineData("\"service_at_locations\":[{\"id\":\"" + Id + "\",\"location\":{\"id\":\"" + Id + "\",\"location_type\":\"house\"}}]",
        "services[0].service_at_locations[0].location.location_type", "'house' is not one of 'physical', 'postal', 'virtual'")]
    public void Enumerations_are_enforced(string field, string path, string message)
    {
        var errors = HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, $$"""{"id":"{{Id}}","name":"x",{{(field.StartsWith("\"status\"", StringComparison.Ordinal) ? field : "\"status\":\"active\"," + field)}}}""", "services[0]");

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("ac148810d857441c9679408f346de14b")]
    [InlineData("{ac148810-d857-441c-9679-408f346de14b}")]
    [InlineData("ac148810-d857-441c-9679-408f346de14")]
    public void Ids_must_be_hyphenated_uuids(string id)
    {
        var errors = HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, $$"""{"id":"{{id}}","name":"x","status":"active"}""", "services[0]");

        Assert.Equal("services[0].id", Assert.Single(errors).Path);
        Assert.Contains("is not a UUID", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example/counselling")]
    [InlineData("example_com")]
    [InlineData("/counselling")]
    [InlineData("https://exa mple.org")]
    public void Web_addresses_must_be_absolute(string url) =>
        Assert.Contains("is not a full web address", Assert.Single(Service($",\"url\":\"{url}\"")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2023-03-15")]
    [InlineData("15/03/2023 10:00")]
    [InlineData("2023-03-15T10:30:45")]
    [InlineData("yesterday")]
    public void Timestamps_must_be_rfc3339(string value) =>
        Assert.Equal("services[0].last_modified", Assert.Single(Service($",\"last_modified\":\"{value}\"")).Path);

    [Theory]
    [InlineData("2023-03-15T10:30:45.123Z")]
    [InlineData("2023-03-15T10:30:45.0Z")]
    [InlineData("2023-03-15T10:30:45+01:00")]
    public void Rfc3339_timestamps_pass(string value) => Assert.Empty(Service($",\"last_modified\":\"{value}\""));

    [Theory]
    [InlineData("a b@example.org")]
    [InlineData("x@y")]
    [InlineData("@example.org")]
    [InlineData("name@@example.org")]
    public void Emails_need_one_at_and_a_dotted_domain(string email) =>
        Assert.Contains("is not an email address", Assert.Single(Service($",\"email\":\"{email}\"")).Message, StringComparison.Ordinal);

    [Fact]
    public async Task NJsonSchema_alone_would_let_these_formats_through()
    {
        // Why the validator brings its own format checks: with NJsonSchema's defaults, all of these pass.
        var schema = await JsonSchema.FromJsonAsync("""
            {"type":"object","properties":{"id":{"type":"string","format":"uuid"},"url":{"type":"string","format":"uri"},
             "email":{"type":"string","format":"email"},"at":{"type":"string","format":"date-time"}}}
            """, TestContext.Current.CancellationToken);
        var lenient = new JsonSchemaValidator().Validate("""{"id":"ac148810d857441c9679408f346de14b","url":"/counselling","email":"a b@c.com","at":"15/03/2023 10:00"}""", schema);

        Assert.Empty(lenient);
        Assert.Equal(4, Service(""","url":"/counselling","email":"a b@c.com","last_modified":"15/03/2023 10:00","program_id":"ac148810d857441c9679408f346de14b" """).Count);
    }

    [Fact]
    public void Nested_required_fields_are_reported_at_their_part()
    {
        var errors = Service($$""","phones":[{"id":"{{Id}}","number":"0114 000"},{"id":"{{Id}}"}],"organization":{"id":"{{Id}}","name":"Org"}""");

        Assert.Equal(["services[0].organization: description is required", "services[0].phones[1]: number is required"], errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Errors_carry_the_line_they_are_on()
    {
        var json = "{\n  \"id\": \"" + Id + "\",\n  \"name\": \"x\",\n  \"status\": \"active\",\n  \"email\": \"broken\"\n}";

        var error = Assert.Single(HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, json));
        Assert.Equal(5, error.Line);
    }

    [Theory]
    [InlineData("location.json", HsdsEntity.Location)]
    [InlineData("taxonomy.json", HsdsEntity.Taxonomy)]
    [InlineData("taxonomy_term.json", HsdsEntity.TaxonomyTerm)]
    [InlineData("service_full.json", HsdsEntity.Service)]
    [InlineData("organization_full.json", HsdsEntity.Organization)]
    [InlineData("service_at_location_full.json", HsdsEntity.ServiceAtLocation)]
    public void Every_record_kind_validates_its_published_example(string file, HsdsEntity entity)
    {
        Assert.Empty(HsdsSchemaValidator.Core.Validate(entity, File.ReadAllText(Standards.HsdsExample(file))));
        Assert.All(HsdsSchemaValidator.Core.Validate(entity, "{}"), e => Assert.EndsWith("is required", e.Message, StringComparison.Ordinal));
        Assert.Contains(HsdsSchemaValidator.Core.Validate(entity, "{}"), e => e.Message == "id is required");
    }

    [Fact]
    public void The_uk_profile_has_its_own_schemas()
    {
        // The Warn mock's taxonomy term (a level 2 endpoint) lacks its description and has a bad term_uri.
        var errors = HsdsSchemaValidator.UkProfile.Validate(HsdsEntity.TaxonomyTerm, File.ReadAllText(Path.Combine(Standards.Mocks("Warn"), "taxonomy_term.json")), "taxonomy_terms[0]");

        Assert.Equal(["taxonomy_terms[0].term_uri: 'example_com' is not a full web address (URI) such as 'https://example.org'", "taxonomy_terms[0]: description is required"],
            errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(HsdsSchemaValidator.UkProfile.Validate(HsdsEntity.Taxonomy, File.ReadAllText(Standards.UkExample("taxonomy.json"))));
        Assert.Equal(HsdsProfile.UkProfile, HsdsSchemaValidator.For(HsdsProfile.UkProfile).Profile);
    }

    [Fact]
    public void Wkst_is_checked_by_core_but_not_by_the_uk_profile_which_drops_it()
    {
        var json = $$"""{"id":"{{Id}}","name":"x","status":"active","schedules":[{"id":"{{Id}}","wkst":"XX"}]}""";

        Assert.Single(HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, json));
        Assert.Empty(HsdsSchemaValidator.UkProfile.Validate(HsdsEntity.Service, json));
    }

    [Fact]
    public void Checking_side_by_side_gives_what_checking_one_by_one_gives()
    {
        // Reading checks a list's records in parallel with one shared validator.
        var records = Enumerable.Range(0, 2000).Select(i => i % 3 == 0
            ? Feeds.Service(i, $",\"email\":\"broken-{i}\"")
            : Feeds.Service(i, Feeds.AtLocation(Feeds.Location, Feeds.NestedLocation()))).ToList();

        var oneByOne = records.Select(r => string.Join("|", HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, r))).ToList();
        var sideBySide = records.AsParallel().AsOrdered().Select(r => string.Join("|", HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, r))).ToList();

        Assert.Equal(oneByOne, sideBySide);
        Assert.Equal(667, oneByOne.Count(e => e.Length > 0));
    }

    [Fact]
    public void Text_that_is_not_json_is_one_error()
    {
        var error = Assert.Single(HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, "{\"id\": ", "services[0]"));

        Assert.Equal("services[0]", error.Path);
        Assert.StartsWith("is not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
