using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway.Referrals;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Onward referrals over /api/v1: consent before sending, each side's moves, the provider's inbox, deadlines and notifications.</summary>
public abstract class ReferralApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    /// <summary>An active episode for a person whose consent to share is set as asked, and a draft to one of the demo provider's services.</summary>
    private async Task<(HttpClient Worker, Guid ReferralId, Guid PersonId)> DraftAsync(bool consent)
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var personId = await App.InDatabaseAsync(db => db.People.Where(p => p.MergedIntoId == null).OrderBy(p => p.Id).Skip(Random.Shared.Next(30)).Select(p => p.Id).FirstAsync());
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ShareWithReferredOrganisations", given = consent })).JsonAsync(HttpStatusCode.OK);
        var episode = await (await worker.PostAsJsonAsync("/api/v1/episodes", new { personId, source = "GeneralPractice", reasons = "Isolated" })).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/episodes/{episode.GetProperty("id").GetGuid()}";
        await (await worker.PostIfMatchAsync(url + "/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await (await worker.PutAsJsonAsync(url + "/what-matters", new { inTheirWords = "Company", needs = new[] { new { category = "SocialConnection" } } })).JsonAsync(HttpStatusCode.OK);
        var serviceId = await ProviderServiceAsync();
        var draft = await (await worker.PostAsJsonAsync("/api/v1/referrals", new { episodeId = episode.GetProperty("id").GetGuid(), serviceId, note = "Would love a walking group" }))
            .JsonAsync(HttpStatusCode.Created);
        return (worker, draft.GetProperty("id").GetGuid(), personId);
    }

    private Task<Guid> ProviderServiceAsync() => App.InDatabaseAsync(async db =>
    {
        var provider = await db.Users.Where(u => u.Email == "provider@demo.linkwork.test").Select(u => u.OrganisationId).SingleAsync();
        return (await db.Services.Where(s => s.OrganisationId == provider).ToListAsync()).First(s => s.AcceptsReferrals).Id;
    });

    [Fact]
    public async Task Without_consent_to_share_sending_is_refused_and_nothing_is_shared()
    {
        var (worker, referralId, _) = await DraftAsync(consent: false);

        var refused = await (await worker.PostIfMatchAsync($"/api/v1/referrals/{referralId}/send", null, null)).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("consent", refused.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OnwardReferralState.Draft, await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == referralId).Select(r => r.State).SingleAsync()));
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        await (await provider.GetAsync($"/api/v1/referrals/{referralId}")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_closed_loop_runs_over_the_api_and_each_side_hears_of_the_others_moves()
    {
        var (worker, referralId, _) = await DraftAsync(consent: true);
        var url = $"/api/v1/referrals/{referralId}";
        var sent = await (await worker.PostIfMatchAsync(url + "/send", null, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Sent", sent.GetProperty("state").GetString());

        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var inbox = await (await provider.GetAsync("/api/v1/referrals?awaiting=true&pageSize=100")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == referralId);
        var opened = await (await provider.GetAsync(url)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Opened", opened.GetProperty("state").GetString());
        Assert.Contains("Accepted", opened.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("Withdrawn", opened.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));

        await (await worker.PostIfMatchAsync(url + "/accept", null, null)).JsonAsync(HttpStatusCode.Forbidden);
        await (await provider.PostIfMatchAsync(url + "/withdraw", new { note = "Not ours to withdraw" }, null)).JsonAsync(HttpStatusCode.Forbidden);
        await (await provider.PostIfMatchAsync(url + "/decline", null, null)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await provider.PostIfMatchAsync(url + "/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await (await provider.PostAsJsonAsync(url + "/messages", new { text = "First session is Tuesday at 10" })).JsonAsync(HttpStatusCode.Created);
        await (await provider.PostIfMatchAsync(url + "/record-engagement", new { note = "Came along" }, null)).JsonAsync(HttpStatusCode.OK);
        var completed = await (await provider.PostIfMatchAsync(url + "/record-outcome", new { outcome = "Completed" }, null)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["Draft", "Sent", "Opened", "Accepted", "Engaged", "Completed"], completed.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("to").GetString()));
        Assert.Equal("First session is Tuesday at 10", (await (await worker.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("messages")[0].GetProperty("text").GetString());
        var providerAccount = await App.InDatabaseAsync(db => db.Users.Where(u => u.Email == "provider@demo.linkwork.test").Select(u => u.Id).SingleAsync());
        var link = $"/app/referrals/{referralId}";
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.UserAccountId == providerAccount && n.Link == link)));
        Assert.True(await App.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "referral.received" && m.Recipient == "provider@demo.linkwork.test")));
        // The link worker hears of each of the provider's moves: accept, engagement and completion.
        Assert.True(await App.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.Link == link && n.UserAccountId != providerAccount)) >= 3);
    }

    [Fact]
    public async Task A_withdrawn_consent_stops_further_sharing()
    {
        var (worker, referralId, personId) = await DraftAsync(consent: true);
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ShareWithReferredOrganisations", given = false, note = "Changed their mind" })).JsonAsync(HttpStatusCode.OK);

        await (await worker.PostIfMatchAsync($"/api/v1/referrals/{referralId}/send", null, null)).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Unanswered_referrals_are_reminded_once_before_the_deadline_and_expire_at_it()
    {
        var (worker, referralId, _) = await DraftAsync(consent: true);
        await (await worker.PostIfMatchAsync($"/api/v1/referrals/{referralId}/send", null, null)).JsonAsync(HttpStatusCode.OK);
        var deadline = await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == referralId).Select(r => r.RespondBy).SingleAsync());
        var link = $"/app/referrals/{referralId}";

        await RunDeadlineJobAt(deadline!.Value - ExpireOverdueReferrals.ReminderAhead + TimeSpan.FromMinutes(1));
        await RunDeadlineJobAt(deadline.Value - TimeSpan.FromHours(1));
        Assert.Equal(1, await App.InDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "referral.due-soon" && m.Recipient == "provider@demo.linkwork.test" && m.TextBody.Contains(link))));
        Assert.Equal(OnwardReferralState.Sent, await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == referralId).Select(r => r.State).SingleAsync()));

        await RunDeadlineJobAt(deadline.Value);
        var expired = await App.InDatabaseAsync(db => db.OnwardReferrals.SingleAsync(r => r.Id == referralId));
        Assert.Equal(OnwardReferralState.Expired, expired.State);
        var lastEvent = await App.InDatabaseAsync(db => db.PathwayEvents.Where(e => e.RecordId == referralId).OrderByDescending(e => e.Version).FirstAsync());
        Assert.Equal(("deadline.passed", (Guid?)null), (lastEvent.ReasonCode, lastEvent.ActorId));
    }

    private async Task RunDeadlineJobAt(DateTimeOffset moment)
    {
        var clock = new FixedClock(moment);
        await using var scope = App.Scope();
        var job = ActivatorUtilities.CreateInstance<ExpireOverdueReferrals>(scope.ServiceProvider, clock);
        while (await job.HandleAsync(CancellationToken.None) == ExpireOverdueReferrals.BatchSize)
        {
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task An_idempotency_key_makes_a_retried_draft_one_referral()
    {
        var (worker, referralId, _) = await DraftAsync(consent: true);
        var episodeId = await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == referralId).Select(r => r.EpisodeId).SingleAsync());
        var body = new { episodeId, serviceId = await ProviderServiceAsync(), note = "Retry me" };
        var key = Guid.NewGuid().ToString();
        async Task<JsonElement> PostAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await (await worker.SendAsync(request)).JsonAsync(HttpStatusCode.Created);
        }

        var first = await PostAsync();
        var again = await PostAsync();

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(2, await App.InDatabaseAsync(db => db.OnwardReferrals.CountAsync(r => r.EpisodeId == episodeId)));
    }
}

public sealed class SqliteReferralApiTests(SqliteApp app) : ReferralApiTests<SqliteApp>(app);

public sealed class PostgresReferralApiTests(PostgresApp app) : ReferralApiTests<PostgresApp>(app);
