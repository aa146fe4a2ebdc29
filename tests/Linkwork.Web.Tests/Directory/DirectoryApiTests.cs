using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

public abstract class DirectoryApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Anyone_can_search_and_gets_hits_with_what_a_person_needs_to_choose()
    {
        var service = await ProviderServiceAsync();
        var response = await App.NewClient().GetAsync($"/api/v1/directory/search?q={Uri.EscapeDataString(service.Name)}&includeClosed=true&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results");
        var hit = results.EnumerateArray().First(r => r.GetProperty("id").GetGuid() == service.Id);
        Assert.Equal(service.Name, hit.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("organisationName").GetString()));
        Assert.True(hit.GetProperty("snippet").GetArrayLength() > 0);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        Assert.True(json.RootElement.GetProperty("facets").ValueKind == JsonValueKind.Object);
    }

    [Theory]
    [InlineData("lat=123&lon=-1.3", "lat")]
    [InlineData("lat=53.4", "lon")]
    [InlineData("radiusKm=5", "radiusKm")]
    [InlineData("mode=teleport", "mode")]
    [InlineData("taxonomy=Moonbeams", "taxonomy")]
    [InlineData("openAt=tuesday", "openAt")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task A_bad_search_names_the_field(string query, string field)
    {
        var response = await App.NewClient().GetAsync("/api/v1/directory/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Provider_staff_update_their_capacity_and_search_shows_it_at_once()
    {
        var service = await ProviderServiceAsync();
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var update = await provider.PutAsJsonAsync($"/api/v1/directory/services/{service.Id}/capacity", new { status = "Waitlist", estimatedWaitWeeks = 6 });
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);

        var hit = await FindAsync(service);
        Assert.Equal("Waitlist", hit.GetProperty("capacity").GetString());
        Assert.Equal(6, hit.GetProperty("estimatedWaitWeeks").GetInt32());
    }

    [Theory]
    [InlineData(Role.Referrer)]
    [InlineData(Role.LinkWorker)]
    public async Task Others_cannot_change_a_providers_capacity(Role role)
    {
        var service = await ProviderServiceAsync();
        var client = await App.SignedInAsAsync(role);

        var update = await client.PutAsJsonAsync($"/api/v1/directory/services/{service.Id}/capacity", new { status = "NoCapacity" });
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
    }

    [Fact]
    public async Task Bad_capacity_and_unknown_records_are_refused_and_change_nothing()
    {
        var service = await ProviderServiceAsync();
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var before = (await FindAsync(service)).GetProperty("estimatedWaitWeeks").ToString();

        var tooLong = await provider.PutAsJsonAsync($"/api/v1/directory/services/{service.Id}/capacity", new { status = "Waitlist", estimatedWaitWeeks = 500 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(before, (await FindAsync(service)).GetProperty("estimatedWaitWeeks").ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await provider.PutAsJsonAsync($"/api/v1/directory/services/{Guid.CreateVersion7()}/capacity", new { status = "Waitlist" })).StatusCode);
        var curator = await App.SignedInAsAsync(Role.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await curator.PostAsJsonAsync($"/api/v1/directory/change-requests/{Guid.CreateVersion7()}/accept", new { note = "" })).StatusCode);
    }

    [Fact]
    public async Task Provider_staff_cannot_propose_changes_to_another_organisations_service()
    {
        var own = await ProviderServiceAsync();
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var ownOrganisation = await db.Services.Where(s => s.Id == own.Id).Select(s => s.OrganisationId).SingleAsync();
        var other = await db.Services.AsNoTracking().Where(s => s.OrganisationId != ownOrganisation).OrderBy(s => s.Id).FirstAsync();
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var proposed = await provider.PostAsJsonAsync($"/api/v1/directory/services/{other.Id}/change-requests", new { changes = new Dictionary<string, string> { ["Name"] = "Taken over" } });

        Assert.Equal(HttpStatusCode.Forbidden, proposed.StatusCode);
        Assert.False(await db.ServiceChangeRequests.AnyAsync(r => r.ServiceId == other.Id));
    }

    [Fact]
    public async Task A_providers_proposal_waits_for_a_curator_and_then_is_found()
    {
        var service = await ProviderServiceAsync();
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var newName = "Tea and Chat " + Guid.NewGuid().ToString("N")[..6];

        var proposed = await provider.PostAsJsonAsync($"/api/v1/directory/services/{service.Id}/change-requests", new { changes = new Dictionary<string, string> { ["Name"] = newName }, note = "Renamed" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var requestId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.PostAsJsonAsync($"/api/v1/directory/change-requests/{requestId}/accept", new { note = "" })).StatusCode);
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await curator.PostAsJsonAsync($"/api/v1/directory/change-requests/{requestId}/reject", new { note = (string?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await curator.PostAsJsonAsync($"/api/v1/directory/change-requests/{requestId}/accept", new { note = "Thanks" })).StatusCode);

        var hit = await FindAsync(service with { Name = newName });
        Assert.Equal(newName, hit.GetProperty("name").GetString());
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        Assert.Equal(ChangeRequestStatus.Accepted, (await db.ServiceChangeRequests.SingleAsync(r => r.Id == requestId)).Status);
        Assert.Contains(await db.AuditEntries.Where(a => a.RecordId == requestId.ToString()).Select(a => a.Action).ToListAsync(), a => a == "service.change-accepted");
    }

    private async Task<JsonElement> FindAsync((Guid Id, string Name) service)
    {
        var response = await App.NewClient().GetAsync($"/api/v1/directory/search?q={Uri.EscapeDataString(service.Name)}&includeClosed=true&pageSize=100");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == service.Id).Clone();
    }

    /// <summary>An active service of the demo provider's organisation.</summary>
    private async Task<(Guid Id, string Name)> ProviderServiceAsync()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var organisationId = await db.Users.Where(u => u.Email == "provider@demo.linkwork.test").Select(u => u.OrganisationId).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.Directory.Search.DirectorySearch>().Ready.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var service = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Id).FirstAsync();
        return (service.Id, service.Name);
    }
}

public sealed class SqliteDirectoryApiTests(SqliteApp app) : DirectoryApiTests<SqliteApp>(app);

public sealed class PostgresDirectoryApiTests(PostgresApp app) : DirectoryApiTests<PostgresApp>(app);
