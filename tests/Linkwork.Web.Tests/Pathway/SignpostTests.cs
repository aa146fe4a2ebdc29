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

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Signposts: light records of services a person was told about, over the API and on the episode page.</summary>
public abstract class SignpostTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private async Task<(Guid Id, string Name)> SignpostOnlyServiceAsync()
    {
        var service = await App.InDatabaseAsync(db => db.Services.AsNoTracking()
            .Where(s => s.Details.ReferralMode == ReferralMode.SignpostOnly && s.Details.Status == ServiceStatus.Active)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Details.Name }).FirstAsync());
        return (service.Id, service.Name);
    }

    [Fact]
    public async Task A_link_worker_signposts_to_a_service_that_takes_no_referrals_and_nothing_is_sent()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(linkWorker, 30);
        var (serviceId, name) = await SignpostOnlyServiceAsync();

        var given = await (await linkWorker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/signposts", new { serviceId, note = "Drop in on Tuesdays" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(name, given.GetProperty("serviceName").GetString());
        var episode = await linkWorker.GetFromJsonAsync<JsonElement>($"/api/v1/episodes/{episodeId}");
        var listed = Assert.Single(episode.GetProperty("signposts").EnumerateArray());
        Assert.Equal("Drop in on Tuesdays", listed.GetProperty("note").GetString());
        Assert.Equal(0, await App.InDatabaseAsync(db => db.OnwardReferrals.CountAsync(r => r.EpisodeId == episodeId)));
        var signpostId = given.GetProperty("id").GetGuid();
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "signpost.create" && e.RecordId == signpostId.ToString())));
    }

    [Fact]
    public async Task A_service_that_is_not_running_is_refused_and_nothing_is_saved()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(linkWorker, 31);
        var (serviceId, _) = await SignpostOnlyServiceAsync();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            (await db.Services.SingleAsync(s => s.Id == serviceId)).Withdraw(App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var refused = await (await linkWorker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/signposts", new { serviceId })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("running", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Signposts.CountAsync(s => s.EpisodeId == episodeId)));
    }

    [Fact]
    public async Task A_referrer_neither_gives_nor_sees_signposts()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var episodeId = await App.ReferAsync(referrer, 32);
        await (await linkWorker.PostIfMatchAsync($"/api/v1/episodes/{episodeId}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        var (serviceId, _) = await SignpostOnlyServiceAsync();
        await (await linkWorker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/signposts", new { serviceId })).JsonAsync(HttpStatusCode.Created);

        await (await referrer.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/signposts", new { serviceId })).JsonAsync(HttpStatusCode.Forbidden);

        var seen = await referrer.GetFromJsonAsync<JsonElement>($"/api/v1/episodes/{episodeId}");
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("signposts").ValueKind);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Signposts.CountAsync(s => s.EpisodeId == episodeId)));
    }

    [Fact]
    public async Task The_episode_page_finds_a_service_and_records_the_signpost()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(linkWorker, 33);
        var (serviceId, name) = await SignpostOnlyServiceAsync();
        var page = $"/app/episodes/{episodeId}?signpostFind={Uri.EscapeDataString(name)}";
        Assert.Contains($"id=\"signpost-{serviceId}\"", await linkWorker.GetStringAsync(page), StringComparison.Ordinal);

        var response = await linkWorker.PostFormAsync(page, new Dictionary<string, string>
        {
            ["SignpostInput.ServiceId"] = serviceId.ToString(), ["SignpostInput.Note"] = "Will try next week",
        }, $"/app/episodes/{episodeId}?handler=Signpost");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await linkWorker.GetStringAsync($"/app/episodes/{episodeId}");
        Assert.Contains("Will try next week", after, StringComparison.Ordinal);
        Assert.Contains($"href=\"/services/{serviceId}\"", after, StringComparison.Ordinal);
    }
}

public sealed class SqliteSignpostTests(SqliteApp app) : SignpostTests<SqliteApp>(app);

public sealed class PostgresSignpostTests(PostgresApp app) : SignpostTests<PostgresApp>(app);
