using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>
/// The Open Referral UK validator's mock feeds, served the way its mock API serves them (/, /services,
/// /services/{id} ...) by a local server and read as an HSDS API. The validator requires the root and the
/// services endpoints (level 1: failures are errors) and only checks the others (level 2: failures are warnings).
/// </summary>
public sealed class HsdsValidatorMockTests
{
    private static async Task<(HsdsBatch Batch, List<string> Requests)> ReadMockAsync(string name)
    {
        await using var server = await LocalHttpServer.ServeMockAsync(Standards.Mocks(name));
        using var http = new HttpClient();
        var batch = await new HsdsFeedReader(http, Read.Lenient).ReadAsync(server.Address.ToString(), TestContext.Current.CancellationToken);
        return (batch, server.Requests);
    }

    [Fact]
    public async Task Default_is_a_valid_uk_feed_of_one_service()
    {
        var (batch, requests) = await ReadMockAsync("Default");

        Assert.True(batch.Errors.Count == 0, Read.Describe(batch));
        Assert.Equal(HsdsProfile.UkProfile, batch.Profile);
        var service = Assert.Single(batch.Services);
        Assert.Equal("Community Counselling", service.Details.Name);
        Assert.Equal("ABC 1234", Assert.Single(batch.Locations).Details.Addresses[0].PostalCode);
        Assert.Equal(["/", "/services?page=1&per_page=100", "/services/ac148810-d857-441c-9679-408f346de14b"], requests);
    }

    [Fact]
    public async Task Test_lists_the_same_service_with_every_mix_of_optional_fields()
    {
        var (batch, requests) = await ReadMockAsync("Test");

        // 128 list items, all valid, all the same service: it is fetched and read once.
        Assert.True(batch.Errors.Count == 0, Read.Describe(batch));
        Assert.Single(batch.Services);
        Assert.Equal(127, batch.Warnings.Count(w => w.Message.Contains("gives id ac148810-d857-441c-9679-408f346de14b again", StringComparison.Ordinal)));
        Assert.Single(requests, r => r.StartsWith("/services/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warn_has_valid_services_and_faults_only_in_its_optional_endpoints()
    {
        var (batch, _) = await ReadMockAsync("Warn");

        Assert.True(batch.Errors.Count == 0, Read.Describe(batch));
        Assert.Single(batch.Services);

        // What makes it "warn": its taxonomy term (level 2) lacks a description and has a bad term_uri,
        // its taxonomy list claims 10 pages but says it is the first, its term list says 2 pages but is the last.
        var term = HsdsSchemaValidator.UkProfile.Validate(HsdsEntity.TaxonomyTerm, File.ReadAllText(Path.Combine(Standards.Mocks("Warn"), "taxonomy_term.json")));
        Assert.Equal(["term_uri", "(record)"], term.Select(e => e.Path).Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(HsdsSchemaValidator.UkProfile.Validate(HsdsEntity.TaxonomyTerm, File.ReadAllText(Path.Combine(Standards.Mocks("Default"), "taxonomy_term.json"))));
    }

    [Fact]
    public async Task Fail_is_rejected_with_every_bad_field_named()
    {
        var (batch, _) = await ReadMockAsync("Fail");

        Assert.Empty(batch.Services);
        var list = batch.Errors.Where(e => e.Source.Contains("/services?page=1", StringComparison.Ordinal)).Select(e => $"{e.Path}: {e.Message}").ToList();
        var full = batch.Errors.Where(e => e.Source.Contains("/services/ac148810", StringComparison.Ordinal)).Select(e => $"{e.Path}: {e.Message}").ToList();
        var faults = batch.Errors.Select(e => $"{e.Path}: {e.Message}").ToList();
        // The list: four services without a name, with an address that is not one, and emails that are not emails.
        Assert.Equal(4, list.Count(f => f.EndsWith(": name is required", StringComparison.Ordinal)));
        Assert.Equal(3, list.Count(f => f.Contains("].url: 'example_counselling' is not a full web address", StringComparison.Ordinal)));
        Assert.Equal(2, list.Count(f => f.Contains("].email: 'email-example_com' is not an email address", StringComparison.Ordinal)));
        Assert.Contains("services[2].email: must be text, not false", list);
        Assert.Contains("services[3].email: must be text, not 12345", list);
        // The full service: its url and email are broken too.
        Assert.Equal(
            ["services[0].email: 'email-example_com' is not an email address", "services[0].url: 'example/counselling' is not a full web address (URI) such as 'https://example.org'"],
            full.Order(StringComparer.Ordinal));
        // Asked for two other services, the mock answers with the first one.
        Assert.Equal(2, faults.Count(f => f.Contains("but the API answered with service ac148810-d857-441c-9679-408f346de14b", StringComparison.Ordinal)));
        Assert.All(batch.Errors, e => Assert.StartsWith("GET http://127.0.0.1:", e.Source, StringComparison.Ordinal));
        Assert.Equal(15, batch.Errors.Count);
        // Its API description (level 1 for the validator) has no profile and an openapi_url that is not an address: a warning here.
        Assert.Contains(batch.Warnings, w => w.Message == "the API description's openapi_url 'docs-openreferraluk-org/en/latest/openapi30.json' is not a full web address");
    }
}
