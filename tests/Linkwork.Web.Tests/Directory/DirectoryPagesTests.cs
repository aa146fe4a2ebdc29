using System.Net;
using System.Text.Encodings.Web;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

public abstract class DirectoryPagesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task The_public_search_lists_services_with_links_to_their_pages()
    {
        var service = await AnyActiveServiceAsync();
        var page = await App.NewClient().GetStringAsync($"/?need={service.Details.Need}&closed=true");

        Assert.Contains("services found", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/services/{service.Id}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_counts_the_active_services_of_each_need_and_those_taking_referrals()
    {
        await using var scope = App.Scope();
        var services = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Services.AsNoTracking()
            .Where(s => s.Details.Status == ServiceStatus.Active && s.Details.Need != null).ToListAsync();
        var busiest = services.GroupBy(s => s.Details.Need!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        var referring = busiest.Count(s => s.Details.ReferralMode == ReferralMode.AcceptsReferrals);

        var page = await App.NewClient().GetStringAsync("/");

        Assert.Contains($"<a href=\"/?need={busiest.Key}\">{HtmlEncoder.Default.Encode(busiest.Key.Label())}</a></th><td class=\"number\">{busiest.Count():N0}</td><td class=\"number\">{referring:N0}</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_search_says_what_is_wrong_on_the_page()
    {
        var page = await App.NewClient().GetStringAsync("/?age=300");

        Assert.Contains("The search could not run", page, StringComparison.Ordinal);
        Assert.Contains("Age must be between 0 and 120", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_page_says_where_when_cost_and_when_it_was_checked()
    {
        var service = await AnyActiveServiceAsync();
        var response = await App.NewClient().GetAsync($"/services/{service.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(HtmlEncoder.Default.Encode(service.Name), page, StringComparison.Ordinal);
        Assert.Contains("Who it is for", page, StringComparison.Ordinal);
        Assert.Contains("Last checked", page, StringComparison.Ordinal);
        Assert.Contains("Where", page, StringComparison.Ordinal);
        await using var scope = App.Scope();
        var location = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Locations.AsNoTracking()
            .SingleAsync(l => l.Id == service.Details.Locations[0].LocationId);
        Assert.Contains(HtmlEncoder.Default.Encode(location.Details.Addresses[0].PostalCode), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_service_is_not_found()
    {
        var response = await App.NewClient().GetAsync($"/services/{Guid.CreateVersion7()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Service> AnyActiveServiceAsync()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        return await db.Services.AsNoTracking().Where(s => s.Details.Status == ServiceStatus.Active).OrderBy(s => s.Id).FirstAsync();
    }
}

public sealed class SqliteDirectoryPagesTests(SqliteApp app) : DirectoryPagesTests<SqliteApp>(app);

public sealed class PostgresDirectoryPagesTests(PostgresApp app) : DirectoryPagesTests<PostgresApp>(app);
