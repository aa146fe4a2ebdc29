using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Hosting;

public abstract class HostingTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_this_providers_migrations()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"Run `dotnet ef migrations add` for {App.Provider}: the model has changed.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_health_check_reaches_the_database()
    {
        var response = await App.NewClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_is_answered_once_the_search_index_is_built()
    {
        await App.Services.GetRequiredService<Features.Directory.Search.DirectorySearch>().Ready;

        var response = await App.NewClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_and_the_reference_page_is_served()
    {
        var client = App.NewClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/me", out _));
        Assert.True(paths.TryGetProperty("/api/v1/programme", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task Metrics_are_exposed_for_scraping()
    {
        var client = App.NewClient();
        await client.GetAsync("/healthz");

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_home_page_shows_the_directory_without_sign_in()
    {
        var page = await App.NewClient().GetStringAsync("/");

        Assert.Contains("Rotherham", page, StringComparison.Ordinal);
        Assert.Contains("Befriending and social groups", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_page_gets_a_page_and_a_missing_API_path_gets_a_problem_document()
    {
        var client = App.NewClient();

        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_demo_lands_in_the_database_with_the_sizes_asked_for()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();

        Assert.Equal(LinkworkApp.DemoServices, await db.Services.CountAsync());
        Assert.Equal(LinkworkApp.DemoPeople, await db.People.CountAsync());
        Assert.Equal(10, await db.Users.CountAsync(u => u.Email!.EndsWith("@demo.linkwork.test")));
        // The listing's parts come back from their JSON columns whole.
        var services = await db.Services.AsNoTracking().ToListAsync();
        Assert.All(services, s =>
        {
            Assert.NotEmpty(s.Details.Locations);
            Assert.NotEmpty(s.Details.Schedules.SelectMany(schedule => schedule.WeeklyOpenings()));
            Assert.NotNull(s.Details.Need);
        });
        Assert.Contains(services, s => s.Capacity is { UpdatedBy.Length: > 0 });
    }
}

public sealed class SqliteHostingTests(SqliteApp app) : HostingTests<SqliteApp>(app);

public sealed class PostgresHostingTests(PostgresApp app) : HostingTests<PostgresApp>(app);
