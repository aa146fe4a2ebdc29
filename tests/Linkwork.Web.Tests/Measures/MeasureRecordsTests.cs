using System.Net;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Measures;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.People;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Measures;

/// <summary>The programme's measures schedule and the questionnaires people answer, as stored on both databases.</summary>
public abstract class MeasureRecordsTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task A_part_answered_questionnaire_is_kept_as_given_and_its_score_once_finished()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(worker, personIndex: 31);
        var now = App.Clock.GetUtcNow();
        var id = await App.InDatabaseAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == episodeId);
            var taking = Administration.Start(Guid.CreateVersion7(), episode, new("swemwbs", Timepoint.FollowUp, 12), null, now);
            taking.SaveAnswers(["4", null, "3"], now);
            db.MeasureAdministrations.Add(taking);
            await db.SaveChangesAsync();
            return taking.Id;
        });

        var stored = await App.InDatabaseAsync(db => db.MeasureAdministrations.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(["4", null, "3"], stored.Answers);
        Assert.Equal((new ScheduledMeasure("swemwbs", Timepoint.FollowUp, 12), AdministrationState.InProgress, 2), (stored.Measure, stored.State, stored.Version));

        await App.InDatabaseAsync(async db =>
        {
            var taking = await db.MeasureAdministrations.SingleAsync(a => a.Id == id);
            taking.Complete(["4", "4", "3", "3", "4", "2", "3"], 19.98m, "Average", null, [], now);
            return await db.SaveChangesAsync();
        });
        var finished = await App.InDatabaseAsync(db => db.MeasureAdministrations.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((AdministrationState.Completed, 19.98m, "Average", (bool?)null, 7), (finished.State, finished.Score, finished.Band, finished.Positive, finished.Answers.Count));
    }

    [Fact]
    public async Task An_episode_shows_each_measure_of_the_schedule_due_from_its_moment_and_what_was_done_about_it()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var referred = await App.ReferAsync(worker, personIndex: 34);
        var before = await (await worker.GetAsync($"/api/v1/episodes/{referred}")).JsonAsync(HttpStatusCode.OK);
        Assert.All(before.GetProperty("measures").EnumerateArray(), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("dueOn").ValueKind));

        var episodeId = await App.ActiveEpisodeAsync(worker, personIndex: 35); // assessed and plan agreed today
        var today = App.Today();
        await App.InDatabaseAsync(async db =>
        {
            var taking = Administration.Start(Guid.CreateVersion7(), await db.Episodes.SingleAsync(e => e.Id == episodeId), new("ucla3", Timepoint.Baseline), null, App.Clock.GetUtcNow());
            taking.Complete(["1", "2", "1"], 4, "Not lonely", false, [], App.Clock.GetUtcNow());
            db.MeasureAdministrations.Add(taking);
            return await db.SaveChangesAsync();
        });

        var measures = (await (await worker.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("measures").EnumerateArray()
            .ToDictionary(m => (m.GetProperty("instrumentId").GetString(), m.GetProperty("timepoint").GetString()));
        Assert.Equal(MeasureSchedule.Default.Count, measures.Count);
        string? Due((string, string) key) => measures[key].GetProperty("dueOn").GetString();
        Assert.Equal(Day(today), Due(("swemwbs", "Baseline")));
        Assert.Equal(Day(today.AddDays(84)), Due(("ucla3", "FollowUp")));
        Assert.Null(Due(("swemwbs", "Discharge")));
        Assert.Equal(("Completed", 4m), (measures[("ucla3", "Baseline")].GetProperty("state").GetString(), measures[("ucla3", "Baseline")].GetProperty("score").GetDecimal()));

        var page = await worker.GetStringAsync($"/app/episodes/{episodeId}");
        Assert.Contains("Completed: 4 (Not lonely)", page, StringComparison.Ordinal);
        Assert.Contains("Due today", page, StringComparison.Ordinal);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_programmes_own_schedule_is_kept_and_a_merge_moves_the_questionnaires_to_the_record_that_stays()
    {
        var programmeId = await App.InDatabaseAsync(db => db.Programmes.OrderBy(p => p.CreatedAt).Select(p => p.Id).FirstAsync());
        ScheduledMeasure[] schedule = [new("ons4", Timepoint.Baseline), new("ons4", Timepoint.FollowUp, 8), new("ucla3", Timepoint.Discharge)];
        await App.InDatabaseAsync(async db =>
        {
            (await db.Programmes.SingleAsync(p => p.Id == programmeId)).UseMeasureSchedule(schedule);
            return await db.SaveChangesAsync();
        });
        try
        {
            Assert.Equal(schedule, await App.InDatabaseAsync(async db => (await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == programmeId)).MeasureSchedule));
        }
        finally
        {
            await App.InDatabaseAsync(async db =>
            {
                (await db.Programmes.SingleAsync(p => p.Id == programmeId)).UseMeasureSchedule(null);
                return await db.SaveChangesAsync();
            });
        }

        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(worker, personIndex: 32);
        var duplicate = await App.SomePersonAsync(32);
        var newcomer = PeopleApi.NewPerson("Rosa", PeopleApi.UniqueName("Merge"), PeopleApi.UniqueBirthDate());
        newcomer["confirmNotDuplicate"] = true;
        var survivor = (await PeopleApi.CreateAsync(worker, newcomer)).GetProperty("id").GetGuid();
        await App.InDatabaseAsync(async db =>
        {
            db.MeasureAdministrations.Add(Administration.Start(Guid.CreateVersion7(), await db.Episodes.SingleAsync(e => e.Id == episodeId), new("ons4", Timepoint.Baseline), null, App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        var merged = await (await App.SignedInAsAsync(Role.Supervisor)).PostAsync($"/api/v1/people/{duplicate}/merge-into/{survivor}", null);

        await merged.JsonAsync(HttpStatusCode.OK);
        Assert.Equal([survivor], await App.InDatabaseAsync(db => db.MeasureAdministrations.Where(a => a.EpisodeId == episodeId).Select(a => a.PersonId).ToListAsync()));
    }
}

public sealed class SqliteMeasureRecordsTests(SqliteApp app) : MeasureRecordsTests<SqliteApp>(app);

public sealed class PostgresMeasureRecordsTests(PostgresApp app) : MeasureRecordsTests<PostgresApp>(app);
