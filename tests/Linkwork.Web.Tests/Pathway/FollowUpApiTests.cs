using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Follow-ups over /api/v1/tasks: plan, list, tick done, cancel; the episode's log; 422, 409, 412; who may; reminders once.</summary>
public abstract class FollowUpApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_follow_up_is_planned_listed_and_ticked_done_and_the_episodes_history_says_so()
    {
        var (worker, workerId, workerName) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 1);
        var today = App.Today();

        var created = await worker.PostAsJsonAsync("/api/v1/tasks", new { episodeId, title = "Ring about the lunch club", note = "After 10am", dueOn = Day(today) });
        var followUp = await created.JsonAsync(HttpStatusCode.Created);
        var id = followUp.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/tasks/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", PathwayApi.ETagOf(created));
        Assert.Equal(workerId, followUp.GetProperty("assigneeId").GetGuid());
        Assert.Equal(workerName, followUp.GetProperty("assignee").GetString());
        Assert.Equal(["Done", "Cancelled"], followUp.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));

        var mineToday = await (await worker.GetAsync("/api/v1/tasks?mine=true&dueToday=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([id], mineToday.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await (await worker.GetAsync("/api/v1/tasks?mine=true&overdue=true")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        var done = await (await worker.PostIfMatchAsync($"/api/v1/tasks/{id}/complete", null, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Done", done.GetProperty("state").GetString());
        Assert.Empty(done.GetProperty("allowedMoves").EnumerateArray());
        Assert.Equal(0, (await (await worker.GetAsync("/api/v1/tasks?mine=true")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await (await worker.GetAsync($"/api/v1/tasks?episodeId={episodeId}&open=false")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        var episode = await (await worker.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK);
        var history = episode.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("reasonCode").GetString()).ToList();
        Assert.Equal(["follow-up.added", "follow-up.done"], history.Where(c => c?.StartsWith("follow-up", StringComparison.Ordinal) == true));
        Assert.Equal("Done", episode.GetProperty("followUps")[0].GetProperty("state").GetString());
        var audited = await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.RecordId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("follow-up.create", audited);
        Assert.Contains("follow-up.list", audited);
        Assert.Contains("follow-up.done", audited);
    }

    [Fact]
    public async Task Handing_a_case_over_moves_the_previous_link_workers_open_follow_ups_to_the_new_one()
    {
        var (previous, previousId, _) = await App.TeamMemberAsync();
        var (successor, successorId, _) = await App.TeamMemberAsync();
        var (supervisor, supervisorId, _) = await App.TeamMemberAsync(Role.Supervisor);
        var episodeId = await App.AssignedEpisodeAsync(previous, previousId, personIndex: 8);
        var open = await previous.AddFollowUpAsync(episodeId, "Ring about the lunch club", App.Today().AddDays(1));
        var done = await previous.AddFollowUpAsync(episodeId, "Send the leaflet", App.Today());
        await (await previous.PostIfMatchAsync($"/api/v1/tasks/{done}/complete", null, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        var supervisors = await previous.AddFollowUpAsync(episodeId, "Review at supervision", App.Today().AddDays(7), supervisorId);

        await (await supervisor.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/assign", new { linkWorkerId = successorId })).JsonAsync(HttpStatusCode.OK);

        var successors = await (await successor.GetAsync("/api/v1/tasks?mine=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([open], successors.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await (await previous.GetAsync("/api/v1/tasks?mine=true")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var assignees = await App.InDatabaseAsync(db => db.FollowUps.Where(f => f.EpisodeId == episodeId).ToDictionaryAsync(f => f.Id, f => f.AssigneeId));
        Assert.Equal((successorId, previousId, supervisorId), (assignees[open], assignees[done], assignees[supervisors]));
        Assert.Contains("follow-up.hand-over", await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.RecordId == open.ToString()).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Cancelling_keeps_the_reason_and_a_closed_follow_up_answers_409()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 2);
        var id = await worker.AddFollowUpAsync(episodeId, "Post the leaflet", App.Today().AddDays(2));

        var cancelled = await (await worker.PostIfMatchAsync($"/api/v1/tasks/{id}/cancel", new { reason = "She picked one up herself" }, null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("state").GetString());

        var refused = await (await worker.PostIfMatchAsync($"/api/v1/tasks/{id}/complete", null, null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(("Cancelled", "Done"), (refused.GetProperty("from").GetString(), refused.GetProperty("attempted").GetString()));
        Assert.Empty(refused.GetProperty("allowed").EnumerateArray());
        var reason = await App.InDatabaseAsync(db => db.PathwayEvents.Where(e => e.RecordId == episodeId && e.ReasonCode == "follow-up.cancelled").Select(e => e.Reason).SingleAsync());
        Assert.Equal("Post the leaflet: She picked one up herself", reason);
    }

    [Fact]
    public async Task A_stale_version_answers_412_and_changes_nothing()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 3);
        var id = await worker.AddFollowUpAsync(episodeId, "Check the bus pass came", App.Today());

        var stale = await (await worker.PostIfMatchAsync($"/api/v1/tasks/{id}/complete", null, "\"2\"")).JsonAsync(HttpStatusCode.PreconditionFailed);

        Assert.Contains("version 2", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(FollowUpState.Open, await App.InDatabaseAsync(db => db.FollowUps.Where(f => f.Id == id).Select(f => f.State).SingleAsync()));
        await (await worker.PostIfMatchAsync($"/api/v1/tasks/{id}/complete", null, "W/\"1\"")).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_saves_nothing()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 4);
        var referrerId = await App.InDatabaseAsync(db => db.Users.Where(u => u.Role == Role.Referrer).Select(u => u.Id).FirstAsync());
        var before = await App.InDatabaseAsync(db => db.FollowUps.CountAsync());

        var problem = await (await worker.PostAsJsonAsync("/api/v1/tasks", new
        {
            episodeId, title = " ", note = new string('x', FollowUp.NoteMaxLength + 1), dueOn = Day(App.Today().AddDays(-1)), assigneeId = referrerId,
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["assigneeId", "dueOn", "note", "title"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("past", problem.GetProperty("errors").GetProperty("dueOn")[0].GetString(), StringComparison.Ordinal);

        var noEpisode = await (await worker.PostAsJsonAsync("/api/v1/tasks", new { title = "Ring", dueOn = Day(App.Today()) })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["episodeId"], noEpisode.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await (await worker.PostAsJsonAsync("/api/v1/tasks", new { episodeId, title = "Ring", dueOn = "soon" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await App.InDatabaseAsync(db => db.FollowUps.CountAsync()));
    }

    [Fact]
    public async Task An_idempotency_key_makes_a_retried_create_one_follow_up()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 5);
        var body = new { episodeId, title = "Retry me", dueOn = Day(App.Today()) };
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> PostAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tasks") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await worker.SendAsync(request);
        }

        var first = await (await PostAsync()).JsonAsync(HttpStatusCode.Created);
        var retry = await PostAsync();
        var again = await retry.JsonAsync(HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.True(retry.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
        Assert.Equal(1, await App.InDatabaseAsync(db => db.FollowUps.CountAsync(f => f.EpisodeId == episodeId)));
    }

    [Fact]
    public async Task Nobody_outside_the_programme_team_sees_or_works_follow_ups()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var referred = await App.ReferAsync(referrer, personIndex: 6);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = await worker.AddFollowUpAsync(referred, "Ring the GP back", App.Today());

        await (await referrer.PostAsJsonAsync("/api/v1/tasks", new { episodeId = referred, title = "Mine", dueOn = Day(App.Today()) })).JsonAsync(HttpStatusCode.Forbidden);
        await (await referrer.GetAsync("/api/v1/tasks")).JsonAsync(HttpStatusCode.Forbidden);
        await (await referrer.GetAsync($"/api/v1/tasks/{id}")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(JsonValueKind.Null, (await (await referrer.GetAsync($"/api/v1/episodes/{referred}")).JsonAsync(HttpStatusCode.OK)).GetProperty("followUps").ValueKind);

        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        await (await provider.PostIfMatchAsync($"/api/v1/tasks/{id}/complete", null, null)).JsonAsync(HttpStatusCode.NotFound);
        await (await provider.PostAsJsonAsync("/api/v1/tasks", new { episodeId = referred, title = "Mine", dueOn = Day(App.Today()) })).JsonAsync(HttpStatusCode.NotFound);

        var elsewhere = await App.LinkWorkerElsewhereAsync();
        await (await elsewhere.GetAsync($"/api/v1/tasks/{id}")).JsonAsync(HttpStatusCode.NotFound);
        await (await elsewhere.PostIfMatchAsync($"/api/v1/tasks/{id}/cancel", null, null)).JsonAsync(HttpStatusCode.NotFound);
        await (await elsewhere.PostAsJsonAsync("/api/v1/tasks", new { episodeId = referred, title = "Mine", dueOn = Day(App.Today()) })).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await elsewhere.GetAsync("/api/v1/tasks")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(FollowUpState.Open, await App.InDatabaseAsync(db => db.FollowUps.Where(f => f.Id == id).Select(f => f.State).SingleAsync()));
    }

    [Fact]
    public async Task Follow_ups_due_today_and_overdue_are_reminded_in_the_app_once()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var episodeId = await App.AssignedEpisodeAsync(worker, workerId, personIndex: 7);
        var today = App.Today();
        var dueToday = await worker.AddFollowUpAsync(episodeId, "Ring today", today);
        var dueLater = await worker.AddFollowUpAsync(episodeId, "Ring in two days", today.AddDays(2));
        var doneFirst = await worker.AddFollowUpAsync(episodeId, "Already done", today);
        await (await worker.PostIfMatchAsync($"/api/v1/tasks/{doneFirst}/complete", null, null)).JsonAsync(HttpStatusCode.OK);
        Task<List<string>> RemindersAsync() => App.InDatabaseAsync(db => db.Notifications.Where(n => n.UserAccountId == workerId).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync());

        await RunRemindersAt(App.Clock.GetUtcNow());
        await RunRemindersAt(App.Clock.GetUtcNow().AddMinutes(5));
        Assert.Equal(["Follow-up due today: Ring today"], await RemindersAsync());

        await RunRemindersAt(App.Clock.GetUtcNow().AddDays(3));
        await RunRemindersAt(App.Clock.GetUtcNow().AddDays(4));
        var reminders = await RemindersAsync();
        Assert.Equal(2, reminders.Count);
        Assert.StartsWith("Follow-up overdue since ", reminders[1], StringComparison.Ordinal);
        Assert.EndsWith(": Ring in two days", reminders[1], StringComparison.Ordinal);
        var link = $"/app/episodes/{episodeId}#follow-ups";
        Assert.True(await App.InDatabaseAsync(db => db.Notifications.Where(n => n.UserAccountId == workerId).AllAsync(n => n.Link == link)));
        Assert.NotNull(await App.InDatabaseAsync(db => db.FollowUps.Where(f => f.Id == dueToday).Select(f => f.RemindedAt).SingleAsync()));
        Assert.Equal(1, await App.InDatabaseAsync(db => db.FollowUps.Where(f => f.Id == dueLater).Select(f => f.Version).SingleAsync()));
    }

    private async Task RunRemindersAt(DateTimeOffset moment)
    {
        await using var scope = App.Scope();
        var job = ActivatorUtilities.CreateInstance<RemindDueFollowUps>(scope.ServiceProvider, new FixedClock(moment));
        while (await job.HandleAsync(CancellationToken.None) == RemindDueFollowUps.BatchSize)
        {
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteFollowUpApiTests(SqliteApp app) : FollowUpApiTests<SqliteApp>(app);

public sealed class PostgresFollowUpApiTests(PostgresApp app) : FollowUpApiTests<PostgresApp>(app);
