using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Xunit;

namespace Linkwork.Web.Tests.Measures;

/// <summary>A programme loads its own questionnaires: the licensed wording of a built-in one, or an instrument of its own; only its administrator may.</summary>
public abstract class ProgrammeInstrumentTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task The_licensed_SWEMWBS_wording_is_loaded_shown_on_the_items_and_the_scoring_stays_as_published()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var before = await (await worker.PostAsJsonAsync("/api/v1/instruments/swemwbs/score", new { items = new[] { 4, 4, 4, 4, 3, 3, 3 } })).JsonAsync(HttpStatusCode.OK);

        var definition = JsonNode.Parse(await worker.GetStringAsync("/api/v1/instruments/swemwbs"))!;
        var wording = new JsonObject
        {
            ["resourceType"] = "Questionnaire", ["id"] = "swemwbs", ["status"] = "active",
            ["item"] = new JsonArray([.. definition["item"]!.AsArray().Select((item, i) => (JsonNode)new JsonObject
            {
                ["linkId"] = item!["linkId"]!.GetValue<string>(), ["type"] = "choice", ["text"] = $"Programme wording {i + 1}",
            })]),
        };
        var loaded = await (await PutQuestionnaireAsync(admin, "swemwbs", wording.ToJsonString())).JsonAsync(HttpStatusCode.OK);
        Assert.True(loaded.GetProperty("wording").GetBoolean());

        var listed = (await (await worker.GetAsync("/api/v1/instruments")).JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single(i => i.GetProperty("id").GetString() == "swemwbs");
        Assert.True(listed.GetProperty("worded").GetBoolean());
        var after = await (await worker.PostAsJsonAsync("/api/v1/instruments/swemwbs/score", new { items = new[] { 4, 4, 4, 4, 3, 3, 3 } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("score").GetDecimal(), after.GetProperty("score").GetDecimal());

        var episodeId = await App.ActiveEpisodeAsync(worker, personIndex: 33);
        var started = await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "swemwbs", timepoint = "Baseline" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Programme wording 1", started.GetProperty("items")[0].GetProperty("text").GetString());

        var otherProgramme = await App.LinkWorkerElsewhereAsync();
        var theirs = (await (await otherProgramme.GetAsync("/api/v1/instruments")).JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single(i => i.GetProperty("id").GetString() == "swemwbs");
        Assert.False(theirs.GetProperty("worded").GetBoolean());
    }

    [Fact]
    public async Task A_programmes_own_instrument_is_scored_for_that_programme_only_and_a_broken_one_is_refused_saying_why()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = "own-" + Guid.NewGuid().ToString("N")[..8];
        var own = JsonNode.Parse(await worker.GetStringAsync("/api/v1/instruments/ucla3"))!;
        own["id"] = id;
        own["title"] = "Our loneliness check";

        var loaded = await (await PutQuestionnaireAsync(admin, id, own.ToJsonString())).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((false, false), (loaded.GetProperty("wording").GetBoolean(), loaded.GetProperty("replaced").GetBoolean()));
        Assert.True((await (await PutQuestionnaireAsync(admin, id, own.ToJsonString())).JsonAsync(HttpStatusCode.OK)).GetProperty("replaced").GetBoolean());
        var scored = await (await worker.PostAsJsonAsync($"/api/v1/instruments/{id}/score", new { items = new[] { "Often", "Often", "Often" } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(9m, scored.GetProperty("score").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.LinkWorkerElsewhereAsync()).PostAsJsonAsync($"/api/v1/instruments/{id}/score", new { items = new[] { 1, 1, 1 } })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await PutQuestionnaireAsync(worker, id, own.ToJsonString())).StatusCode);
        var mismatched = await (await PutQuestionnaireAsync(admin, "another-id", own.ToJsonString())).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("must be the same", Error(mismatched), StringComparison.Ordinal);
        var notFhir = await (await PutQuestionnaireAsync(admin, id, """{"resourceType":"Questionnaire","id":"x","colour":"red"}""")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not a valid FHIR R4 Questionnaire", Error(notFhir), StringComparison.Ordinal);
        var wrongItem = await (await PutQuestionnaireAsync(admin, "ucla3", """{"resourceType":"Questionnaire","id":"ucla3","status":"active","item":[{"linkId":"no-such-item","type":"choice","text":"Words"}]}""")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no-such-item", Error(wrongItem), StringComparison.Ordinal);
    }

    private static string Error(JsonElement problem) => problem.GetProperty("errors").GetProperty("questionnaire")[0].GetString()!;

    private static Task<HttpResponseMessage> PutQuestionnaireAsync(HttpClient client, string id, string json) =>
        client.PutAsync($"/api/v1/instruments/{id}", new StringContent(json, Encoding.UTF8, "application/fhir+json"));
}

public sealed class SqliteProgrammeInstrumentTests(SqliteApp app) : ProgrammeInstrumentTests<SqliteApp>(app);

public sealed class PostgresProgrammeInstrumentTests(PostgresApp app) : ProgrammeInstrumentTests<PostgresApp>(app);
