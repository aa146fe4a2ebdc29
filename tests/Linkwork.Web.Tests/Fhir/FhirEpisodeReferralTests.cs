using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// Referrals into the programme (episodes) as the referrer's ServiceRequest and the team's Task: read, history and
/// search beside the onward referrals, with the episode read's access and audit.
/// </summary>
public abstract class FhirEpisodeReferralTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task An_ehrs_referral_into_the_programme_reads_as_the_teams_task_and_follows_the_episode_to_discharge()
    {
        var referrerOrganisation = await App.OrganisationOfAsync(Role.Referrer);
        var team = await App.OrganisationOfAsync(Role.LinkWorker);
        var referrer = await App.ApiClientAsync("referrer", referrerOrganisation);
        var id = await ReferIntoProgrammeAsync(referrer);

        var request = await (await referrer.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("active", request.GetProperty("status").GetString());
        Assert.Equal($"Organization/{referrerOrganisation}", request.GetProperty("requester").GetProperty("reference").GetString());
        Assert.Equal($"Organization/{team}", request.GetProperty("performer")[0].GetProperty("reference").GetString());
        Assert.Equal("Lonely since moving to the area", request.GetProperty("reasonCode")[0].GetProperty("text").GetString());
        Assert.Equal("https://ehr.example.org/referrals", request.GetProperty("identifier")[0].GetProperty("system").GetString());
        // The EHR finds its referral again by its own order number; another system's number, or a bare value, does not do.
        var value = request.GetProperty("identifier")[0].GetProperty("value").GetString();
        var found = await (await referrer.GetAsync($"/fhir/ServiceRequest?identifier=https://ehr.example.org/referrals|{value}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(id.ToString(), Assert.Single(found.Entries("match")).GetProperty("id").GetString());
        var otherSystem = await (await referrer.GetAsync($"/fhir/ServiceRequest?identifier=https://other.example.org|{value}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(0, otherSystem.GetProperty("total").GetInt32());
        await (await referrer.GetAsync($"/fhir/ServiceRequest?identifier={value}")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        var notTheirs = await (await provider.GetAsync($"/fhir/ServiceRequest?identifier=https://ehr.example.org/referrals|{value}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(0, notTheirs.GetProperty("total").GetInt32());
        Assert.Contains(request.GetProperty("category").EnumerateArray().SelectMany(c => c.GetProperty("coding").EnumerateArray()),
            c => c.GetProperty("system").GetString() == FhirTransaction.ReferralSourceSystem && c.GetProperty("code").GetString() == "general-practice");
        await AssertTaskAsync(referrer, id, "requested", "received");

        // The team works the episode in Linkwork; the referrer's Task follows.
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        await (await worker.PostAsJsonAsync($"/api/v1/episodes/{id}/contact-attempts", new { reached = true })).JsonAsync(HttpStatusCode.OK);
        await AssertTaskAsync(referrer, id, "received", "contacting");
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{id}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await AssertTaskAsync(referrer, id, "accepted", "accepted");
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{id}/discharge", new { reason = "to Leeds", dischargeReason = "MovedAway" }, null)).JsonAsync(HttpStatusCode.OK);
        var task = await AssertTaskAsync(referrer, id, "completed", "discharged");
        Assert.Equal("MovedAway: to Leeds", task.GetProperty("statusReason").GetProperty("text").GetString());
        Assert.Equal("4", task.GetProperty("meta").GetProperty("versionId").GetString());
        Assert.Equal("completed", (await (await referrer.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK)).GetProperty("status").GetString());

        var history = await (await referrer.GetAsync($"/fhir/Task/{id}/_history")).FhirAsync(HttpStatusCode.OK);
        var versions = history.GetProperty("entry").EnumerateArray().ToList();
        Assert.Equal(["completed", "accepted", "received", "requested"], versions.Select(v => v.GetProperty("resource").GetProperty("status").GetString()));
        Assert.Equal("POST", versions[^1].GetProperty("request").GetProperty("method").GetString());
        Assert.False(versions[1].GetProperty("resource").TryGetProperty("statusReason", out _));
        var first = await referrer.GetAsync($"/fhir/ServiceRequest/{id}/_history/1");
        Assert.Equal("active", (await first.FhirAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("W/\"1\"", first.Headers.ETag!.ToString());
        await (await referrer.GetAsync($"/fhir/Task/{id}/_history/9")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");

        // Moves are the team's, made in Linkwork: a Task update names why it is refused.
        var teamClient = await App.ApiClientAsync("link-worker", team);
        var refused = await teamClient.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "cancelled" } });
        Assert.Contains("referral into the programme", await refused.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_and_the_referrer_read_it_and_each_read_is_audited_while_providers_and_other_programmes_find_nothing()
    {
        var referrer = await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer));
        var id = await ReferIntoProgrammeAsync(referrer);
        int Reads(Linkwork.Data.LinkworkDbContext db) => db.AuditEntries.Count(a => a.Action == "episode.read" && a.RecordId == id.ToString());
        var before = await App.InDatabaseAsync(db => Task.FromResult(Reads(db)));

        await (await referrer.GetAsync($"/fhir/Task/{id}")).FhirAsync(HttpStatusCode.OK);
        var team = await App.ApiClientAsync("supervisor", await App.OrganisationOfAsync(Role.LinkWorker));
        await (await team.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(before + 2, await App.InDatabaseAsync(db => Task.FromResult(Reads(db))));
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        foreach (var outsider in new[] { provider, await App.LinkWorkerElsewhereAsync() })
        {
            await (await outsider.GetAsync($"/fhir/Task/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
            await (await outsider.GetAsync($"/fhir/ServiceRequest/{id}/_history")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        }
    }

    [Fact]
    public async Task Searches_list_referrals_into_the_programme_beside_onward_ones_in_creation_order_and_page_across_both()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 2);
        // The demo may have referred the person into the programme before: those episodes are theirs too.
        async Task<List<string>> EpisodesAsync(params EpisodeState[] states) => (await App.InDatabaseAsync(db => db.Episodes
            .Where(e => e.PersonId == personId && (states.Length == 0 || states.Contains(e.State))).Select(e => e.Id).ToListAsync()))
            .Select(id => id.ToString()).ToList();
        var episodes = await EpisodesAsync();
        var episodeId = (await App.InDatabaseAsync(db => db.Episodes.Where(e => e.PersonId == personId).OrderByDescending(e => e.CreatedAt).Select(e => e.Id).FirstAsync())).ToString();
        var onward = referrals.Select(r => r.ToString()).ToList();
        static List<string> InIdOrder(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
        var all = InIdOrder(episodes.Concat(onward));
        var (teamOrganisation, providerOrganisation) = (await App.OrganisationOfAsync(Role.LinkWorker), await App.OrganisationOfAsync(Role.ProviderStaff));
        var team = await App.ApiClientAsync("link-worker", teamOrganisation);
        async Task<List<string>> IdsAsync(HttpClient client, string query) =>
            (await (await client.GetAsync(query)).FhirAsync(HttpStatusCode.OK)).Entries("match").Select(e => e.GetProperty("id").GetString()!).ToList();

        Assert.Equal(all, await IdsAsync(team, $"/fhir/Task?patient={personId}"));
        Assert.Equal(all, await IdsAsync(team, $"/fhir/ServiceRequest?subject=Patient/{personId}&_count=100"));
        // What the "what matters" conversation left: an episode being assessed, referrals sent and not yet opened.
        var inProgress = await EpisodesAsync(EpisodeState.Assessing, EpisodeState.Active);
        Assert.Contains(episodeId, inProgress);
        Assert.Equal(InIdOrder(inProgress), await IdsAsync(team, $"/fhir/Task?patient={personId}&status=in-progress"));
        Assert.Equal(InIdOrder(onward.Concat(await EpisodesAsync(EpisodeState.Received))), await IdsAsync(team, $"/fhir/Task?patient={personId}&status=requested"));
        Assert.Equal(InIdOrder(episodes), await IdsAsync(team, $"/fhir/Task?patient={personId}&owner=Organization/{teamOrganisation}"));
        Assert.Equal(onward, await IdsAsync(team, $"/fhir/ServiceRequest?patient={personId}&performer={providerOrganisation}"));
        Assert.Contains(episodeId, await IdsAsync(team, $"/fhir/ServiceRequest?patient={personId}&category=food-insecurity&requester=Organization/{teamOrganisation}"));
        Assert.Equal([episodeId], await IdsAsync(team, $"/fhir/Task?focus=ServiceRequest/{episodeId}"));

        // Pages of two walk the one list, whichever kind each record is.
        var paged = new List<string>();
        for (var url = $"/fhir/Task?patient={personId}&_count=2"; url is not null;)
        {
            var page = await (await team.GetAsync(url)).FhirAsync(HttpStatusCode.OK);
            Assert.Equal(all.Count, page.GetProperty("total").GetInt32());
            paged.AddRange(page.Entries("match").Select(e => e.GetProperty("id").GetString()!));
            url = page.Link("next");
        }

        Assert.Equal(all, paged);
        var withTasks = await (await team.GetAsync($"/fhir/ServiceRequest?patient={personId}&_revinclude=Task:focus")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(all, withTasks.Entries("include").Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("in-progress", withTasks.Entries("include").Single(e => e.GetProperty("id").GetString() == episodeId).GetProperty("status").GetString());
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "episode.list" && a.RecordId == episodeId)));

        var provider = await App.ApiClientAsync("provider-staff", providerOrganisation);
        Assert.Equal(onward, await IdsAsync(provider, $"/fhir/Task?patient={personId}"));
    }

    /// <summary>A referrer's EHR refers a new person into the programme by transaction; the episode's id.</summary>
    private static async Task<Guid> ReferIntoProgrammeAsync(HttpClient referrer)
    {
        var bundle = FhirBundles.Transaction(
            FhirBundles.Entry("urn:uuid:0b000000-0000-4000-8000-000000000001", FhirBundles.Patient(FhirBundles.NewNhsNumber()), "Patient"),
            FhirBundles.Entry("urn:uuid:0b000000-0000-4000-8000-000000000002", new
            {
                resourceType = "ServiceRequest", status = "active", intent = "order",
                category = new[] { new { coding = new[] { new { system = FhirTransaction.ReferralSourceSystem, code = "general-practice" } } } },
                identifier = new[] { new { system = "https://ehr.example.org/referrals", value = Guid.NewGuid().ToString() } },
                reasonCode = new[] { new { text = "Lonely since moving to the area" } },
                subject = new { reference = "urn:uuid:0b000000-0000-4000-8000-000000000001" },
            }, "ServiceRequest"));
        var answer = await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", bundle)).FhirAsync(HttpStatusCode.OK);
        var location = answer.GetProperty("entry")[1].GetProperty("response").GetProperty("location").GetString()!;
        Assert.StartsWith("ServiceRequest/", location, StringComparison.Ordinal);
        return Guid.Parse(location["ServiceRequest/".Length..]);
    }

    private static async Task<JsonElement> AssertTaskAsync(HttpClient client, Guid id, string status, string businessStatus)
    {
        var task = await (await client.GetAsync($"/fhir/Task/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(status, task.GetProperty("status").GetString());
        var coding = task.GetProperty("businessStatus").GetProperty("coding")[0];
        Assert.Equal((FhirCodes.EpisodeStateSystem, businessStatus), (coding.GetProperty("system").GetString(), coding.GetProperty("code").GetString()));
        return task;
    }
}

public sealed class SqliteFhirEpisodeReferralTests(SqliteApp app) : FhirEpisodeReferralTests<SqliteApp>(app);

public sealed class PostgresFhirEpisodeReferralTests(PostgresApp app) : FhirEpisodeReferralTests<PostgresApp>(app);
