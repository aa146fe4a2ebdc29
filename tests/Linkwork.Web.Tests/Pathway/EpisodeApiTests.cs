using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Linkwork.Web.Tests.People.PeopleApi;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Episodes over /api/v1: intake, the state machine with 409/412, the message back, and who may do what.</summary>
public abstract class EpisodeApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private async Task<(HttpClient Client, JsonElement Episode, string ETag)> ReferAsync(Role by = Role.Referrer, int personIndex = 0)
    {
        var client = await App.SignedInAsAsync(by);
        var response = await client.PostAsJsonAsync("/api/v1/episodes", new
        {
            personId = await App.SomePersonAsync(personIndex), source = "GeneralPractice", reasons = "Lonely since her husband died",
        });
        var episode = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/episodes/{episode.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        return (client, episode, PathwayApi.ETagOf(response)!);
    }

    private static string Url(JsonElement episode, string suffix = "") => $"/api/v1/episodes/{episode.GetProperty("id").GetGuid()}{suffix}";

    [Fact]
    public async Task A_referrer_refers_and_follows_the_status_while_the_link_worker_sees_the_whole_record()
    {
        var (referrer, episode, etag) = await ReferAsync();
        Assert.Equal("\"1\"", etag);
        Assert.Equal("Received", episode.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, episode.GetProperty("goals").ValueKind);
        Assert.Empty(episode.GetProperty("allowedMoves").EnumerateArray());

        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var full = await (await linkWorker.GetAsync(Url(episode))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Contacting", "Accepted", "Declined", "EnteredInError"], full.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(JsonValueKind.Array, full.GetProperty("goals").ValueKind);

        var mine = await (await referrer.GetAsync("/api/v1/episodes")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == episode.GetProperty("id").GetGuid());
        var id = episode.GetProperty("id").GetGuid().ToString();
        var audited = await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.RecordId == id).Select(a => a.Action).ToListAsync());
        Assert.Contains("episode.create", audited);
        Assert.Contains("episode.read", audited);
    }

    [Fact]
    public async Task The_journey_through_the_programme_ends_with_a_coded_message_back_to_the_referrer()
    {
        var (referrer, episode, _) = await ReferAsync();
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);

        var accepted = await linkWorker.PostIfMatchAsync(Url(episode, "/accept"), null, "\"1\"");
        Assert.Equal("\"2\"", PathwayApi.ETagOf(accepted));
        await accepted.JsonAsync(HttpStatusCode.OK);
        var conversation = await linkWorker.PutAsJsonAsync(Url(episode, "/what-matters"), new
        {
            inTheirWords = "Getting out and meeting people", strengths = "Loves gardening",
            needs = new[] { new { category = "SocialConnection", note = "Widowed last year" } },
        });
        Assert.Equal("Assessing", (await conversation.JsonAsync(HttpStatusCode.OK)).GetProperty("state").GetString());
        var goal = await (await linkWorker.PostAsJsonAsync(Url(episode, "/goals"), new { text = "Join the garden club", category = "SocialConnection", baselineScore = 2 }))
            .JsonAsync(HttpStatusCode.Created);
        await (await linkWorker.PostAsJsonAsync($"/api/v1/goals/{goal.GetProperty("id").GetGuid()}/progress", new { score = 7 })).JsonAsync(HttpStatusCode.OK);
        await (await linkWorker.PostIfMatchAsync(Url(episode, "/agree-plan"), null, null)).JsonAsync(HttpStatusCode.OK);
        var discharged = await (await linkWorker.PostIfMatchAsync(Url(episode, "/discharge"), new { dischargeReason = "GoalsMet", reason = "Settled at the club" }, null))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Discharged", discharged.GetProperty("state").GetString());
        Assert.Equal([2, 7], discharged.GetProperty("goals")[0].GetProperty("progress").EnumerateArray().Select(p => p.GetProperty("score").GetInt32()));
        Assert.Equal(["Received", "Accepted", "Assessing", "Active", "Discharged"], discharged.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("to").GetString()));

        var seenByReferrer = await (await referrer.GetAsync(Url(episode))).JsonAsync(HttpStatusCode.OK);
        var messages = seenByReferrer.GetProperty("messagesBack").EnumerateArray().ToList();
        Assert.Equal(["Accepted", "Discharged"], messages.Select(m => m.GetProperty("outcome").GetString()));
        Assert.Equal("871731000000106", messages[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, seenByReferrer.GetProperty("whatMatters").ValueKind);
    }

    [Fact]
    public async Task An_illegal_move_answers_409_naming_the_allowed_moves_and_changes_nothing()
    {
        var (_, episode, _) = await ReferAsync();
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);

        var problem = await (await linkWorker.PostIfMatchAsync(Url(episode, "/discharge"), new { dischargeReason = "GoalsMet" }, null)).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal(["Contacting", "Accepted", "Declined", "EnteredInError"], problem.GetProperty("allowed").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Received", problem.GetProperty("from").GetString());
        var id = episode.GetProperty("id").GetGuid();
        Assert.Equal(new { State = EpisodeState.Received, Version = 1 }, await App.InDatabaseAsync(db => db.Episodes.Where(e => e.Id == id).Select(e => new { e.State, e.Version }).SingleAsync()));
        Assert.Equal(1, await App.InDatabaseAsync(db => db.PathwayEvents.CountAsync(e => e.RecordId == id)));
    }

    [Fact]
    public async Task A_stale_version_answers_412_and_a_malformed_one_400_and_neither_changes_anything()
    {
        var (_, episode, _) = await ReferAsync();
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        await (await linkWorker.PostAsJsonAsync(Url(episode, "/contact-attempts"), new { reached = false })).JsonAsync(HttpStatusCode.OK);

        var stale = await (await linkWorker.PostIfMatchAsync(Url(episode, "/accept"), null, "\"1\"")).JsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("version 2", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await linkWorker.PostIfMatchAsync(Url(episode, "/accept"), null, "W/\"2\"")).JsonAsync(HttpStatusCode.BadRequest);
        await (await linkWorker.PostIfMatchAsync(Url(episode, "/accept"), null, "two")).JsonAsync(HttpStatusCode.BadRequest);

        var id = episode.GetProperty("id").GetGuid();
        Assert.Equal(new { State = EpisodeState.Contacting, Version = 2 }, await App.InDatabaseAsync(db => db.Episodes.Where(e => e.Id == id).Select(e => new { e.State, e.Version }).SingleAsync()));
        await (await linkWorker.PostIfMatchAsync(Url(episode, "/accept"), null, "\"2\"")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_concurrent_moves_from_the_same_version_save_once_and_the_other_answers_412()
    {
        var (_, episode, _) = await ReferAsync();
        var first = await App.SignedInAsAsync(Role.LinkWorker);
        var second = await App.SignedInAsAsync(Role.Supervisor);

        var answers = await Task.WhenAll(
            first.PostIfMatchAsync(Url(episode, "/accept"), null, null),
            second.PostIfMatchAsync(Url(episode, "/decline"), new { reason = "Not eligible" }, null));

        // Both read version 1; whichever saves second is refused, by the version check or the database's unique event version.
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict);
        var id = episode.GetProperty("id").GetGuid();
        Assert.Equal(2, await App.InDatabaseAsync(db => db.PathwayEvents.CountAsync(e => e.RecordId == id)));
    }

    [Fact]
    public async Task Three_failed_contact_attempts_suggest_unable_to_contact()
    {
        var (_, episode, _) = await ReferAsync();
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        JsonElement last = default;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            last = await (await linkWorker.PostAsJsonAsync(Url(episode, "/contact-attempts"), new { reached = false, note = "No answer" })).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(attempt == 3, last.GetProperty("suggestUnableToContact").GetBoolean());
        }

        Assert.Equal(3, last.GetProperty("contactAttempts").GetInt32());
        var closed = await (await linkWorker.PostIfMatchAsync(Url(episode, "/unable-to-contact"), null, null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("UnableToContact", closed.GetProperty("messagesBack")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_referral_by_details_joins_a_known_nhs_number_and_otherwise_makes_a_new_person_answering_alike()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var nhs = NewNhsNumber();
        var known = (await CreateAsync(worker, NewPerson("Olive", UniqueName("Known"), UniqueBirthDate(), nhs))).GetProperty("id").GetGuid();
        var people = await App.InDatabaseAsync(db => db.People.CountAsync());

        var joined = await (await referrer.PostAsJsonAsync("/api/v1/episodes/by-details", new
        {
            person = NewPerson("Olive", "Spelt Differently", UniqueBirthDate(), nhs), source = "GeneralPractice", reasons = "Lonely", personConsentsToSharing = true,
        })).JsonAsync(HttpStatusCode.Created);
        var made = await (await referrer.PostAsJsonAsync("/api/v1/episodes/by-details", new
        {
            person = NewPerson("Ruby", UniqueName("New"), UniqueBirthDate()), source = "GeneralPractice", reasons = "Lonely",
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(known, joined.GetProperty("person").GetProperty("id").GetGuid());
        Assert.NotEqual(known, made.GetProperty("person").GetProperty("id").GetGuid());
        Assert.Equal(people + 1, await App.InDatabaseAsync(db => db.People.CountAsync()));
        Assert.Equal(
            joined.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            made.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(await App.InDatabaseAsync(db => db.ConsentDecisions.AnyAsync(c => c.PersonId == known && c.Given && c.Note == "Confirmed by the referrer when referring")));
    }

    [Fact]
    public async Task A_referral_by_details_names_every_bad_field_and_saves_nothing()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var before = await App.InDatabaseAsync(async db => new { People = await db.People.CountAsync(), Episodes = await db.Episodes.CountAsync() });
        var person = NewPerson("", "Someone", UniqueBirthDate(), "1234567890");

        var refused = await (await referrer.PostAsJsonAsync("/api/v1/episodes/by-details", new { person, source = "GeneralPractice", reasons = "" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);

        var fields = refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("givenName", fields);
        Assert.Contains("nhsNumber", fields);
        Assert.Contains("reasons", fields);
        Assert.Equal(before, await App.InDatabaseAsync(async db => new { People = await db.People.CountAsync(), Episodes = await db.Episodes.CountAsync() }));
    }

    [Theory]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Administrator)]
    public async Task Roles_outside_the_pathway_can_neither_see_nor_make_episodes(Role role)
    {
        var (_, episode, _) = await ReferAsync();
        var client = await App.SignedInAsAsync(role);

        await (await client.GetAsync(Url(episode))).JsonAsync(HttpStatusCode.NotFound);
        await (await client.PostIfMatchAsync(Url(episode, "/accept"), null, null)).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await client.GetAsync("/api/v1/episodes")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await client.PostAsJsonAsync("/api/v1/episodes", new { personId = await App.SomePersonAsync(), source = "Other", reasons = "x" })).JsonAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_referrer_follows_but_cannot_work_an_episode_and_sees_only_their_own()
    {
        var (referrer, episode, _) = await ReferAsync();
        await (await referrer.PostIfMatchAsync(Url(episode, "/accept"), null, null)).JsonAsync(HttpStatusCode.Forbidden);

        var (_, staffMade, _) = await ReferAsync(Role.LinkWorker, personIndex: 1);
        await (await referrer.GetAsync(Url(staffMade))).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_names_what_is_wrong_and_saves_nothing()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var before = await App.InDatabaseAsync(db => db.Episodes.CountAsync());

        var noReason = await (await linkWorker.PostAsJsonAsync("/api/v1/episodes", new { personId = await App.SomePersonAsync(), source = "Nurse", reasons = " " }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("reason for referral", noReason.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        await (await linkWorker.PostAsJsonAsync("/api/v1/episodes", new { personId = Guid.CreateVersion7(), source = "Nurse", reasons = "x" })).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await App.InDatabaseAsync(db => db.Episodes.CountAsync()));

        var (_, episode, _) = await ReferAsync(Role.LinkWorker);
        await (await linkWorker.PostIfMatchAsync(Url(episode, "/decline"), new { reason = "" }, null)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await linkWorker.PostIfMatchAsync(Url(episode, "/teleport"), null, null)).JsonAsync(HttpStatusCode.NotFound);
        await (await linkWorker.PostAsJsonAsync(Url(episode, "/assign"), new { linkWorkerId = Guid.CreateVersion7() })).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SqliteEpisodeApiTests(SqliteApp app) : EpisodeApiTests<SqliteApp>(app);

public sealed class PostgresEpisodeApiTests(PostgresApp app) : EpisodeApiTests<PostgresApp>(app);
