using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Measures;

/// <summary>Questionnaires in an episode over /api/v1: started, answered part way, finished and scored with their needs coded; the safety answer; who may.</summary>
public abstract class QuestionnaireApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Answers_are_kept_part_way_finished_answers_are_scored_and_a_positive_screen_records_its_need_coded_in_SNOMED_CT()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 36);
        var started = await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "ucla3", timepoint = "Baseline" });
        var questionnaire = await started.JsonAsync(HttpStatusCode.Created);
        var id = questionnaire.GetProperty("id").GetGuid();
        Assert.Equal(("InProgress", 3), (questionnaire.GetProperty("state").GetString(), questionnaire.GetProperty("items").GetArrayLength()));

        // Part way, by label and by number: kept as the answers' own values.
        var saved = await (await PutAsync(worker, $"/api/v1/questionnaires/{id}/answers", new { items = new object?[] { "Often", 3 } }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([["Often"], ["Often"], []], Answers(saved));
        Assert.Equal(2, saved.GetProperty("version").GetInt32());

        // Finishing with the last answer missing names it, and keeps what was given.
        var missing = await (await worker.PostIfMatchAsync($"/api/v1/questionnaires/{id}/complete", new { }, "\"2\"")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(missing.GetProperty("errors").TryGetProperty("items[2]", out _), missing.ToString());

        var done = await (await worker.PostIfMatchAsync($"/api/v1/questionnaires/{id}/complete", new { items = new object?[] { "Often", "Often", "Some of the time" } }, null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Completed", 8m, true), (done.GetProperty("state").GetString(), done.GetProperty("score").GetDecimal(), done.GetProperty("positive").GetBoolean()));
        var need = Assert.Single(done.GetProperty("needs").EnumerateArray());
        Assert.Equal(("social-connection", "http://snomed.info/sct", "422650009"),
            (need.GetProperty("code").GetString(), need.GetProperty("condition").GetProperty("system").GetString(), need.GetProperty("condition").GetProperty("value").GetString()));

        var again = await PutAsync(worker, $"/api/v1/questionnaires/{id}/answers", new { items = new object?[] { "Hardly ever" } }, null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var episode = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(episode.GetProperty("measures").EnumerateArray(), m => m.GetProperty("administrationId").ValueKind == JsonValueKind.String && m.GetProperty("administrationId").GetGuid() == id && m.GetProperty("score").GetDecimal() == 8m);
        var audited = await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.RecordId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Superset(new HashSet<string> { "questionnaire.start", "questionnaire.save", "questionnaire.complete", "questionnaire.read" }, audited.ToHashSet());
    }

    [Fact]
    public async Task A_bad_answer_is_named_by_its_item_and_nothing_is_saved_and_a_stale_version_is_refused()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 37);
        var id = (await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "phq9", timepoint = "Baseline" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var bad = await (await PutAsync(worker, $"/api/v1/questionnaires/{id}/answers", new { items = new object?[] { 1, 7, "Sometimes" } }, null)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("items[1]", out _) && errors.TryGetProperty("items[2]", out _) && !errors.TryGetProperty("items[0]", out _), errors.ToString());
        var stored = await App.InDatabaseAsync(db => db.MeasureAdministrations.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((1, 0), (stored.Version, stored.Answers.Count(a => a is not null)));

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(worker, $"/api/v1/questionnaires/{id}/answers", new { items = new object?[] { 1 } }, "\"7\"")).StatusCode);
        var unknown = await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "nope", timepoint = "Baseline" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("swemwbs", unknown.GetProperty("errors").GetProperty("instrument")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_safety_answer_raises_one_concern_as_soon_as_it_is_saved_and_tells_the_link_worker_and_supervisors()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var (supervisor, supervisorId, _) = await App.TeamMemberAsync(Role.Supervisor);
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 38);
        var id = (await (await supervisor.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "phq9", timepoint = "Baseline" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var answers = new object?[] { null, null, null, null, null, null, null, null, "Several days" };

        var saved = await (await PutAsync(supervisor, $"/api/v1/questionnaires/{id}/answers", new { items = answers }, null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(saved.GetProperty("safeguardingAlerted").GetBoolean());
        await (await PutAsync(supervisor, $"/api/v1/questionnaires/{id}/answers", new { items = answers }, null)).JsonAsync(HttpStatusCode.OK);

        var concern = Assert.Single(await App.InDatabaseAsync(db => db.SafeguardingConcerns.Where(c => c.EpisodeId == episodeId).ToListAsync()));
        Assert.Contains("item 9", concern.Concern, StringComparison.Ordinal);
        var link = $"/app/episodes/{episodeId}#safeguarding";
        var told = await App.InDatabaseAsync(db => db.Notifications.Where(n => n.Link == link).Select(n => n.UserAccountId).ToListAsync());
        Assert.Contains(workerId, told);
        Assert.DoesNotContain(supervisorId, told);
        Assert.Equal(told.Count, told.Distinct().Count());
    }

    [Fact]
    public async Task Only_the_programmes_caseload_workers_start_or_see_a_questionnaire()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 39);
        var id = (await (await worker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "ucla3", timepoint = "Baseline" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var elsewhere = await App.LinkWorkerElsewhereAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/questionnaires/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/questionnaires", new { instrument = "ucla3", timepoint = "Baseline" })).StatusCode);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync($"/api/v1/questionnaires/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync($"/api/v1/questionnaires/{id}")).StatusCode);
    }

    private static IEnumerable<string?[]> Answers(JsonElement questionnaire) =>
        questionnaire.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("answer").EnumerateArray().Select(a => a.GetString()).ToArray());

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}

public sealed class SqliteQuestionnaireApiTests(SqliteApp app) : QuestionnaireApiTests<SqliteApp>(app);

public sealed class PostgresQuestionnaireApiTests(PostgresApp app) : QuestionnaireApiTests<PostgresApp>(app);
