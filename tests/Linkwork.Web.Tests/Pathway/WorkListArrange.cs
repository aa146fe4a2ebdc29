using System.Net;
using System.Net.Http.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Arranges follow-ups, concerns and team members for the work-list tests: through the API where it can, in the database where only the past will do.</summary>
internal static class WorkListArrange
{
    /// <summary>A new member of the demo programme's team with a name of their own, signed in: their work list holds only what a test gives them.</summary>
    public static async Task<(HttpClient Client, Guid Id, string Name)> TeamMemberAsync(this LinkworkApp app, Role role = Role.LinkWorker)
    {
        Guid id;
        string email, name;
        await using (var scope = app.Scope())
        {
            // The demo link worker's team, not "the" programme organisation: a test may have made another programme.
            var demo = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Users
                .Where(u => u.Email == DemoAccounts.For(Role.LinkWorker).Email).Select(u => new { u.ProgrammeId, u.OrganisationId }).SingleAsync();
            (id, email, name) = (Guid.CreateVersion7(), $"test-{Guid.NewGuid():N}@example.test", $"Worker {Guid.NewGuid().ToString("N")[..8]}");
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            Assert.True((await users.CreateAsync(new UserAccount
            {
                Id = id, UserName = email, Email = email, DisplayName = name, Role = role, ProgrammeId = demo.ProgrammeId, OrganisationId = demo.OrganisationId,
            }, DemoAccounts.Password)).Succeeded);
        }

        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return (client, id, name);
    }

    /// <summary>A link worker of a programme of its own, signed in.</summary>
    public static async Task<HttpClient> LinkWorkerElsewhereAsync(this LinkworkApp app)
    {
        var email = $"worker-{Guid.NewGuid():N}@elsewhere.test";
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            var now = app.Clock.GetUtcNow();
            var programme = Linkwork.Domain.Programmes.Programme.Create(Guid.CreateVersion7(), "Elsewhere " + Guid.NewGuid().ToString("N")[..6], "GB", "en-GB",
                Linkwork.Domain.Programmes.RoleTitles.EnglandDefaults, 10, Linkwork.Domain.Programmes.CodingProfile.UkSnomedCt, now);
            var team = Organisation.Create(Guid.CreateVersion7(), programme.Id, "Elsewhere team", OrganisationKind.Programme, now);
            db.Programmes.Add(programme);
            db.Organisations.Add(team);
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            Assert.True((await users.CreateAsync(new UserAccount
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "Elsewhere worker",
                Role = Role.LinkWorker, ProgrammeId = programme.Id, OrganisationId = team.Id,
            }, DemoAccounts.Password)).Succeeded);
        }

        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return client;
    }

    /// <summary>Today in the programme's calendar, as the app sees it.</summary>
    public static DateOnly Today(this LinkworkApp app) => app.Services.GetRequiredService<DirectoryTimeZone>().Today(app.Clock);

    /// <summary>An episode received by <paramref name="by"/> and assigned to <paramref name="linkWorkerId"/>.</summary>
    public static async Task<Guid> AssignedEpisodeAsync(this LinkworkApp app, HttpClient by, Guid linkWorkerId, int personIndex)
    {
        var response = await by.PostAsJsonAsync("/api/v1/episodes", new
        {
            personId = await app.SomePersonAsync(personIndex), source = "GeneralPractice", reasons = "Lonely since moving here", linkWorkerId,
        });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddFollowUpAsync(this HttpClient client, Guid episodeId, string title, DateOnly dueOn, Guid? assigneeId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tasks", new { episodeId, title, dueOn, assigneeId });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A follow-up planned days ago and now past its day: the API plans only for today or later, so it is written through the domain.</summary>
    public static async Task<Guid> OverdueFollowUpAsync(this LinkworkApp app, Guid episodeId, Guid assigneeId, string title, int daysOverdue)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var episode = await db.Episodes.SingleAsync(e => e.Id == episodeId);
        var (today, now) = (app.Today(), app.Clock.GetUtcNow());
        var followUp = FollowUp.Add(Guid.CreateVersion7(), episode, title, null, today.AddDays(-daysOverdue), today.AddDays(-daysOverdue - 1), assigneeId, assigneeId, now);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp.Id;
    }

    /// <summary>Changes an episode in the database, dated as the change says: for states only time can reach (quiet for days, stuck for weeks).</summary>
    public static async Task InThePastAsync(this LinkworkApp app, Guid episodeId, Func<LinkworkDbContext, Episode, Task> change)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        await change(db, await db.Episodes.SingleAsync(e => e.Id == episodeId));
        await db.SaveChangesAsync();
    }

    /// <summary>The HTML of one section of a page, from its opening tag to the next section's.</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no section '{id}'.");
        var end = html.IndexOf("<section ", start + 1, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
