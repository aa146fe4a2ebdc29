using System.Net;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

public abstract class HsdsApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task The_root_describes_the_API_to_any_origin()
    {
        var response = await App.NewClient().GetAsync("/hsds/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3.0", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Services_page_with_the_spec_paging_object_and_every_item_validates()
    {
        using var json = await GetAsync("/hsds/services?per_page=7&page=2&full=true");
        var root = json.RootElement;

        Assert.Equal(LinkworkApp.DemoServices, root.GetProperty("total_items").GetInt32());
        Assert.Equal((LinkworkApp.DemoServices + 6) / 7, root.GetProperty("total_pages").GetInt32());
        Assert.Equal(2, root.GetProperty("page_number").GetInt32());
        Assert.False(root.GetProperty("first_page").GetBoolean());
        Assert.Equal(7, root.GetProperty("contents").GetArrayLength());
        foreach (var service in root.GetProperty("contents").EnumerateArray())
        {
            AssertValid(HsdsEntity.Service, service);
            Assert.True(service.GetProperty("service_at_locations").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task One_service_comes_fully_nested_and_valid()
    {
        var service = await AnyServiceAsync();
        using var json = await GetAsync($"/hsds/services/{service.Id}");

        AssertValid(HsdsEntity.Service, json.RootElement);
        Assert.Equal(service.Name, json.RootElement.GetProperty("name").GetString());
        Assert.True(json.RootElement.GetProperty("organization").TryGetProperty("name", out _));
        var location = json.RootElement.GetProperty("service_at_locations")[0].GetProperty("location");
        Assert.True(location.GetProperty("addresses").GetArrayLength() > 0);
        Assert.False(json.RootElement.TryGetProperty("alternate_name", out _), "empty optional fields are left out");
    }

    [Fact]
    public async Task Filters_are_cumulative()
    {
        var service = await AnyServiceAsync();
        var term = NeedTaxonomy.TermId(service.Details.Need!.Value);

        using var byTerm = await GetAsync($"/hsds/services?taxonomy_term_id={term}&per_page=500&full=true");
        var contents = byTerm.RootElement.GetProperty("contents").EnumerateArray().ToList();
        Assert.Contains(contents, s => s.GetProperty("id").GetGuid() == service.Id);
        Assert.All(contents, s => Assert.Contains(s.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("taxonomy_term_id").GetGuid() == term));

        using var both = await GetAsync($"/hsds/services?taxonomy_term_id={term}&organization_id={service.OrganisationId}&per_page=500");
        Assert.InRange(both.RootElement.GetProperty("total_items").GetInt32(), 1, contents.Count);
        Assert.All(both.RootElement.GetProperty("contents").EnumerateArray(), s => Assert.Equal(service.OrganisationId, s.GetProperty("organization_id").GetGuid()));
    }

    [Fact]
    public async Task Organizations_taxonomies_and_terms_validate()
    {
        using var organisations = await GetAsync("/hsds/organizations?per_page=5");
        Assert.All(organisations.RootElement.GetProperty("contents").EnumerateArray(), o => AssertValid(HsdsEntity.Organization, o));
        using var taxonomies = await GetAsync("/hsds/taxonomies");
        Assert.Contains(taxonomies.RootElement.GetProperty("contents").EnumerateArray(), t => t.GetProperty("id").GetGuid() == NeedTaxonomy.Id);
        using var terms = await GetAsync($"/hsds/taxonomy_terms?taxonomy_id={NeedTaxonomy.Id}");
        Assert.Equal(15, terms.RootElement.GetProperty("total_items").GetInt32());
        Assert.All(terms.RootElement.GetProperty("contents").EnumerateArray(), t => AssertValid(HsdsEntity.TaxonomyTerm, t));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await App.NewClient().GetAsync($"/hsds/services/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Theory]
    [InlineData("/hsds/services?page=abc")]
    [InlineData("/hsds/services?modified_after=yesterday")]
    public async Task A_malformed_parameter_is_a_problem_in_JSON_not_an_HTML_page(string url)
    {
        var response = await App.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertValid(HsdsEntity entity, JsonElement record)
    {
        var errors = HsdsSchemaValidator.Core.Validate(entity, record.GetRawText());
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    private async Task<JsonDocument> GetAsync(string path)
    {
        var response = await App.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<Service> AnyServiceAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Services.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
    }
}

public sealed class SqliteHsdsApiTests(SqliteApp app) : HsdsApiTests<SqliteApp>(app);

public sealed class PostgresHsdsApiTests(PostgresApp app) : HsdsApiTests<PostgresApp>(app);
