using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Safeguarding concerns over the API: raised with a note, the supervisors told, resolved by a supervisor or the raiser; logged, audited and hidden from everyone outside the team.</summary>
public abstract class SafeguardingApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static async Task<(Guid Id, HttpResponseMessage Response)> RaiseAsync(HttpClient by, Guid episodeId, string concern = "Her son takes her pension each week")
    {
        var response = await by.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/safeguarding-concerns", new { concern });
        var body = await response.JsonAsync(HttpStatusCode.Created);
        return (body.GetProperty("id").GetGuid(), response);
    }

    [Fact]
    public async Task A_raised_concern_tells_the_supervisors_flags_the_episode_and_is_logged_and_audited()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var episodeId = await App.ReferAsync(referrer, personIndex: 8);
        var (worker, workerId, workerName) = await App.TeamMemberAsync();

        var (id, response) = await RaiseAsync(worker, episodeId);

        Assert.Equal($"/api/v1/safeguarding-concerns/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", PathwayApi.ETagOf(response));
        var supervisor = await App.InDatabaseAsync(db => db.Users.Where(u => u.Email == DemoAccounts.For(Role.Supervisor).Email).Select(u => u.Id).SingleAsync());
        var link = $"/app/episodes/{episodeId}#safeguarding";
        Assert.Equal([$"Safeguarding concern raised by {workerName}"],
            await App.InDatabaseAsync(db => db.Notifications.Where(n => n.UserAccountId == supervisor && n.Link == link).Select(n => n.Text).ToListAsync()));
        Assert.False(await App.InDatabaseAsync(db => db.Notifications.AnyAsync(n => n.UserAccountId == workerId)));
        var email = await App.InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "safeguarding.raised" && m.TextBody.Contains(link)));
        Assert.Equal(DemoAccounts.For(Role.Supervisor).Email, email.Recipient);
        Assert.DoesNotContain("pension", email.TextBody, StringComparison.Ordinal);

        var raised = await App.InDatabaseAsync(db => db.PathwayEvents.SingleAsync(e => e.RecordId == episodeId && e.ReasonCode == "safeguarding.raised"));
        Assert.Equal(("Her son takes her pension each week", (Guid?)workerId), (raised.Reason, raised.ActorId));
        Assert.Contains("safeguarding.raise", await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.RecordId == id.ToString()).Select(a => a.Action).ToListAsync()));

        var seen = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Open", seen.GetProperty("safeguardingConcerns")[0].GetProperty("state").GetString());
        var caseload = await (await worker.GetAsync("/api/v1/episodes?pageSize=100&unassigned=true")).JsonAsync(HttpStatusCode.OK);
        Assert.True(caseload.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == episodeId).GetProperty("safeguardingConcern").GetBoolean());

        // The referrer follows the status only: no concern, no flag, no note in the history.
        var asReferrer = await (await referrer.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, asReferrer.GetProperty("safeguardingConcerns").ValueKind);
        Assert.DoesNotContain("pension", asReferrer.GetRawText(), StringComparison.Ordinal);
        var referrals = await (await referrer.GetAsync("/api/v1/episodes?open=false&pageSize=100")).JsonAsync(HttpStatusCode.OK);
        Assert.False(referrals.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == episodeId).GetProperty("safeguardingConcern").GetBoolean());
    }

    [Fact]
    public async Task A_supervisor_or_the_raiser_resolves_with_a_note_once_and_a_colleague_may_not()
    {
        var (raiser, raiserId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(raiser, raiserId, personIndex: 9);
        var (first, _) = await RaiseAsync(raiser, episodeId);
        var (colleague, _, _) = await App.TeamMemberAsync();
        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        var url = $"/api/v1/safeguarding-concerns/{first}/resolve";

        await (await colleague.PostIfMatchAsync(url, new { resolution = "Not mine to close" }, null)).JsonAsync(HttpStatusCode.Forbidden);
        var noNote = await (await supervisor.PostIfMatchAsync(url, new { resolution = " " }, null)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["resolution"], noNote.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await (await supervisor.PostIfMatchAsync(url, new { resolution = "Stale" }, "\"2\"")).JsonAsync(HttpStatusCode.PreconditionFailed);

        var resolved = await (await supervisor.PostIfMatchAsync(url, new { resolution = "Adult social care visited; safe" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Resolved", "Gareth Holmes"), (resolved.GetProperty("state").GetString(), resolved.GetProperty("resolvedBy").GetString()));
        var again = await (await supervisor.PostIfMatchAsync(url, new { resolution = "Again" }, null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Resolved", again.GetProperty("from").GetString());

        var (second, _) = await RaiseAsync(raiser, episodeId, "Cold house, no heating");
        await (await raiser.PostIfMatchAsync($"/api/v1/safeguarding-concerns/{second}/resolve", new { resolution = "Heating fixed by the council" }, null)).JsonAsync(HttpStatusCode.OK);

        string[] codes = ["safeguarding.raised", "safeguarding.resolved"];
        Assert.Equal(["safeguarding.raised", "safeguarding.resolved", "safeguarding.raised", "safeguarding.resolved"],
            await App.InDatabaseAsync(db => db.PathwayEvents.Where(e => e.RecordId == episodeId && codes.Contains(e.ReasonCode)).OrderBy(e => e.Version).Select(e => e.ReasonCode!).ToListAsync()));
        Assert.Contains("safeguarding.resolve", await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.RecordId == first.ToString()).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task An_api_client_working_for_the_team_is_named_as_the_raiser()
    {
        var team = await App.InDatabaseAsync(db => db.Users.Where(u => u.Email == DemoAccounts.For(Role.LinkWorker).Email).Select(u => u.OrganisationId!.Value).SingleAsync());
        var name = "Case system " + Guid.NewGuid().ToString("N")[..6];
        CreateApiClient.Result created;
        await using (var scope = App.Scope())
        {
            created = await scope.ServiceProvider.GetRequiredService<CreateApiClient>().HandleAsync(new CreateApiClient.Command(name, "link-worker", team.ToString()));
        }

        var system = App.NewClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);
        var episodeId = await App.ReferAsync(await App.SignedInAsAsync(Role.LinkWorker), personIndex: 12);

        var concern = await (await system.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/safeguarding-concerns", new { concern = "Reported by the out-of-hours service" }))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal(name, concern.GetProperty("raisedBy").GetString());
        var link = $"/app/episodes/{episodeId}#safeguarding";
        Assert.True(await App.InDatabaseAsync(db => db.Notifications.AnyAsync(n => n.Link == link && n.Text == $"Safeguarding concern raised by {name}")));
        Assert.Contains("Reported by the out-of-hours service", await (await App.SignedInAsAsync(Role.Supervisor)).GetStringAsync("/app/team"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_concern_needs_a_note()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ReferAsync(worker, personIndex: 10);

        var problem = await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/safeguarding-concerns", new { concern = "" })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["concern"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.False(await App.InDatabaseAsync(db => db.SafeguardingConcerns.AnyAsync(c => c.EpisodeId == episodeId)));
    }

    [Fact]
    public async Task Nobody_outside_the_programme_team_raises_reads_or_resolves_a_concern()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var episodeId = await App.ReferAsync(referrer, personIndex: 11);
        var (id, _) = await RaiseAsync(await App.SignedInAsAsync(Role.LinkWorker), episodeId);

        await (await referrer.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/safeguarding-concerns", new { concern = "x" })).JsonAsync(HttpStatusCode.Forbidden);
        await (await referrer.GetAsync($"/api/v1/safeguarding-concerns/{id}")).JsonAsync(HttpStatusCode.NotFound);
        foreach (var outsider in new[] { await App.SignedInAsAsync(Role.ProviderStaff), await App.SignedInAsAsync(Role.Analyst), await App.LinkWorkerElsewhereAsync() })
        {
            await (await outsider.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/safeguarding-concerns", new { concern = "x" })).JsonAsync(HttpStatusCode.NotFound);
            await (await outsider.GetAsync($"/api/v1/safeguarding-concerns/{id}")).JsonAsync(HttpStatusCode.NotFound);
            await (await outsider.PostIfMatchAsync($"/api/v1/safeguarding-concerns/{id}/resolve", new { resolution = "x" }, null)).JsonAsync(HttpStatusCode.NotFound);
        }

        Assert.Equal(1, await App.InDatabaseAsync(db => db.SafeguardingConcerns.CountAsync(c => c.EpisodeId == episodeId && c.State == SafeguardingConcernState.Open)));
    }
}

public sealed class SqliteSafeguardingApiTests(SqliteApp app) : SafeguardingApiTests<SqliteApp>(app);

public sealed class PostgresSafeguardingApiTests(PostgresApp app) : SafeguardingApiTests<PostgresApp>(app);
