using System.Net;
using System.Text.Encodings.Web;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>The caseload, the referral into the programme and the episode page, on both databases.</summary>
public abstract class EpisodePagesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static string Page(Guid id) => $"/app/episodes/{id}";

    private static Dictionary<string, string> Move(string move, int version, string? reason = null, string? dischargeReason = null)
    {
        var form = new Dictionary<string, string> { ["move"] = move, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (reason is not null)
        {
            form["reason"] = reason;
        }

        if (dischargeReason is not null)
        {
            form["dischargeReason"] = dischargeReason;
        }

        return form;
    }

    [Theory]
    [InlineData(Role.LinkWorker, "My people")]
    [InlineData(Role.Supervisor, "My people")]
    [InlineData(Role.Referrer, "Your referrals")]
    public async Task The_caseload_opens_for_the_programme_team_and_referrers(Role role, string heading)
    {
        var client = await App.SignedInAsAsync(role);
        var html = await client.GetStringAsync("/app/episodes");
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/episodes\"", await client.GetStringAsync("/app"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    public async Task Roles_outside_the_pathway_do_not_open_the_caseload(Role role)
    {
        var client = await App.SignedInAsAsync(role);
        var response = await client.GetAsync("/app/episodes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/app/episodes/new")).StatusCode);
    }

    [Fact]
    public async Task The_open_caseload_pages_on_to_its_second_page()
    {
        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        var openStates = Enum.GetValues<EpisodeState>().Where(s => s.IsOpen()).ToArray();
        var open = await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => openStates.Contains(e.State)));
        for (var more = open; more <= Linkwork.Web.Features.Pathway.Paging.DefaultSize; more++)
        {
            await App.ReferAsync(supervisor, more % 20);
        }

        var first = await supervisor.GetStringAsync("/app/episodes?view=open");
        var second = await supervisor.GetStringAsync("/app/episodes?view=open&page=2");

        Assert.Contains("view=open&amp;page=2", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referrer_refers_by_the_persons_details_with_their_consent_and_follows_the_status_read_only()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var family = "Letterby" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'o');
        Assert.Contains("Write the person", await referrer.GetStringAsync("/app/episodes/new"), StringComparison.Ordinal);

        var response = await referrer.PostFormAsync("/app/episodes/new", new Dictionary<string, string>
        {
            ["Details.GivenName"] = "Mabel", ["Details.FamilyName"] = family, ["Details.DateOfBirth"] = "1944-02-03", ["Details.Mobile"] = "07700 900321",
            ["Source"] = nameof(ReferralSource.Nurse), ["Reasons"] = "Struggling with debt and low mood", ["PersonConsentsToSharing"] = "true",
        }, "/app/episodes/new?handler=Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.Reasons == "Struggling with debt and low mood" && db.People.Any(p => p.Id == e.PersonId && p.FamilyName == family))
            .Select(e => new { e.Id, e.PersonId, e.Source, e.ReferrerOrganisationId }).SingleAsync());
        Assert.Equal(Page(episode.Id), response.Headers.Location?.OriginalString);
        Assert.Equal(ReferralSource.Nurse, episode.Source);
        Assert.NotNull(episode.ReferrerOrganisationId);
        Assert.True(await App.InDatabaseAsync(db => db.ConsentDecisions.AnyAsync(c => c.PersonId == episode.PersonId && c.Kind == Linkwork.Domain.People.ConsentKind.ShareWithReferredOrganisations && c.Given)));
        var page = await referrer.GetStringAsync(Page(episode.Id));
        Assert.Contains("Received", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept the referral", page, StringComparison.Ordinal);
        Assert.DoesNotContain("What matters to them", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page(episode.Id)}\"", await referrer.GetStringAsync("/app/episodes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referrers_form_names_each_bad_field_and_saves_nothing()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var (people, episodes) = await App.InDatabaseAsync(async db => (await db.People.CountAsync(), await db.Episodes.CountAsync()));

        var response = await referrer.PostFormAsync("/app/episodes/new", new Dictionary<string, string>
        {
            ["Details.GivenName"] = "", ["Details.FamilyName"] = "Nobody", ["Details.DateOfBirth"] = "1950-01-01", ["Details.NhsNumber"] = "123 456 7890",
            ["Source"] = nameof(ReferralSource.Nurse), ["Reasons"] = " ",
        }, "/app/episodes/new?handler=Details");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The given name is required", html, StringComparison.Ordinal);
        Assert.Contains("reason for referral", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("NHS number", html, StringComparison.Ordinal);
        Assert.Equal((people, episodes), await App.InDatabaseAsync(async db => (await db.People.CountAsync(), await db.Episodes.CountAsync())));
    }

    [Fact]
    public async Task A_referrer_cannot_look_the_programmes_people_up()
    {
        var personId = await App.SomePersonAsync(4);
        var family = await App.InDatabaseAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FamilyName).SingleAsync());
        var referrer = await App.SignedInAsAsync(Role.Referrer);

        var html = await referrer.GetStringAsync($"/app/episodes/new?name={Uri.EscapeDataString(family)}&personId={personId}");

        Assert.DoesNotContain(personId.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlEncoder.Default.Encode(family), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fallback_finder_offers_the_programmes_people_by_name()
    {
        var personId = await App.SomePersonAsync(4);
        var family = await App.InDatabaseAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FamilyName).SingleAsync());
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);

        var html = await linkWorker.GetStringAsync($"/app/episodes/new?name={Uri.EscapeDataString(family.ToUpperInvariant())}");

        Assert.Contains($"value=\"{personId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_without_reasons_is_explained_and_saves_nothing()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var personId = await App.SomePersonAsync(5);
        var before = await App.InDatabaseAsync(db => db.Episodes.CountAsync());

        var response = await linkWorker.PostFormAsync($"/app/episodes/new?personId={personId}", new Dictionary<string, string>
        {
            ["PersonId"] = personId.ToString(), ["Source"] = nameof(ReferralSource.Community), ["Reasons"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("reason for referral", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await App.InDatabaseAsync(db => db.Episodes.CountAsync()));
    }

    [Theory]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    public async Task An_episode_is_not_found_for_roles_outside_the_pathway(Role role)
    {
        var id = await App.ReferAsync(await App.SignedInAsAsync(Role.LinkWorker));
        var client = await App.SignedInAsAsync(role);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(id))).StatusCode);
    }

    [Fact]
    public async Task A_referrer_does_not_see_an_episode_someone_else_referred()
    {
        var id = await App.ReferAsync(await App.SignedInAsAsync(Role.LinkWorker), 1);
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        Assert.Equal(HttpStatusCode.NotFound, (await referrer.GetAsync(Page(id))).StatusCode);
    }

    [Fact]
    public async Task The_link_worker_accepts_from_the_page_and_the_message_back_shows_its_code()
    {
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var id = await App.ReferAsync(referrer, 2);
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var page = await linkWorker.GetStringAsync(Page(id));
        Assert.Contains("Accept the referral", page, StringComparison.Ordinal);
        Assert.Contains("name=\"version\" value=\"1\"", page, StringComparison.Ordinal);

        var response = await linkWorker.PostFormAsync(Page(id), Move("Accept", 1), $"{Page(id)}?handler=Move");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Page(id)}#moves", response.Headers.Location?.OriginalString);
        Assert.Equal((EpisodeState.Accepted, 2), await App.EpisodeStateAsync(id));
        var seen = await referrer.GetStringAsync(Page(id));
        Assert.Contains("SNOMED CT 871731000000106", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_without_a_reason_is_explained_and_changes_nothing()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = await App.ReferAsync(linkWorker, 3);

        var response = await linkWorker.PostFormAsync(Page(id), Move("Decline", 1, reason: ""), $"{Page(id)}?handler=Move");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("The reason for declining", html, StringComparison.Ordinal);
        Assert.Equal((EpisodeState.Received, 1), await App.EpisodeStateAsync(id));
    }

    [Fact]
    public async Task A_stale_page_is_told_someone_else_changed_the_episode_and_changes_nothing()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = await App.ReferAsync(linkWorker, 4);
        var contact = new Dictionary<string, string> { ["version"] = "1", ["reached"] = "false", ["note"] = "No answer" };
        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(id), contact, $"{Page(id)}?handler=Contact")).StatusCode);

        // The page was read at version 1; the contact attempt made it version 2.
        var response = await linkWorker.PostFormAsync(Page(id), Move("Accept", 1), $"{Page(id)}?handler=Move");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((EpisodeState.Contacting, 2), await App.EpisodeStateAsync(id));
    }

    [Fact]
    public async Task Three_failed_attempts_suggest_unable_to_contact_on_the_page()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = await App.ReferAsync(linkWorker, 5);
        for (var version = 1; version <= 3; version++)
        {
            var contact = new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reached"] = "false" };
            Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(id), contact, $"{Page(id)}?handler=Contact")).StatusCode);
        }

        var page = await linkWorker.GetStringAsync(Page(id));
        Assert.Contains("Unable to contact is suggested", page, StringComparison.Ordinal);
        Assert.Contains("Close: unable to contact", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_is_built_from_the_page_what_matters_goals_scores_appointments_and_discharge()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = await App.ReferAsync(linkWorker, 6);
        await linkWorker.PostFormAsync(Page(id), Move("Accept", 1), $"{Page(id)}?handler=Move");

        var whatMatters = await linkWorker.PostFormAsync(Page(id), new Dictionary<string, string>
        {
            ["version"] = "2", ["WhatMattersInput.InTheirWords"] = "Getting back to the allotment",
            ["WhatMattersInput.Needs"] = "SocialConnection", ["WhatMattersInput.NeedNotes[SocialConnection]"] = "Sees nobody most days",
            ["WhatMattersInput.NeedNotes[FoodInsecurity]"] = "Not ticked, so not a need", ["WhatMattersInput.Strengths"] = "Green fingers",
        }, $"{Page(id)}?handler=WhatMatters");
        Assert.Equal(HttpStatusCode.Redirect, whatMatters.StatusCode);
        var conversation = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.Id == id).Select(e => e.WhatMatters).SingleAsync());
        Assert.Equal("Getting back to the allotment", conversation!.InTheirWords);
        Assert.Equal([new IdentifiedNeed(Domain.Coding.SdohCategory.SocialConnection, "Sees nobody most days")], conversation.Needs);

        var noGoals = await linkWorker.PostFormAsync(Page(id), Move("AgreePlan", 3), $"{Page(id)}?handler=Move");
        Assert.Contains("at least one goal", await noGoals.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var goal = await linkWorker.PostFormAsync(Page(id), new Dictionary<string, string>
        {
            ["GoalInput.Text"] = "Grow vegetables again", ["GoalInput.Category"] = "SocialConnection",
            ["GoalInput.TargetDate"] = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["GoalInput.BaselineScore"] = "2",
        }, $"{Page(id)}?handler=Goal");
        Assert.Equal(HttpStatusCode.Redirect, goal.StatusCode);
        var goalId = await App.InDatabaseAsync(db => db.Goals.Where(g => g.EpisodeId == id).Select(g => g.Id).SingleAsync());

        var outOfRange = await linkWorker.PostFormAsync(Page(id), new Dictionary<string, string> { ["goalId"] = goalId.ToString(), ["score"] = "11" }, $"{Page(id)}?handler=Progress");
        Assert.Contains("scored from 0 to 10", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(id), new Dictionary<string, string> { ["goalId"] = goalId.ToString(), ["score"] = "6" }, $"{Page(id)}?handler=Progress")).StatusCode);
        Assert.Equal([2, 6], (await App.InDatabaseAsync(db => db.Goals.SingleAsync(g => g.Id == goalId))).Progress.Select(p => p.Score));

        var booked = await linkWorker.PostFormAsync(Page(id), new Dictionary<string, string>
        {
            ["AppointmentInput.StartsAt"] = "2020-03-02T10:30", ["AppointmentInput.Mode"] = nameof(AppointmentMode.Phone), ["AppointmentInput.Note"] = "First call",
        }, $"{Page(id)}?handler=Appointment");
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var appointment = await App.InDatabaseAsync(db => db.Appointments.SingleAsync(a => a.EpisodeId == id));
        Assert.Equal(new DateTimeOffset(2020, 3, 2, 10, 30, 0, TimeSpan.Zero), appointment.StartsAt);
        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(id),
            new Dictionary<string, string> { ["appointmentId"] = appointment.Id.ToString(), ["attendance"] = nameof(Attendance.Attended) }, $"{Page(id)}?handler=Attendance")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(id), Move("AgreePlan", 3), $"{Page(id)}?handler=Move")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(id), Move("Discharge", 4, "Gardening weekly", nameof(DischargeReason.GoalsMet)), $"{Page(id)}?handler=Move")).StatusCode);

        Assert.Equal((EpisodeState.Discharged, 5), await App.EpisodeStateAsync(id));
        var page = await linkWorker.GetStringAsync(Page(id));
        Assert.Contains("Attended", page, StringComparison.Ordinal);
        Assert.Contains("Goals met", page, StringComparison.Ordinal);
        Assert.Contains("referral discharged", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_lists_unassigned_episodes_and_a_link_worker_takes_one()
    {
        var id = await App.ReferAsync(await App.SignedInAsAsync(Role.Referrer), 7);
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var triage = await linkWorker.GetStringAsync("/app/episodes?view=triage");
        Assert.Contains($"href=\"{Page(id)}\"", triage, StringComparison.Ordinal);
        Assert.Contains("Assign to me", triage, StringComparison.Ordinal);
        Assert.Contains("id=\"assign-", await (await App.SignedInAsAsync(Role.Supervisor)).GetStringAsync("/app/episodes?view=triage"), StringComparison.Ordinal);

        var response = await linkWorker.PostFormAsync("/app/episodes?view=triage",
            new Dictionary<string, string> { ["episodeId"] = id.ToString(), ["version"] = "1" }, "/app/episodes?view=triage&handler=Assign");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assigned = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.Id == id).Select(e => e.LinkWorkerId).SingleAsync());
        Assert.Equal(await App.InDatabaseAsync(db => db.Users.Where(u => u.Email == "linkworker@demo.linkwork.test").Select(u => (Guid?)u.Id).SingleAsync()), assigned);
        Assert.Contains($"href=\"{Page(id)}\"", await linkWorker.GetStringAsync("/app/episodes?view=mine"), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{Page(id)}\"", await linkWorker.GetStringAsync("/app/episodes?view=triage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_worker_finds_a_service_with_its_responsiveness_and_drafts_a_referral_that_is_not_sent()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = await App.ActiveEpisodeAsync(linkWorker, 8);
        var (serviceId, name, _) = await App.ProviderServiceAsync();
        var found = await linkWorker.GetStringAsync($"{Page(id)}?find={Uri.EscapeDataString(name)}");
        Assert.Contains($"value=\"{serviceId}\"", found, StringComparison.Ordinal);
        Assert.Matches("answers in [0-9.]+ days|no referrals answered yet", found);

        var response = await linkWorker.PostFormAsync(Page(id), new Dictionary<string, string>
        {
            ["ReferralInput.ServiceId"] = serviceId.ToString(), ["ReferralInput.Note"] = "Would like to garden with others",
        }, $"{Page(id)}?handler=Refer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var referral = await App.InDatabaseAsync(db => db.OnwardReferrals.SingleAsync(r => r.EpisodeId == id));
        Assert.Equal(OnwardReferralState.Draft, referral.State);
        var page = await linkWorker.GetStringAsync(Page(id));
        Assert.Contains(HtmlEncoder.Default.Encode("Draft — not yet sent"), page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Send", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_counts_the_link_workers_caseload()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var dashboard = await linkWorker.GetStringAsync("/app");
        Assert.Contains("href=\"/app/episodes?view=triage\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/referrals?view=awaiting\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("waiting in triage", dashboard, StringComparison.Ordinal);
    }
}

public sealed class SqliteEpisodePagesTests(SqliteApp app) : EpisodePagesTests<SqliteApp>(app);

public sealed class PostgresEpisodePagesTests(PostgresApp app) : EpisodePagesTests<PostgresApp>(app);
