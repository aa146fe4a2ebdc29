using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway.WorkLists;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>The link worker's work list, the supervisor's team view, and follow-ups and concerns on the episode page, on both databases.</summary>
public abstract partial class WorkListPagesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private sealed record Arranged(
        HttpClient Worker, Guid WorkerId, string WorkerName, Guid Flagged, Guid WithReferrals, Guid Quiet, Guid NearDeadline, Guid Waiting, Guid Stuck);

    /// <summary>
    /// A new link worker with: a flagged episode with a follow-up due today, one overdue and an appointment today; an
    /// active episode with one referral near its deadline, one waiting comfortably and one accepted weeks ago and stuck;
    /// and an episode in Contacting with nothing recorded for four days.
    /// </summary>
    private async Task<Arranged> ArrangeAsync(int firstPerson)
    {
        var (worker, workerId, name) = await App.TeamMemberAsync();
        var flagged = await App.AssignedEpisodeAsync(worker, workerId, firstPerson);
        await worker.AddFollowUpAsync(flagged, "Ring about the lunch club", App.Today());
        await App.OverdueFollowUpAsync(flagged, workerId, "Chase the housing officer", daysOverdue: 2);
        await (await worker.PostAsJsonAsync($"/api/v1/episodes/{flagged}/safeguarding-concerns", new { concern = "Bruises she would not explain" })).JsonAsync(HttpStatusCode.Created);
        var noon = App.Today().ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        await (await worker.PostAsJsonAsync($"/api/v1/episodes/{flagged}/appointments", new { startsAt = new DateTimeOffset(noon, zone.GetUtcOffset(noon)), mode = "Phone" })).JsonAsync(HttpStatusCode.Created);

        var withReferrals = await App.ActiveEpisodeAsync(worker, firstPerson + 1);
        await (await worker.PostAsJsonAsync($"/api/v1/episodes/{withReferrals}/assign", new { linkWorkerId = workerId })).JsonAsync(HttpStatusCode.OK);
        var (serviceId, _, _) = await App.ProviderServiceAsync();
        var nearDeadline = await worker.DraftAsync(withReferrals, serviceId, "Near its deadline");
        var waiting = await worker.DraftAsync(withReferrals, serviceId, "Plenty of time");
        var now = App.Clock.GetUtcNow();
        Guid stuck = default;
        await App.InThePastAsync(withReferrals, async (db, episode) =>
        {
            var referrals = await db.OnwardReferrals.Where(r => r.EpisodeId == withReferrals).ToListAsync();
            referrals.Single(r => r.Id == nearDeadline).Send(consentToShare: true, responseDeadlineDays: 1, workerId, now);
            referrals.Single(r => r.Id == waiting).Send(consentToShare: true, responseDeadlineDays: 14, workerId, now);
            var service = await db.Services.SingleAsync(s => s.Id == serviceId);
            var accepted = OnwardReferral.Draft(Guid.CreateVersion7(), episode, service, "Accepted weeks ago", workerId, now.AddDays(-30));
            accepted.Send(consentToShare: true, 14, workerId, now.AddDays(-30));
            accepted.Accept(workerId, now.AddDays(-TeamOverview.StuckAfterDays - 2));
            db.OnwardReferrals.Add(accepted);
            stuck = accepted.Id;
        });

        var quiet = Guid.CreateVersion7();
        var personId = await App.SomePersonAsync(firstPerson + 2);
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            var programme = await db.Users.Where(u => u.Id == workerId).Select(u => u.ProgrammeId).SingleAsync();
            var episode = Episode.Receive(quiet, programme, personId, ReferralSource.Nurse, "Low mood", null, workerId, now.AddDays(-6));
            episode.AssignTo(workerId, workerId, now.AddDays(-6));
            episode.RecordContactAttempt(reached: false, "No answer", workerId, now.AddDays(-MyWorkList.QuietContactingDays - 1));
            db.Episodes.Add(episode);
            await db.SaveChangesAsync();
        }

        return new Arranged(worker, workerId, name, flagged, withReferrals, quiet, nearDeadline, waiting, stuck);
    }

    [Fact]
    public async Task The_work_list_puts_each_of_my_things_in_its_place_and_shows_nobody_elses()
    {
        var my = await ArrangeAsync(firstPerson: 12);

        var html = await my.Worker.GetStringAsync("/app/work");

        var dueToday = WorkListArrange.Section(html, "due-today");
        Assert.Contains($"href=\"/app/episodes/{my.Flagged}#follow-ups\"", dueToday, StringComparison.Ordinal);
        Assert.Contains("Ring about the lunch club", dueToday, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/episodes/{my.Flagged}#appointments\"", dueToday, StringComparison.Ordinal);
        Assert.DoesNotContain("Chase the housing officer", dueToday, StringComparison.Ordinal);

        // The episode assessed today owes its baseline questionnaires (the default schedule: SWEMWBS and UCLA 3-item).
        Assert.Matches($"href=\"/app/episodes/{my.WithReferrals}#measures\">[^<]+</a></th>\\s*<td>swemwbs</td>\\s*<td>baseline</td>", dueToday);
        Assert.Matches($"href=\"/app/episodes/{my.WithReferrals}#measures\">[^<]+</a></th>\\s*<td>ucla3</td>\\s*<td>baseline</td>", dueToday);
        Assert.DoesNotContain("follow-up at 12 weeks", dueToday, StringComparison.Ordinal);

        var overdue = WorkListArrange.Section(html, "overdue");
        Assert.Contains("Chase the housing officer", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("Ring about the lunch club", overdue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/referrals/{my.NearDeadline}\"", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/app/referrals/{my.Waiting}\"", overdue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/episodes/{my.Quiet}#moves\"", overdue, StringComparison.Ordinal);

        var waiting = WorkListArrange.Section(html, "waiting");
        Assert.Contains($"href=\"/app/referrals/{my.NearDeadline}\"", waiting, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/referrals/{my.Waiting}\"", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/app/referrals/{my.Stuck}\"", waiting, StringComparison.Ordinal);

        var people = WorkListArrange.Section(html, "my-people");
        Assert.Equal(3, Regex.Count(people, "<th scope=\"row\">"));
        Assert.Matches($"/app/episodes/{my.Flagged}\">[^<]+</a> <strong class=\"tag safeguarding\">", people);
        Assert.DoesNotMatch($"/app/episodes/{my.WithReferrals}\">[^<]+</a> <strong", people);

        var someoneElse = await (await App.SignedInAsAsync(Role.LinkWorker)).GetStringAsync("/app/work");
        Assert.DoesNotContain(my.Flagged.ToString(), someoneElse, StringComparison.Ordinal);
        Assert.DoesNotContain(my.NearDeadline.ToString(), someoneElse, StringComparison.Ordinal);
        var audited = await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "worklist.read" && a.RecordId == my.Flagged.ToString()).CountAsync());
        Assert.True(audited >= 1);

        // The dashboard counts the same follow-ups: one due today, one overdue.
        var dashboard = await my.Worker.GetStringAsync("/app");
        Assert.Contains("<strong>1</strong> of my follow-ups due today", dashboard, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> of my follow-ups overdue", dashboard, StringComparison.Ordinal);
        var (newcomer, _, _) = await App.TeamMemberAsync();
        Assert.Contains("<strong>0</strong> of my follow-ups due today", await newcomer.GetStringAsync("/app"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_view_counts_each_workers_open_work_and_lists_open_concerns()
    {
        var my = await ArrangeAsync(firstPerson: 15);
        var unassigned = await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.LinkWorkerId == null
            && (e.State == EpisodeState.Received || e.State == EpisodeState.Contacting || e.State == EpisodeState.Accepted || e.State == EpisodeState.Assessing || e.State == EpisodeState.Active)));

        var html = await (await App.SignedInAsAsync(Role.Supervisor)).GetStringAsync("/app/team");

        // Open episodes 3; overdue follow-ups 1 (the one due today is not overdue); stuck referrals 1; open concerns 1.
        var row = Regex.Match(html, $"<th scope=\"row\">{my.WorkerName}</th>\\s*((?:<td class=\"number\">[0-9,]+</td>\\s*){{4}})");
        Assert.True(row.Success, "The team view has no row for the new link worker.");
        Assert.Equal(["3", "1", "1", "1"], NumberCell().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value));
        Assert.Contains($"<strong>{unassigned}</strong> waiting in triage", html, StringComparison.Ordinal);
        var concerns = WorkListArrange.Section(html, "safeguarding");
        Assert.Contains($"href=\"/app/episodes/{my.Flagged}#safeguarding\"", concerns, StringComparison.Ordinal);
        Assert.Contains("Bruises she would not explain", concerns, StringComparison.Ordinal);
        Assert.Contains(my.WorkerName, concerns, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.LinkWorker)]
    [InlineData(Role.Referrer)]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    public async Task Only_supervisors_open_the_team_view(Role role)
    {
        var client = await App.SignedInAsAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/app/team")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/team/work")).StatusCode);
        Assert.DoesNotContain("href=\"/app/team\"", await client.GetStringAsync("/app"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Referrer)]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    public async Task The_work_list_is_for_the_programme_team(Role role)
    {
        var client = await App.SignedInAsAsync(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/app/work")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/work")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_links_to_the_work_list_and_the_supervisors_to_the_team_view()
    {
        Assert.Contains("href=\"/app/work\"", await (await App.SignedInAsAsync(Role.LinkWorker)).GetStringAsync("/app"), StringComparison.Ordinal);
        var supervisor = await (await App.SignedInAsAsync(Role.Supervisor)).GetStringAsync("/app");
        Assert.Contains("href=\"/app/team\"", supervisor, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/work\"", supervisor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_link_workers_list_has_work_due_today_and_overdue()
    {
        var html = await (await App.SignedInAsAsync(Role.LinkWorker)).GetStringAsync("/app/work");

        Assert.Contains("#follow-ups\"", WorkListArrange.Section(html, "due-today"), StringComparison.Ordinal);
        Assert.Contains("#follow-ups\"", WorkListArrange.Section(html, "overdue"), StringComparison.Ordinal);
        Assert.Contains("tag safeguarding", WorkListArrange.Section(html, "my-people"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_is_planned_and_ticked_done_on_the_episode_page()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var id = await App.AssignedEpisodeAsync(worker, workerId, 18);
        var page = $"/app/episodes/{id}";
        var today = App.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var missing = await worker.PostFormAsync(page, new Dictionary<string, string> { ["FollowUpInput.Title"] = "", ["FollowUpInput.DueOn"] = today }, $"{page}?handler=FollowUp");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("The follow-up&#x27;s title is required.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var planned = await worker.PostFormAsync(page, new Dictionary<string, string> { ["FollowUpInput.Title"] = "Ring about the choir", ["FollowUpInput.DueOn"] = today }, $"{page}?handler=FollowUp");
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        Assert.Equal($"{page}#follow-ups", planned.Headers.Location?.OriginalString);
        var followUp = await App.InDatabaseAsync(db => db.FollowUps.SingleAsync(f => f.EpisodeId == id));
        Assert.Equal((workerId, "Ring about the choir"), (followUp.AssigneeId, followUp.Title));
        Assert.Contains("Due today", await worker.GetStringAsync(page), StringComparison.Ordinal);

        var done = await worker.PostFormAsync(page, new Dictionary<string, string> { ["followUpId"] = followUp.Id.ToString(), ["version"] = "1" }, $"{page}?handler=FollowUpDone");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(FollowUpState.Done, await App.InDatabaseAsync(db => db.FollowUps.Where(f => f.Id == followUp.Id).Select(f => f.State).SingleAsync()));
        var stale = await worker.PostFormAsync(page, new Dictionary<string, string> { ["followUpId"] = followUp.Id.ToString(), ["version"] = "1" }, $"{page}?handler=FollowUpCancel");
        Assert.Contains("Someone else changed this", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Follow-up done", await worker.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_concern_raised_on_the_page_is_flagged_there_and_in_the_caseload_until_a_supervisor_resolves_it()
    {
        var (worker, workerId, _) = await App.TeamMemberAsync();
        var id = await App.AssignedEpisodeAsync(worker, workerId, 19);
        var page = $"/app/episodes/{id}";
        Assert.Contains("No open concern", await worker.GetStringAsync(page), StringComparison.Ordinal);

        var raised = await worker.PostFormAsync(page, new Dictionary<string, string> { ["ConcernInput"] = "Frightened of her lodger" }, $"{page}?handler=RaiseConcern");

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        var flaggedPage = await supervisor.GetStringAsync(page);
        Assert.Contains("<section id=\"safeguarding\" aria-labelledby=\"safeguarding-title\" class=\"safeguarding\">", flaggedPage, StringComparison.Ordinal);
        Assert.Contains("Frightened of her lodger", flaggedPage, StringComparison.Ordinal);
        Assert.Contains("Resolve the concern", flaggedPage, StringComparison.Ordinal);
        Assert.Contains("Safeguarding concern raised", flaggedPage, StringComparison.Ordinal);
        Assert.Matches($"/app/episodes/{id}\">[^<]+</a> <strong class=\"tag safeguarding\">", await worker.GetStringAsync("/app/episodes?view=mine"));
        var (colleague, _, _) = await App.TeamMemberAsync();
        Assert.DoesNotContain("Resolve the concern", await colleague.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode("Safeguarding concern raised by"), await supervisor.GetStringAsync("/app/notifications"), StringComparison.Ordinal);

        var concernId = await App.InDatabaseAsync(db => db.SafeguardingConcerns.Where(c => c.EpisodeId == id).Select(c => c.Id).SingleAsync());
        var resolved = await supervisor.PostFormAsync(page, new Dictionary<string, string>
        {
            ["concernId"] = concernId.ToString(), ["version"] = "1", ["resolution"] = "Lodger moved out; police informed",
        }, $"{page}?handler=ResolveConcern");

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var after = await worker.GetStringAsync(page);
        Assert.Contains("No open concern", after, StringComparison.Ordinal);
        Assert.Contains("Lodger moved out; police informed", after, StringComparison.Ordinal);
        Assert.DoesNotMatch($"/app/episodes/{id}\">[^<]+</a> <strong class=\"tag safeguarding\">", await worker.GetStringAsync("/app/episodes?view=mine"));
    }

    [GeneratedRegex("<td class=\"number\">([0-9,]+)</td>")]
    private static partial Regex NumberCell();
}

public sealed class SqliteWorkListPagesTests(SqliteApp app) : WorkListPagesTests<SqliteApp>(app);

public sealed class PostgresWorkListPagesTests(PostgresApp app) : WorkListPagesTests<PostgresApp>(app);
