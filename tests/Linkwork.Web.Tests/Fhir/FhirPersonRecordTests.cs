using System.Net;
using System.Net.Http.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Measures;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>Consent, Condition, Goal, Observation and QuestionnaireResponse: who sees which, what they say, and the audit.</summary>
public abstract class FhirPersonRecordTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task The_team_reads_every_consent_decision_and_a_provider_only_the_sharing_ones_of_people_referred_to_it()
    {
        var (personId, _) = await App.SentReferralsAsync(count: 1);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ContactBySms", given = true })).JsonAsync(HttpStatusCode.OK);
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ContactBySms", given = false })).JsonAsync(HttpStatusCode.OK);
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var all = await (await team.GetAsync($"/fhir/Consent?patient=Patient/{personId}")).FhirAsync(HttpStatusCode.OK);

        var consents = all.Entries("match").ToList();
        Assert.Equal(await App.InDatabaseAsync(db => db.ConsentDecisions.CountAsync(d => d.PersonId == personId)), consents.Count);
        // Newest first: the withdrawal counts now, the earlier agreement no longer does.
        var sms = consents.Where(c => c.GetProperty("policyRule").GetProperty("text").GetString()!.Contains("text message", StringComparison.Ordinal)).ToList();
        Assert.Equal(["active/deny", "inactive/permit"], sms.Take(2).Select(c => $"{c.GetProperty("status").GetString()}/{c.GetProperty("provision").GetProperty("type").GetString()}"));
        var sharing = Assert.Single(consents, c => c.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString() == "IDSCL"
            && c.GetProperty("status").GetString() == "active");
        Assert.Equal("permit", sharing.GetProperty("provision").GetProperty("type").GetString());
        Assert.StartsWith("Practitioner/", sharing.GetProperty("performer")[1].GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.True(FhirJson.TryParse(sharing.GetRawText(), out var problems) is not null, string.Join("; ", problems));
        var practitioner = await (await team.GetAsync($"/fhir/{sharing.GetProperty("performer")[1].GetProperty("reference").GetString()}")).FhirAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(practitioner.GetProperty("name")[0].GetProperty("text").GetString()));
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "consent.read" && a.RecordId == sharing.GetProperty("id").GetString())));

        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        var shared = await (await provider.GetAsync($"/fhir/Consent?patient={personId}")).FhirAsync(HttpStatusCode.OK);
        Assert.Contains(shared.Entries("match"), c => c.GetProperty("id").GetString() == sharing.GetProperty("id").GetString());
        Assert.All(shared.Entries("match"), c => Assert.Equal("IDSCL", c.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString()));
        await (await provider.GetAsync($"/fhir/Consent/{sms[0].GetProperty("id").GetString()}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");

        var other = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        Assert.Equal(0, (await (await other.GetAsync($"/fhir/Consent?patient={personId}")).FhirAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await other.GetAsync($"/fhir/Consent/{sharing.GetProperty("id").GetString()}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        var referrer = await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer));
        await (await referrer.GetAsync($"/fhir/Consent?patient={personId}")).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await team.GetAsync("/fhir/Consent")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
    }

    [Fact]
    public async Task The_team_reads_needs_as_conditions_and_goals_with_progress_and_a_provider_is_refused()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 1);
        var episodeId = await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == referrals[0]).Select(r => r.EpisodeId).SingleAsync());
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var goal = await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/goals", new { text = "Cook a hot meal twice a week", category = "FoodInsecurity" }))
            .JsonAsync(HttpStatusCode.Created);
        var goalId = goal.GetProperty("id").GetGuid();
        await (await worker.PostAsJsonAsync($"/api/v1/goals/{goalId}/progress", new { score = 3 })).JsonAsync(HttpStatusCode.OK);
        await (await worker.PostAsJsonAsync($"/api/v1/goals/{goalId}/progress", new { score = 6, note = "Cooked with a neighbour" })).JsonAsync(HttpStatusCode.OK);
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var conditions = await (await team.GetAsync($"/fhir/Condition?subject=Patient/{personId}")).FhirAsync(HttpStatusCode.OK);
        var condition = Assert.Single(conditions.Entries("match"), c => c.GetProperty("id").GetString()!.StartsWith(episodeId.ToString(), StringComparison.Ordinal));
        Assert.Equal("food-insecurity", condition.GetProperty("category")[1].GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("active", condition.GetProperty("clinicalStatus").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.True(FhirJson.TryParse(condition.GetRawText(), out var problems) is not null, string.Join("; ", problems));
        var read = await (await team.GetAsync($"/fhir/Condition/{condition.GetProperty("id").GetString()}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(condition.GetProperty("id").GetString(), read.GetProperty("id").GetString());
        await (await team.GetAsync($"/fhir/Condition/{episodeId}-99")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");

        var response = await team.GetAsync($"/fhir/Goal/{goalId}");
        var fhirGoal = await response.FhirAsync(HttpStatusCode.OK);
        Assert.Equal("improving", fhirGoal.GetProperty("achievementStatus").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("Cook a hot meal twice a week", fhirGoal.GetProperty("description").GetProperty("text").GetString());
        Assert.Equal(2, fhirGoal.GetProperty("note").GetArrayLength());
        var version = await App.InDatabaseAsync(db => db.Goals.Where(g => g.Id == goalId).Select(g => g.Version).SingleAsync());
        Assert.Equal($"W/\"{version}\"", response.Headers.ETag?.ToString());
        Assert.Contains((await (await team.GetAsync($"/fhir/Goal?patient={personId}")).FhirAsync(HttpStatusCode.OK)).Entries("match"),
            g => g.GetProperty("id").GetString() == goalId.ToString());
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "goal.read" && a.RecordId == goalId.ToString())));

        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await (await provider.GetAsync($"/fhir/Condition?patient={personId}")).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await provider.GetAsync($"/fhir/Goal/{goalId}")).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_completed_questionnaire_is_an_observation_with_its_loinc_panel_and_score_and_a_response_against_our_questionnaire()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 1);
        var administrationId = Guid.CreateVersion7();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            var episode = await db.Episodes.SingleAsync(e => db.OnwardReferrals.Any(r => r.Id == referrals[0] && r.EpisodeId == e.Id));
            var administration = Administration.Start(administrationId, episode, new ScheduledMeasure("phq9", Timepoint.Baseline), null, App.Clock.GetUtcNow());
            administration.Complete(["0", "Several days", "2", "3", "0", "0", "1", "0", "0"], 7, "Mild", true, [], App.Clock.GetUtcNow());
            db.MeasureAdministrations.Add(administration);
            await db.SaveChangesAsync();
        }

        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var observation = await (await team.GetAsync($"/fhir/Observation/{administrationId}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("44249-1", observation.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal(7m, observation.GetProperty("valueQuantity").GetProperty("value").GetDecimal());
        Assert.Equal("Mild", observation.GetProperty("interpretation")[0].GetProperty("text").GetString());
        Assert.Equal($"QuestionnaireResponse/{administrationId}", observation.GetProperty("derivedFrom")[0].GetProperty("reference").GetString());

        var response = await (await team.GetAsync($"/fhir/QuestionnaireResponse?patient={personId}")).FhirAsync(HttpStatusCode.OK);
        var answers = Assert.Single(response.Entries("match"), r => r.GetProperty("id").GetString() == administrationId.ToString());
        Assert.Equal("https://linkwork.org/fhir/Questionnaire/phq9|1", answers.GetProperty("questionnaire").GetString());
        var items = answers.GetProperty("item").EnumerateArray().ToList();
        Assert.Equal(9, items.Count);
        Assert.Equal("LA6568-5", items[0].GetProperty("answer")[0].GetProperty("valueCoding").GetProperty("code").GetString());
        Assert.Equal("Several days", items[1].GetProperty("answer")[0].GetProperty("valueCoding").GetProperty("display").GetString());
        Assert.Equal("http://loinc.org", items[3].GetProperty("answer")[0].GetProperty("valueCoding").GetProperty("system").GetString());
        Assert.True(FhirJson.TryParse(answers.GetRawText(), out var problems) is not null, string.Join("; ", problems));
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "measure.read" && a.RecordId == administrationId.ToString())));

        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await (await provider.GetAsync($"/fhir/Observation?patient={personId}")).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Services_carry_the_capacity_extension_and_staff_and_locations_read_and_search()
    {
        var (serviceId, _, organisationId) = await App.ProviderServiceAsync();
        var providerStaff = await App.SignedInAsAsync(Role.ProviderStaff);
        var updated = await providerStaff.PutAsJsonAsync($"/api/v1/directory/services/{serviceId}/capacity", new { status = "Waitlist", estimatedWaitWeeks = 6 });
        Assert.True(updated.IsSuccessStatusCode, await updated.Content.ReadAsStringAsync());
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var service = await (await team.GetAsync($"/fhir/HealthcareService/{serviceId}")).FhirAsync(HttpStatusCode.OK);
        var extension = Assert.Single(service.GetProperty("extension").EnumerateArray());
        Assert.Equal("https://linkwork.org/fhir/StructureDefinition/capacity-status", extension.GetProperty("url").GetString());
        Assert.Equal("waitlist", extension.GetProperty("valueCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString());

        var teamOrganisation = await App.OrganisationOfAsync(Role.LinkWorker);
        var roles = await (await team.GetAsync($"/fhir/PractitionerRole?organization=Organization/{teamOrganisation}")).FhirAsync(HttpStatusCode.OK);
        Assert.Contains(roles.Entries("match"), r => r.GetProperty("code")[0].GetProperty("coding")[0].GetProperty("code").GetString() == "link-worker");
        Assert.All(roles.Entries("match"), r => Assert.Equal($"Organization/{teamOrganisation}", r.GetProperty("organization").GetProperty("reference").GetString()));
        var someone = roles.Entries("match").First();
        var name = someone.GetProperty("practitioner").GetProperty("display").GetString()!;
        var byName = await (await team.GetAsync($"/fhir/Practitioner?name={Uri.EscapeDataString(name[..3])}")).FhirAsync(HttpStatusCode.OK);
        Assert.Contains(byName.Entries("match"), p => p.GetProperty("id").GetString() == someone.GetProperty("id").GetString());
        Assert.False(byName.Entries("match").First().TryGetProperty("telecom", out _));

        var locationId = await App.InDatabaseAsync(db => db.Locations.Where(l => l.OrganisationId == organisationId).Select(l => (Guid?)l.Id).FirstOrDefaultAsync());
        var locations = await (await team.GetAsync("/fhir/Location?_count=5")).FhirAsync(HttpStatusCode.OK);
        Assert.True(locations.GetProperty("total").GetInt32() > 0);
        var first = locations.Entries("match").First();
        var location = await (await team.GetAsync($"/fhir/Location/{locationId ?? Guid.Parse(first.GetProperty("id").GetString()!)}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("Location", location.GetProperty("resourceType").GetString());
        await (await team.GetAsync($"/fhir/Location/{Guid.NewGuid()}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
    }
}

public sealed class SqliteFhirPersonRecordTests(SqliteApp app) : FhirPersonRecordTests<SqliteApp>(app);

public sealed class PostgresFhirPersonRecordTests(PostgresApp app) : FhirPersonRecordTests<PostgresApp>(app);
