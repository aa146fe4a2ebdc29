using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

/// <summary>The staff side of the directory: provider capacity and proposals, and the curators' screens and worklists.</summary>
public abstract class CurationPagesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Provider_staff_set_capacity_from_the_dashboard_in_one_click()
    {
        var service = await ProviderServiceAsync(0);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var dashboard = await provider.GetStringAsync("/app");
        Assert.Contains($"action=\"/app/services/{service.Id}?handler=Capacity\"", dashboard, StringComparison.Ordinal);

        var response = await provider.PostFormAsync("/app", new Dictionary<string, string>
        {
            ["status"] = nameof(CapacityStatus.Waitlist), ["waitWeeks"] = "6", ["returnUrl"] = "/app",
        }, $"/app/services/{service.Id}?handler=Capacity");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app", response.Headers.Location?.OriginalString);
        var saved = await ServiceAsync(service.Id);
        Assert.Equal(CapacityStatus.Waitlist, saved.Capacity?.Status);
        Assert.Equal(6, saved.Capacity?.EstimatedWaitWeeks);
        Assert.Equal("provider@demo.linkwork.test", saved.Capacity?.UpdatedBy);
        Assert.Equal("Waitlist", (await FindAsync(saved.Name, service.Id)).GetProperty("capacity").GetString());
    }

    [Fact]
    public async Task A_capacity_return_address_off_the_site_is_ignored()
    {
        var service = await ProviderServiceAsync(0);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var response = await provider.PostFormAsync("/app", new Dictionary<string, string>
        {
            ["status"] = nameof(CapacityStatus.HasCapacity), ["returnUrl"] = "https://evil.example/",
        }, $"/app/services/{service.Id}?handler=Capacity");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/app/services/{service.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_providers_proposal_from_the_listing_page_waits_in_the_queue_until_a_curator_accepts_it()
    {
        var service = await ProviderServiceAsync(1);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var newName = "Friendship Lunch " + Guid.NewGuid().ToString("N")[..6];
        var listingPage = $"/app/services/{service.Id}";
        Assert.Contains("Send for review", await provider.GetStringAsync(listingPage), StringComparison.Ordinal);

        var proposed = await provider.PostFormAsync(listingPage, FormOf(service, (ServiceField.Name, newName)) is var form
            ? new Dictionary<string, string>(form) { ["Note"] = "We have a new name" } : form, $"{listingPage}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(service.Name, (await ServiceAsync(service.Id)).Name);

        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var queue = await curator.GetStringAsync("/app/directory/change-requests");
        Assert.Contains(HtmlEncoder.Default.Encode(newName), queue, StringComparison.Ordinal);
        Assert.Contains("We have a new name", queue, StringComparison.Ordinal);
        var requestId = await PendingRequestAsync(service.Id);

        var accepted = await curator.PostFormAsync("/app/directory/change-requests", new Dictionary<string, string> { ["id"] = requestId.ToString(), ["note"] = "" },
            "/app/directory/change-requests?handler=Accept");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(newName, (await ServiceAsync(service.Id)).Name);
        Assert.Equal(newName, (await FindAsync(newName, service.Id)).GetProperty("name").GetString());
        Assert.DoesNotContain(HtmlEncoder.Default.Encode(newName), await curator.GetStringAsync("/app/directory/change-requests"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_without_one_changes_nothing()
    {
        var service = await ProviderServiceAsync(2);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var listingPage = $"/app/services/{service.Id}";
        await provider.PostFormAsync(listingPage, FormOf(service, (ServiceField.WaitTime, "About two weeks")), $"{listingPage}?handler=Save");
        var requestId = await PendingRequestAsync(service.Id);
        var curator = await App.SignedInAsAsync(Role.Supervisor);

        var refused = await curator.PostFormAsync("/app/directory/change-requests", new Dictionary<string, string> { ["id"] = requestId.ToString(), ["note"] = " " },
            "/app/directory/change-requests?handler=Reject");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The reason for rejecting", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(requestId, await PendingRequestAsync(service.Id));

        var rejected = await curator.PostFormAsync("/app/directory/change-requests", new Dictionary<string, string> { ["id"] = requestId.ToString(), ["note"] = "The wait is longer than that" },
            "/app/directory/change-requests?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Contains("The wait is longer than that", await provider.GetStringAsync(listingPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curator_closes_a_service_and_the_public_search_stops_showing_it_unless_asked()
    {
        var service = await ProviderServiceAsync(3);
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var listingPage = $"/app/services/{service.Id}";
        Assert.Contains("Save the listing", await curator.GetStringAsync(listingPage), StringComparison.Ordinal);

        var saved = await curator.PostFormAsync(listingPage, FormOf(service, (ServiceField.Status, "temporarily closed")), $"{listingPage}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ServiceStatus.TemporarilyClosed, (await ServiceAsync(service.Id)).Details.Status);
        Assert.Equal("TemporarilyClosed", (await FindAsync(service.Name, service.Id)).GetProperty("status").GetString());
        var openOnly = await App.NewClient().GetStringAsync($"/api/v1/directory/search?q={Uri.EscapeDataString(service.Name)}&pageSize=100");
        Assert.DoesNotContain(service.Id.ToString(), openOnly, StringComparison.Ordinal);
        Assert.Contains(await AuditActionsAsync(service.Id), a => a == "service.edited");
    }

    [Fact]
    public async Task A_bad_edit_is_explained_and_the_listing_is_unchanged()
    {
        var service = await ProviderServiceAsync(2);
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var listingPage = $"/app/services/{service.Id}";

        var response = await curator.PostFormAsync(listingPage, FormOf(service, (ServiceField.MinimumAge, "eighteen")), $"{listingPage}?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Minimum age must be a whole number of years", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(service.Details.MinimumAge, (await ServiceAsync(service.Id)).Details.MinimumAge);
    }

    [Fact]
    public async Task The_stale_worklist_lists_old_checks_first_and_one_click_marks_a_listing_checked()
    {
        var service = await ProviderServiceAsync(0);
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            var tracked = await db.Services.SingleAsync(s => s.Id == service.Id);
            tracked.Assure(new DateOnly(2001, 1, 1), "old@demo.linkwork.test", App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var worklist = await curator.GetStringAsync("/app/directory/stale");
        Assert.Contains($"href=\"/app/services/{service.Id}\"", worklist, StringComparison.Ordinal);
        Assert.Contains("1 Jan 2001", worklist, StringComparison.Ordinal);

        var checkedToday = await curator.PostFormAsync("/app/directory/stale",
            new Dictionary<string, string> { ["returnUrl"] = "/app/directory/stale" }, $"/app/services/{service.Id}?handler=Assure");

        Assert.Equal(HttpStatusCode.Redirect, checkedToday.StatusCode);
        Assert.Equal("/app/directory/stale", checkedToday.Headers.Location?.OriginalString);
        var assured = (await ServiceAsync(service.Id)).Details;
        Assert.Equal(DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime), assured.AssuredDate!.Value, new DateOnlyWithin(1));
        Assert.Equal("supervisor@demo.linkwork.test", assured.AssurerEmail);
        Assert.DoesNotContain($"href=\"/app/services/{service.Id}\"", await curator.GetStringAsync("/app/directory/stale"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curator_renames_an_organisation_and_search_shows_the_new_name()
    {
        var service = await ProviderServiceAsync(0);
        var organisationId = (await ServiceAsync(service.Id)).OrganisationId;
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var page = $"/app/directory/organisations/{organisationId}";
        var newName = "Rotherham Good Neighbours " + Guid.NewGuid().ToString("N")[..6];

        var saved = await curator.PostFormAsync(page, new Dictionary<string, string> { ["Input.Name"] = newName, ["Input.Website"] = "https://neighbours.example.org" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(newName, (await FindAsync(service.Name, service.Id)).GetProperty("organisationName").GetString());
        Assert.Contains(HtmlEncoder.Default.Encode(newName), await curator.GetStringAsync($"/app/directory?q={Uri.EscapeDataString(newName)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curator_moves_a_place_on_the_map_and_a_bad_latitude_changes_nothing()
    {
        var service = await ProviderServiceAsync(placed: true);
        var locationId = service.Details.Locations[0].LocationId;
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var page = $"/app/directory/locations/{locationId}";
        var before = await LocationAsync(locationId);

        var refused = await curator.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Moved", ["Input.Latitude"] = "123", ["Input.Longitude"] = "-1.35",
            ["Input.Address1"] = "1 High Street", ["Input.City"] = "Rotherham", ["Input.PostalCode"] = "S60 1AA",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Latitude must be between -90 and 90", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = (await LocationAsync(locationId)).Details;
        Assert.Equal((before.Details.Name, before.Details.Latitude, before.Details.Longitude), (after.Name, after.Latitude, after.Longitude));

        // Far from the demo's Rotherham, so only a search near the new point finds the service.
        var moved = await curator.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Moved", ["Input.Latitude"] = "51.5007", ["Input.Longitude"] = "-0.1246",
            ["Input.Address1"] = "1 High Street", ["Input.City"] = "London", ["Input.PostalCode"] = "SW1A 0AA",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var near = await App.NewClient().GetStringAsync("/api/v1/directory/search?lat=51.5&lon=-0.12&radiusKm=2&includeClosed=true&pageSize=100");
        Assert.Contains(service.Id.ToString(), near, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.LinkWorker, "/app/directory")]
    [InlineData(Role.ProviderStaff, "/app/directory/change-requests")]
    [InlineData(Role.ProviderStaff, "/app/directory/stale")]
    [InlineData(Role.Referrer, "/app/directory")]
    public async Task Only_curators_open_the_curation_screens(Role role, string page)
    {
        var client = await App.SignedInAsAsync(role);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(page)).StatusCode);
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await curator.GetAsync(page)).StatusCode);
    }

    [Theory]
    [InlineData(Role.LinkWorker)]
    [InlineData(Role.Referrer)]
    public async Task Only_the_organisations_staff_and_curators_open_a_listing_to_edit(Role role)
    {
        var service = await ProviderServiceAsync(0);
        var client = await App.SignedInAsAsync(role);
        var response = await client.GetAsync($"/app/services/{service.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Provider_staff_cannot_edit_another_organisations_listing()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var own = await ProviderOrganisationAsync(db);
        var other = await db.Services.AsNoTracking().Where(s => s.OrganisationId != own).OrderBy(s => s.Id).FirstAsync();
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var response = await provider.GetAsync($"/app/services/{other.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_capacity_with_an_impossible_wait_is_explained_and_changes_nothing()
    {
        var service = await ProviderServiceAsync(1);
        var before = (await ServiceAsync(service.Id)).Capacity;
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var response = await provider.PostFormAsync("/app", new Dictionary<string, string>
        {
            ["status"] = nameof(CapacityStatus.Waitlist), ["waitWeeks"] = "500", ["returnUrl"] = "/app",
        }, $"/app/services/{service.Id}?handler=Capacity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(HtmlEncoder.Default.Encode("The estimated wait must be 0–104 weeks"), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await ServiceAsync(service.Id)).Capacity);
    }

    [Fact]
    public async Task Provider_staff_cannot_mark_their_listing_checked_nor_edit_their_organisation()
    {
        var service = await ProviderServiceAsync(3);
        var before = (await ServiceAsync(service.Id)).Details.AssuredDate;
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var listingPage = $"/app/services/{service.Id}";
        Assert.DoesNotContain("Mark as checked today", await provider.GetStringAsync(listingPage), StringComparison.Ordinal);

        var assure = await provider.PostFormAsync(listingPage, new Dictionary<string, string>(), $"{listingPage}?handler=Assure");
        var organisationEditor = await provider.GetAsync($"/app/directory/organisations/{service.OrganisationId}");

        Assert.Contains("access-denied", assure.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await ServiceAsync(service.Id)).Details.AssuredDate);
        Assert.Contains("access-denied", organisationEditor.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_already_reviewed_cannot_be_reviewed_again()
    {
        var service = await ProviderServiceAsync(3);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var listingPage = $"/app/services/{service.Id}";
        await provider.PostFormAsync(listingPage, FormOf(service, (ServiceField.InterpretationServices, "Urdu on request")), $"{listingPage}?handler=Save");
        var requestId = await PendingRequestAsync(service.Id);
        var curator = await App.SignedInAsAsync(Role.Supervisor);
        var reject = new Dictionary<string, string> { ["id"] = requestId.ToString(), ["note"] = "Please ask the interpreters first" };
        Assert.Equal(HttpStatusCode.Redirect, (await curator.PostFormAsync("/app/directory/change-requests", reject, "/app/directory/change-requests?handler=Reject")).StatusCode);

        var again = await curator.PostFormAsync("/app/directory/change-requests",
            new Dictionary<string, string> { ["id"] = requestId.ToString(), ["note"] = "" }, "/app/directory/change-requests?handler=Accept");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already been rejected", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(service.Details.InterpretationServices, (await ServiceAsync(service.Id)).Details.InterpretationServices);
    }

    /// <summary>Every field of the listing's form as it is now, with some changed.</summary>
    private static Dictionary<string, string> FormOf(Service service, params (ServiceField Field, string Value)[] changes)
    {
        var form = Enum.GetValues<ServiceField>().ToDictionary(f => $"Values[{f}]", f => f.ValueIn(service.Details) ?? "");
        foreach (var (field, value) in changes)
        {
            form[$"Values[{field}]"] = value;
        }

        return form;
    }

    private async Task<JsonElement> FindAsync(string name, Guid id)
    {
        var json = await App.NewClient().GetStringAsync($"/api/v1/directory/search?q={Uri.EscapeDataString(name)}&includeClosed=true&pageSize=100");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id).Clone();
    }

    private async Task<Guid> PendingRequestAsync(Guid serviceId)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().ServiceChangeRequests
            .Where(r => r.ServiceId == serviceId && r.Status == ChangeRequestStatus.Pending).Select(r => r.Id).SingleAsync();
    }

    private async Task<Service> ServiceAsync(Guid id)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Services.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private async Task<Location> LocationAsync(Guid id)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Locations.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    private async Task<List<string>> AuditActionsAsync(Guid recordId)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().AuditEntries
            .Where(a => a.RecordId == recordId.ToString()).Select(a => a.Action).ToListAsync();
    }

    private static Task<Guid> ProviderOrganisationAsync(LinkworkDbContext db) =>
        db.Users.Where(u => u.Email == "provider@demo.linkwork.test").Select(u => u.OrganisationId!.Value).SingleAsync();

    /// <summary>One of the demo provider's services (it has at least four), in a fixed order, so tests that change different things take different ones.</summary>
    private async Task<Service> ProviderServiceAsync(int index = 0, bool placed = false)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        await scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.Directory.Search.DirectorySearch>().Ready.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var organisationId = await ProviderOrganisationAsync(db);
        var services = (await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Id).ToListAsync())
            .Where(s => !placed || s.Details.Locations.Count > 0).ToList();
        Assert.True(services.Count > index, $"The demo provider has {services.Count} such services; the test needs {index + 1}.");
        return services[index];
    }

    private sealed class DateOnlyWithin(int days) : IEqualityComparer<DateOnly>
    {
        public bool Equals(DateOnly x, DateOnly y) => Math.Abs(x.DayNumber - y.DayNumber) <= days;

        public int GetHashCode(DateOnly obj) => 0;
    }
}

public sealed class SqliteCurationPagesTests(SqliteApp app) : CurationPagesTests<SqliteApp>(app);

public sealed class PostgresCurationPagesTests(PostgresApp app) : CurationPagesTests<PostgresApp>(app);
