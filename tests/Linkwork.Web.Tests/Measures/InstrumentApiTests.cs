using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Tests;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Xunit;

namespace Linkwork.Web.Tests.Measures;

/// <summary>The instruments over HTTP: listed, defined as FHIR Questionnaires, scored; bad answers refused naming the item.</summary>
public abstract class InstrumentApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static readonly string[] Ids = ["ahc-hrsn", "djg6", "gad7", "hunger-vital-sign", "ons4", "phq9", "swemwbs", "ucla3", "wemwbs"];

    private Task<HttpClient> WorkerAsync() => App.SignedInAsAsync(Role.LinkWorker);

    private static Task<HttpResponseMessage> ScoreAsync(HttpClient client, string id, params object?[] items) =>
        client.PostAsJsonAsync($"/api/v1/instruments/{id}/score", new { items });

    [Fact]
    public async Task The_instruments_are_listed_and_each_definition_is_its_FHIR_Questionnaire()
    {
        var client = await WorkerAsync();

        var list = await (await client.GetAsync("/api/v1/instruments")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(Ids, list.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var phq9 = list.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "phq9");
        Assert.Equal((9, "44249-1", true, true), (phq9.GetProperty("itemCount").GetInt32(), phq9.GetProperty("panelLoinc").GetString(), phq9.GetProperty("screens").GetBoolean(), phq9.GetProperty("safeguarding").GetBoolean()));
        foreach (var instrument in list.EnumerateArray())
        {
            var response = await client.GetAsync(instrument.GetProperty("definition").GetString());
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            var questionnaire = await response.JsonAsync(HttpStatusCode.OK);
            Assert.Equal(("Questionnaire", instrument.GetProperty("id").GetString()), (questionnaire.GetProperty("resourceType").GetString(), questionnaire.GetProperty("id").GetString()));
            Assert.Equal(instrument.GetProperty("itemCount").GetInt32(), questionnaire.GetProperty("item").GetArrayLength());
        }
    }

    [Fact]
    public async Task An_unknown_instrument_answers_404_naming_the_known_ones()
    {
        var client = await WorkerAsync();

        var definition = await (await client.GetAsync("/api/v1/instruments/phq-10")).JsonAsync(HttpStatusCode.NotFound);
        await (await ScoreAsync(client, "phq-10", 1)).JsonAsync(HttpStatusCode.NotFound);

        Assert.Contains("There is no instrument 'phq-10'", definition.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("phq9", definition.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PHQ9_answers_by_number_label_or_code_are_scored_and_item_9_raises_safeguarding()
    {
        var client = await WorkerAsync();

        var scored = await (await ScoreAsync(client, "phq9", 2, "Several days", "LA6570-1", 2, "nearly every day", 1, 0, 1, 1)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(13, scored.GetProperty("score").GetDecimal());
        Assert.Equal("Moderate", scored.GetProperty("band").GetString());
        Assert.True(scored.GetProperty("positive").GetBoolean());
        var safeguarding = scored.GetProperty("safeguarding");
        Assert.Equal((9, "Several days"), (safeguarding.GetProperty("item").GetInt32(), safeguarding.GetProperty("answer").GetString()));
        Assert.Contains("same-day safety response", safeguarding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["LA6570-1"], scored.GetProperty("items")[2].GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(5, scored.GetProperty("meaningfulChange").GetProperty("points").GetDecimal());

        var calm = await (await ScoreAsync(client, "phq9", 0, 0, 0, 0, 0, 0, 0, 0, 0)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, calm.GetProperty("safeguarding").ValueKind);
        Assert.Equal("None-minimal", calm.GetProperty("band").GetString());
    }

    [Fact]
    public async Task An_out_of_range_answer_is_refused_422_naming_the_item_by_its_place_in_the_request()
    {
        var client = await WorkerAsync();

        var response = await ScoreAsync(client, "phq9", 0, 0, 4, 0, 0, 0, 0, 0, 0);
        var problem = await response.JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["items[2]"], errors.EnumerateObject().Select(e => e.Name));
        var message = errors.GetProperty("items[2]")[0].GetString()!;
        Assert.StartsWith("item 3 (sleep) must be 0–3, or one of \"Not at all\", \"Several days\", \"More than half the days\", \"Nearly every day\"", message, StringComparison.Ordinal);
        Assert.EndsWith("got 4", message, StringComparison.Ordinal);
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_answer_is_refused_naming_the_item_and_a_raised_safeguarding_alert_still_comes_back()
    {
        var client = await WorkerAsync();

        var problem = await (await ScoreAsync(client, "phq9", 1, 1, null, 1, 1, 1, 1, 1, "LA6571-9")).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("item 3 (sleep) must be answered: Patient Health Questionnaire-9 (PHQ-9) is not scored with an unanswered item",
            problem.GetProperty("errors").GetProperty("items[2]")[0].GetString());
        Assert.Equal("Nearly every day", problem.GetProperty("safeguarding").GetProperty("answer").GetString());

        var shortList = await (await ScoreAsync(client, "ucla3", 1, 2)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("item 3 (isolated) must be answered", shortList.GetProperty("errors").GetProperty("items[2]")[0].GetString(), StringComparison.Ordinal);
        Assert.False(shortList.TryGetProperty("safeguarding", out _));
    }

    [Fact]
    public async Task Too_many_answers_a_word_that_is_no_answer_and_a_body_that_is_not_a_list_are_refused()
    {
        var client = await WorkerAsync();

        var tooMany = await (await ScoreAsync(client, "ucla3", 1, 1, 1, 1)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("UCLA 3-item loneliness scale has 3 items; 4 answers were sent", tooMany.GetProperty("errors").GetProperty("items")[0].GetString());

        var word = await (await ScoreAsync(client, "ons4", 5, true, 5, "lots")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["items[1]", "items[3]"], word.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("item 4 (anxiety) must be a whole number 0–10; got \"lots\"", word.GetProperty("errors").GetProperty("items[3]")[0].GetString());

        var notAList = await (await client.PostAsJsonAsync("/api/v1/instruments/ucla3/score", new { items = 5 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(notAList.GetProperty("errors").TryGetProperty("items", out _));
    }

    [Fact]
    public async Task AHC_scores_domain_by_domain_with_several_answers_for_a_choose_all_item_and_names_the_needs()
    {
        var client = await WorkerAsync();

        var scored = await (await ScoreAsync(client, "ahc-hrsn",
            "LA31994-9", new[] { "Mold", "LA32001-2" }, "Sometimes true", "Never true", "No", "Already shut off", 3, 3, 3, 2)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, scored.GetProperty("score").ValueKind);
        Assert.True(scored.GetProperty("positive").GetBoolean());
        Assert.Equal(
            ["housing-instability", "inadequate-housing", "food-insecurity", "utility-insecurity", "intimate-partner-violence"],
            scored.GetProperty("needs").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.All(scored.GetProperty("needs").EnumerateArray(), n => Assert.Equal("http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes", n.GetProperty("system").GetString()));
        var safety = scored.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "safety");
        Assert.Equal((11m, true, "95614-4"), (safety.GetProperty("score").GetDecimal(), safety.GetProperty("positive").GetBoolean(), safety.GetProperty("loinc").GetString()));
        var transportation = scored.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "transportation");
        Assert.False(transportation.GetProperty("positive").GetBoolean());
    }

    [Fact]
    public async Task SWEMWBS_answers_with_the_published_metric_score_and_keeps_the_raw_total()
    {
        var client = await WorkerAsync();
        var row = File.ReadAllLines(Path.Combine(RepositoryPaths.Standards, "instruments", "swemwbs_raw_to_metric.csv")).Single(l => l.StartsWith("25,", StringComparison.Ordinal)).Split(',');

        var scored = await (await ScoreAsync(client, "swemwbs", 4, 4, 4, 4, 3, 3, 3)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(decimal.Parse(row[1], CultureInfo.InvariantCulture), scored.GetProperty("score").GetDecimal());
        Assert.Equal(25, scored.GetProperty("rawScore").GetDecimal());
        Assert.Equal(JsonValueKind.Null, scored.GetProperty("positive").ValueKind);
    }

    [Fact]
    public async Task An_API_client_may_score_an_anonymous_caller_and_the_person_portal_may_not()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScoreAsync(App.NewClient(), "ucla3", 1, 1, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ScoreAsync(await App.SignedInAsAsync(Role.Person), "ucla3", 1, 1, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(await App.SignedInAsAsync(Role.Analyst), "ucla3", 1, 1, 1)).StatusCode);
    }

    [Fact]
    public async Task The_instrument_endpoints_are_in_the_OpenAPI_document()
    {
        var document = await App.NewClient().GetStringAsync("/openapi/v1.json");

        foreach (var operation in new[] { "ListInstruments", "GetInstrument", "ScoreInstrument" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("\"/api/v1/instruments/{id}/score\"", document, StringComparison.Ordinal);
    }
}

public sealed class SqliteInstrumentApiTests(SqliteApp app) : InstrumentApiTests<SqliteApp>(app);

public sealed class PostgresInstrumentApiTests(PostgresApp app) : InstrumentApiTests<PostgresApp>(app);
