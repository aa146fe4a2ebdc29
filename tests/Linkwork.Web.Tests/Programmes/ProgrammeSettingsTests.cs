using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Programmes;

public abstract class ProgrammeSettingsTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task An_administrator_retitles_the_link_worker_and_everyone_sees_the_new_title()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var form = await CurrentFormAsync(admin);
        form["Input.LinkWorkerTitle"] = "Community connector";
        form["Input.ResponseDeadlineDays"] = "21";

        var saved = await admin.PostFormAsync("/app/admin/programme", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        Assert.Contains("Community connector", await linkWorker.GetStringAsync("/app"), StringComparison.Ordinal);
        var programme = await linkWorker.GetFromJsonAsync<JsonElement>("/api/v1/programme");
        Assert.Equal(21, programme.GetProperty("responseDeadlineDays").GetInt32());

        await using var scope = App.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().AuditEntries.AnyAsync(e => e.Action == "programme.updated"));
    }

    [Fact]
    public async Task The_programme_sets_how_many_failed_contact_attempts_suggest_unable_to_contact()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var form = await CurrentFormAsync(admin);
        form["Input.ContactAttemptsBeforeUnableToContact"] = "11";
        Assert.Contains("between 1 and 10", await (await admin.PostFormAsync("/app/admin/programme", form)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        form["Input.ContactAttemptsBeforeUnableToContact"] = "2";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/app/admin/programme", form)).StatusCode);

        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        Assert.Equal(2, (await linkWorker.GetFromJsonAsync<JsonElement>("/api/v1/programme")).GetProperty("contactAttemptsBeforeUnableToContact").GetInt32());
        var episodeId = await App.ReferAsync(linkWorker);
        var suggested = new List<bool>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var answer = await (await linkWorker.PostAsJsonAsync($"/api/v1/episodes/{episodeId}/contact-attempts", new { reached = false })).JsonAsync(HttpStatusCode.OK);
            suggested.Add(answer.GetProperty("suggestUnableToContact").GetBoolean());
        }

        Assert.Equal([false, true], suggested);
        Assert.Contains("id=\"contact-suggestion\"", await linkWorker.GetStringAsync($"/app/episodes/{episodeId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_is_explained_and_changes_nothing()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var form = await CurrentFormAsync(admin);
        var nameBefore = form["Input.Name"];
        form["Input.Name"] = "Renamed programme";
        form["Input.ResponseDeadlineDays"] = "0";

        var response = await admin.PostFormAsync("/app/admin/programme", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between 1 and 90 days", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(nameBefore, (await CurrentFormAsync(admin))["Input.Name"]);

        form["Input.ResponseDeadlineDays"] = "14";
        form["Input.SupervisorTitle"] = "";
        var blank = await admin.PostFormAsync("/app/admin/programme", form);
        Assert.Contains("The supervisor&#x27;s title is required.", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_change_settings()
    {
        var supervisor = await App.SignedInAsAsync(Role.Supervisor);

        var response = await supervisor.GetAsync("/app/admin/programme");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> CurrentFormAsync(HttpClient admin)
    {
        var html = await admin.GetStringAsync("/app/admin/programme");
        var fields = new Dictionary<string, string>();
        foreach (var name in new[] { "Name", "Country", "Locale", "ResponseDeadlineDays", "ContactAttemptsBeforeUnableToContact", "LinkWorkerTitle", "ReferrerTitle", "SupervisorTitle", "ProviderStaffTitle", "PersonTitle", "AnalystTitle" })
        {
            var match = System.Text.RegularExpressions.Regex.Match(html, $"name=\"Input.{name}\" value=\"([^\"]*)\"");
            Assert.True(match.Success, name);
            fields["Input." + name] = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        fields["Input.CodingProfile"] = "UkSnomedCt";
        return fields;
    }
}

public sealed class SqliteProgrammeSettingsTests(SqliteApp app) : ProgrammeSettingsTests<SqliteApp>(app);

public sealed class PostgresProgrammeSettingsTests(PostgresApp app) : ProgrammeSettingsTests<PostgresApp>(app);
