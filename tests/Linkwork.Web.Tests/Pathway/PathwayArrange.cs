using System.Net;
using System.Net.Http.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Arranges pathway records for page tests through the REST API, and straight in the database where no use case exists yet.</summary>
internal static class PathwayArrange
{
    public static async Task<Guid> ReferAsync(this LinkworkApp app, HttpClient by, int personIndex = 0, string reasons = "Lonely since moving here")
    {
        var response = await by.PostAsJsonAsync("/api/v1/episodes", new { personId = await app.SomePersonAsync(personIndex), source = "GeneralPractice", reasons });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>An episode taken to Active (accepted, what matters held, one goal, plan agreed) by the link worker.</summary>
    public static async Task<Guid> ActiveEpisodeAsync(this LinkworkApp app, HttpClient linkWorker, int personIndex = 0)
    {
        var id = await app.ReferAsync(linkWorker, personIndex);
        await (await linkWorker.PostIfMatchAsync($"/api/v1/episodes/{id}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await (await linkWorker.PutAsJsonAsync($"/api/v1/episodes/{id}/what-matters", new { inTheirWords = "Meeting people", needs = Array.Empty<object>() })).JsonAsync(HttpStatusCode.OK);
        await (await linkWorker.PostAsJsonAsync($"/api/v1/episodes/{id}/goals", new { text = "Join a group", category = "SocialConnection" })).JsonAsync(HttpStatusCode.Created);
        await (await linkWorker.PostIfMatchAsync($"/api/v1/episodes/{id}/agree-plan", null, null)).JsonAsync(HttpStatusCode.OK);
        return id;
    }

    /// <summary>A service of the demo provider's organisation that takes referrals now.</summary>
    public static async Task<(Guid ServiceId, string Name, Guid OrganisationId)> ProviderServiceAsync(this LinkworkApp app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var organisation = await db.Users.Where(u => u.Email == DemoAccounts.For(Role.ProviderStaff).Email).Select(u => u.OrganisationId!.Value).SingleAsync();
        var services = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisation).OrderBy(s => s.Id).ToListAsync();
        var service = services.Find(s => s.AcceptsReferrals);
        Assert.True(service is not null, "The demo provider has no service that takes referrals.");
        return (service.Id, service.Name, organisation);
    }

    public static async Task<Guid> DraftAsync(this HttpClient linkWorker, Guid episodeId, Guid serviceId, string note = "She would like company on a walk")
    {
        var response = await linkWorker.PostAsJsonAsync("/api/v1/referrals", new { episodeId, serviceId, note });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Sends a draft straight in the database, past the consent check, for tests of what happens once a referral is sent.</summary>
    public static async Task SendAsync(this LinkworkApp app, Guid referralId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var referral = await db.OnwardReferrals.SingleAsync(r => r.Id == referralId);
        referral.Send(consentToShare: true, 14, referral.CreatedBy, app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    /// <summary>An active episode with a referral to the demo provider's service, sent.</summary>
    public static async Task<(Guid EpisodeId, Guid ReferralId)> SentReferralAsync(this LinkworkApp app, HttpClient linkWorker, int personIndex = 0)
    {
        var episodeId = await app.ActiveEpisodeAsync(linkWorker, personIndex);
        var referralId = await linkWorker.DraftAsync(episodeId, (await app.ProviderServiceAsync()).ServiceId);
        await app.SendAsync(referralId);
        return (episodeId, referralId);
    }

    public static Task<(EpisodeState State, int Version)> EpisodeStateAsync(this LinkworkApp app, Guid id) =>
        app.InDatabaseAsync(async db => await db.Episodes.Where(e => e.Id == id).Select(e => new ValueTuple<EpisodeState, int>(e.State, e.Version)).SingleAsync());

    public static Task<(OnwardReferralState State, int Version)> ReferralStateAsync(this LinkworkApp app, Guid id) =>
        app.InDatabaseAsync(async db => await db.OnwardReferrals.Where(r => r.Id == id).Select(r => new ValueTuple<OnwardReferralState, int>(r.State, r.Version)).SingleAsync());

    /// <summary>A provider account of another organisation than the demo provider's.</summary>
    public static async Task<HttpClient> OtherProviderAsync(this LinkworkApp app, Guid notThisOrganisation)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var other = await db.Organisations.Where(o => o.Kind == OrganisationKind.Provider && o.Id != notThisOrganisation).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var account = await TestAccounts.NewAccountAsync(scope, Role.ProviderStaff);
        account.OrganisationId = other;
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<UserAccount>>();
        Assert.True((await users.CreateAsync(account, DemoAccounts.Password)).Succeeded);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(account.Email!)).StatusCode);
        return client;
    }
}
