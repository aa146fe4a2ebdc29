using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data.Search;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.People;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Measures;

/// <summary>
/// A positive screen's needs start the "what matters" conversation and bring up directory services near the person:
/// over the API and on the episode page, from the postcode lookup's centres, for the programme team only.
/// </summary>
public abstract class SuggestedServicesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private const double RadiusKm = 15;

    [Fact]
    public async Task A_positive_hunger_screen_suggests_the_nearest_running_food_services_to_the_persons_postcode()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 14);
        await HungerScreenAsync(worker, episodeId, "Often true");
        var (serviceId, latitude, longitude) = await LocatedServiceAsync(NeedCategory.Food, skip: 0);
        await PlacePersonAsync(episodeId, latitude, longitude);

        var suggested = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}/suggested-services")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("screening", true), (suggested.GetProperty("needsFrom").GetString(), suggested.GetProperty("located").GetBoolean()));
        var food = Assert.Single(suggested.GetProperty("needs").EnumerateArray());
        Assert.Equal(("food-insecurity", "Food"), (food.GetProperty("code").GetString(), food.GetProperty("serviceNeed").GetString()));
        var services = food.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(serviceId, services[0].GetProperty("id").GetGuid());
        Assert.Equal(0, services[0].GetProperty("distanceKm").GetDouble(), 2);
        // The nearest three (ties in any order): each one's own distance, and the same distances as the three nearest.
        var expected = await DistancesAsync(NeedCategory.Food, latitude, longitude);
        var distances = services.Select(s => s.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.Equal(expected.Values.Order().Take(3).Select(km => Math.Round(km, 2)), distances);
        Assert.All(services, s => Assert.Equal(Math.Round(expected[s.GetProperty("id").GetGuid()], 2), s.GetProperty("distanceKm").GetDouble()));
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "episode.suggestions.read" && a.RecordId == episodeId.ToString())));
    }

    [Fact]
    public async Task Once_the_conversation_is_recorded_its_needs_replace_the_screenings_and_a_need_without_a_kind_of_service_is_named_without_services()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 15);
        await HungerScreenAsync(worker, episodeId, "Sometimes true");
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{episodeId}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        var needs = new object[] { new { category = "SocialConnection" }, new { category = "IntimatePartnerViolence" } };
        await (await worker.PutAsJsonAsync($"/api/v1/episodes/{episodeId}/what-matters", new { inTheirWords = "Company, and feeling safe at home", needs })).JsonAsync(HttpStatusCode.OK);

        var suggested = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}/suggested-services")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("conversation", suggested.GetProperty("needsFrom").GetString());
        var byNeed = suggested.GetProperty("needs").EnumerateArray().ToDictionary(n => n.GetProperty("code").GetString()!);
        Assert.Equal(["intimate-partner-violence", "social-connection"], byNeed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Null, byNeed["intimate-partner-violence"].GetProperty("serviceNeed").ValueKind);
        Assert.Empty(byNeed["intimate-partner-violence"].GetProperty("services").EnumerateArray());
        var groups = byNeed["social-connection"].GetProperty("services").EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, s => Assert.Equal("BefriendingAndGroups", s.GetProperty("need").GetString()));

        // The screening still stands on the episode, with its condition code, for the record.
        var episode = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK);
        var screened = Assert.Single(episode.GetProperty("screenedNeeds").EnumerateArray());
        Assert.Equal(("food-insecurity", "hunger-vital-sign"), (screened.GetProperty("need").GetProperty("code").GetString(), screened.GetProperty("instrumentId").GetString()));
    }

    [Fact]
    public async Task A_postcode_the_lookup_cannot_place_still_gets_services_of_the_right_kind_and_says_they_are_not_the_nearest()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 16);
        await HungerScreenAsync(worker, episodeId, "Often true");
        await UnplacePersonAsync(episodeId);

        var suggested = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}/suggested-services")).JsonAsync(HttpStatusCode.OK);

        Assert.False(suggested.GetProperty("located").GetBoolean());
        var services = Assert.Single(suggested.GetProperty("needs").EnumerateArray()).GetProperty("services").EnumerateArray().ToList();
        Assert.NotEmpty(services);
        Assert.All(services, s => Assert.Equal(("Food", JsonValueKind.Null), (s.GetProperty("need").GetString(), s.GetProperty("distanceKm").ValueKind)));
    }

    [Fact]
    public async Task The_page_ticks_the_screened_need_lists_it_with_its_code_and_drafts_a_referral_from_a_suggestion()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 17);
        await HungerScreenAsync(worker, episodeId, "Often true");
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{episodeId}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        var (serviceId, latitude, longitude) = await LocatedServiceAsync(NeedCategory.Food, skip: 0, takingReferrals: true);
        await PlacePersonAsync(episodeId, latitude, longitude);
        var page = $"/app/episodes/{episodeId}";

        var html = await worker.GetStringAsync(page);

        Assert.Matches("""<input type="checkbox" name="WhatMattersInput.Needs" value="FoodInsecurity" checked="checked" />""", html);
        Assert.DoesNotMatch("""value="SocialConnection" checked""", html);
        Assert.Contains("Food insecurity (food-insecurity; SNOMED CT 733423003", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/services/{serviceId}\">", html, StringComparison.Ordinal);
        Assert.Contains("0.0 km away", html, StringComparison.Ordinal);

        var drafted = await worker.PostFormAsync(page, new Dictionary<string, string> { ["ReferralInput.ServiceId"] = serviceId.ToString(), ["ReferralInput.Note"] = "Short of food most weeks" }, $"{page}?handler=Refer");

        Assert.True(HttpStatusCode.Redirect == drafted.StatusCode, await drafted.Content.ReadAsStringAsync());
        Assert.True(await App.InDatabaseAsync(db => db.OnwardReferrals.AnyAsync(r => r.EpisodeId == episodeId && r.ServiceId == serviceId)));
    }

    [Fact]
    public async Task Only_the_programmes_caseload_workers_see_the_suggestions()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 14);
        var url = $"/api/v1/episodes/{episodeId}/suggested-services";

        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var referred = await App.ReferAsync(referrer, personIndex: 16);
        Assert.Equal(HttpStatusCode.OK, (await referrer.GetAsync($"/api/v1/episodes/{referred}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referrer.GetAsync($"/api/v1/episodes/{referred}/suggested-services")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.LinkWorkerElsewhereAsync()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsAsync(Role.ProviderStaff)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/episodes/{Guid.CreateVersion7()}/suggested-services")).StatusCode);
    }

    private static async Task HungerScreenAsync(HttpClient worker, Guid episodeId, string answer)
    {
        var started = await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "hunger-vital-sign", timepoint = "Baseline" })).JsonAsync(HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        var done = await (await worker.PostIfMatchAsync($"/api/v1/questionnaires/{id}/complete", new { items = new object?[] { answer, "Never true" } }, null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(done.GetProperty("positive").GetBoolean());
    }

    /// <summary>A running service of the kind with a place, in a stable order, to stand the person on.</summary>
    private async Task<(Guid Id, double Latitude, double Longitude)> LocatedServiceAsync(NeedCategory need, int skip, bool takingReferrals = false)
    {
        var located = await LocatedServicesAsync(need);
        return located.Where(s => !takingReferrals || s.TakesReferrals).OrderBy(s => s.Id).Skip(skip).Select(s => (s.Id, s.Places[0].Latitude, s.Places[0].Longitude)).First();
    }

    /// <summary>Each running service of the kind within the radius and its nearest place's distance, worked out from the stored listings rather than through the search index.</summary>
    private async Task<Dictionary<Guid, double>> DistancesAsync(NeedCategory need, double latitude, double longitude) =>
        (await LocatedServicesAsync(need))
            .Select(s => (s.Id, Km: s.Places.Min(p => GreatCircle.Kilometres(latitude, longitude, p.Latitude, p.Longitude))))
            .Where(s => s.Km <= RadiusKm).ToDictionary(s => s.Id, s => s.Km);

    private sealed record Located(Guid Id, bool TakesReferrals, List<(double Latitude, double Longitude)> Places);

    private async Task<List<Located>> LocatedServicesAsync(NeedCategory need) => await App.InDatabaseAsync(async db =>
    {
        var services = (await db.Services.AsNoTracking().ToListAsync()).Where(s => s.Details.Need == need && s.Details.Status == ServiceStatus.Active).ToList();
        var places = await db.Locations.AsNoTracking().Where(l => l.Details.Latitude != null)
            .ToDictionaryAsync(l => l.Id, l => (l.Details.Latitude!.Value, l.Details.Longitude!.Value));
        return services
            .Select(s => new Located(s.Id, s.AcceptsReferrals, [.. s.Details.Locations.Where(l => places.ContainsKey(l.LocationId)).Select(l => places[l.LocationId])]))
            .Where(s => s.Places.Count > 0).ToList();
    });

    private async Task<string> PostcodeOfAsync(Guid episodeId) => await App.InDatabaseAsync(db =>
        (from e in db.Episodes join p in db.People on e.PersonId equals p.Id where e.Id == episodeId select p.Contact.Postcode!).SingleAsync());

    private async Task PlacePersonAsync(Guid episodeId, double latitude, double longitude)
    {
        var postcode = await PostcodeOfAsync(episodeId);
        await using var scope = App.Scope();
        var csv = FormattableString.Invariant($"{postcode},E01000001,3,{latitude},{longitude}\n");
        Assert.True((await scope.ServiceProvider.GetRequiredService<ImportDeprivation>().HandleAsync(new StringReader(csv))).Applied);
    }

    private async Task UnplacePersonAsync(Guid episodeId)
    {
        var postcode = await PostcodeOfAsync(episodeId);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.PostcodeDeprivation.Where(p => p.Postcode == postcode).ExecuteDeleteAsync()));
    }
}

public sealed class SqliteSuggestedServicesTests(SqliteApp app) : SuggestedServicesTests<SqliteApp>(app);

public sealed class PostgresSuggestedServicesTests(PostgresApp app) : SuggestedServicesTests<PostgresApp>(app);
