using System.Globalization;
using Linkwork.Interop.Hsds;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Reading an HSDS API over real HTTP: a local Kestrel server serves a two-page /services feed.</summary>
public sealed class HsdsApiReadingTests
{
    // Five services, listed two to a page as one-to-one fields only; each full record comes from /services/{id}.
    private static readonly int[] ServiceNumbers = [1, 2, 3, 4, 5];

    private static string Summary(int n) => $$"""{"id":"{{Feeds.Id(n)}}","name":"Walk {{n}}","status":"active","organization_id":"{{Feeds.Organisation}}"}""";

    private static string Full(int n) => Feeds.Service(n, Feeds.AtLocation(Feeds.Location, Feeds.NestedLocation()) + $$""","phones":[{"id":"{{Feeds.Id(100 + n)}}","number":"0114 00{{n}}"}]""", name: "Walk " + n);

    private static Func<HttpContext, Task> TwoPageFeed(Func<HttpContext, Task<bool>>? intercept = null) => async context =>
    {
        if (intercept is not null && await intercept(context))
        {
            return;
        }

        var path = context.Request.Path.Value!.TrimEnd('/');
        context.Response.ContentType = "application/json";
        if (path == "/api/services")
        {
            var page = int.Parse(context.Request.Query["page"].ToString(), CultureInfo.InvariantCulture);
            var perPage = int.Parse(context.Request.Query["per_page"].ToString(), CultureInfo.InvariantCulture);
            var items = ServiceNumbers.Skip((page - 1) * perPage).Take(perPage).Select(Summary).ToArray();
            var pages = (ServiceNumbers.Length + perPage - 1) / perPage;
            await context.Response.WriteAsync($$"""{"total_items":5,"total_pages":{{pages}},"page_number":{{page}},"size":{{items.Length}},"first_page":{{(page == 1 ? "true" : "false")}},"last_page":{{(page >= pages ? "true" : "false")}},"empty":false,"contents":[{{string.Join(",", items)}}]}""");
            return;
        }

        if (path.StartsWith("/api/services/", StringComparison.Ordinal))
        {
            var n = Array.FindIndex(ServiceNumbers, n => Feeds.Id(n) == path["/api/services/".Length..]);
            if (n < 0)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await context.Response.WriteAsync(Full(ServiceNumbers[n]));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    };

    private static async Task<HsdsBatch> ReadAsync(LocalHttpServer server, string path, HsdsReadOptions? options = null)
    {
        using var http = new HttpClient();
        return await new HsdsFeedReader(http, options ?? new HsdsReadOptions { PerPage = 2 }).ReadAsync(new Uri(server.Address, path).ToString(), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Pages_are_followed_to_the_last_and_each_service_is_fetched_whole()
    {
        await using var server = await LocalHttpServer.StartAsync(TwoPageFeed());

        var batch = await ReadAsync(server, "api/services");

        Assert.Empty(batch.Errors);
        Assert.Equal(ServiceNumbers.Select(n => "Walk " + n), batch.Services.Select(s => s.Details.Name));
        Assert.All(batch.Services, s => Assert.Single(s.Details.Phones));
        Assert.Equal("Clifton Park", Assert.Single(batch.Locations).Details.Name);
        Assert.Equal(["/api/services?page=1&per_page=2", "/api/services?page=2&per_page=2", "/api/services?page=3&per_page=2"],
            server.Requests.Where(r => r.Contains("page=", StringComparison.Ordinal)));
        Assert.Equal(5, server.Requests.Count(r => r.StartsWith("/api/services/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_api_root_works_as_well_as_its_services_endpoint_and_progress_is_told()
    {
        await using var server = await LocalHttpServer.StartAsync(TwoPageFeed());
        var reports = new List<HsdsReadProgress>();

        var batch = await ReadAsync(server, "api", new HsdsReadOptions { PerPage = 2, Progress = new SynchronousProgress(reports) });

        Assert.Equal(5, batch.Services.Count);
        Assert.Equal(new HsdsReadProgress(5, 5), reports[^1]);
        Assert.Contains("/api/", server.Requests);
    }

    [Fact]
    public async Task A_failing_page_is_an_error_naming_the_request_and_what_came_before_is_kept()
    {
        await using var server = await LocalHttpServer.StartAsync(TwoPageFeed(async context =>
        {
            if (context.Request.Query["page"] == "2")
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync("boom");
                return true;
            }

            return false;
        }));

        var batch = await ReadAsync(server, "api/services");

        Assert.Equal(2, batch.Services.Count);
        var failure = batch.Errors[0];
        Assert.Equal(($"GET {server.Address}api/services?page=2&per_page=2", "the server answered HTTP 500 Internal Server Error"), (failure.Source, failure.Message));
        Assert.Equal("reading stopped at page 2; the services after it were not read", batch.Errors[1].Message);
    }

    [Fact]
    public async Task A_missing_service_is_an_error_naming_it()
    {
        await using var server = await LocalHttpServer.StartAsync(TwoPageFeed(async context =>
        {
            if (context.Request.Path.Value!.EndsWith(Feeds.Id(3), StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await Task.CompletedTask;
                return true;
            }

            return false;
        }));

        var batch = await ReadAsync(server, "api/services");

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("service", Feeds.Id(3), "services[2]", "the server answered HTTP 404 Not Found"), (error.Entity, error.Record, error.Path, error.Message));
        Assert.Equal(4, batch.Services.Count);
    }

    [Fact]
    public async Task A_server_that_ignores_page_is_not_read_forever()
    {
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(context.Request.Path.Value!.StartsWith("/services/", StringComparison.Ordinal)
                ? Full(1)
                : $$"""{"total_items":50,"total_pages":25,"page_number":1,"size":2,"first_page":true,"last_page":false,"empty":false,"contents":[{{Summary(1)}}]}""");
        });

        var batch = await ReadAsync(server, "services");

        Assert.Single(batch.Services);
        Assert.Contains(batch.Warnings, w => w.Message.StartsWith("page 2 repeats page 1", StringComparison.Ordinal));
        Assert.Equal(2, server.Requests.Count(r => r.Contains("page=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unreachable_api_is_one_clear_error()
    {
        await using var server = await LocalHttpServer.StartAsync(_ => Task.CompletedTask);
        var address = server.Address;
        await server.DisposeAsync();

        using var http = new HttpClient();
        var batch = await new HsdsFeedReader(http).ReadUrlAsync(new Uri(address, "services"), TestContext.Current.CancellationToken);

        Assert.StartsWith("the request failed: ", batch.Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(batch.Services);
    }

    /// <summary>Reports as they happen (Progress&lt;T&gt; would post them to the thread pool, after the read returns).</summary>
    private sealed class SynchronousProgress(List<HsdsReadProgress> reports) : IProgress<HsdsReadProgress>
    {
        public void Report(HsdsReadProgress value) => reports.Add(value);
    }
}
