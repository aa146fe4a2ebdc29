using System.Net;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Access;

public abstract class SignInTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Theory]
    [InlineData(Role.LinkWorker, "/app", "Your caseload and directory")]
    [InlineData(Role.Supervisor, "/app", "Team overview")]
    [InlineData(Role.Referrer, "/app", "Refer someone")]
    [InlineData(Role.ProviderStaff, "/app", "Your services")]
    [InlineData(Role.Analyst, "/app", "Programme figures")]
    [InlineData(Role.Administrator, "/app/admin", "Administration")]
    [InlineData(Role.Person, "/me", "Hello, ")]
    public async Task Each_demo_role_lands_on_a_page_that_fits_it(Role role, string home, string heading)
    {
        var client = App.NewClient();

        var signIn = await client.SignInAsync(DemoAccounts.For(role).Email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(home, signIn.Headers.Location?.OriginalString);

        var page = await client.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>" + heading, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supervisor_sees_the_link_worker_team()
    {
        var page = await (await App.SignedInAsAsync(Role.Supervisor)).GetStringAsync("/app");

        Assert.All(DemoAccounts.MoreLinkWorkers.Append(DemoAccounts.For(Role.LinkWorker)),
            member => Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(member.DisplayName), page, StringComparison.Ordinal));
        Assert.DoesNotContain(DemoAccounts.For(Role.Analyst).DisplayName, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_clear_answer_and_is_audited()
    {
        var account = DemoAccounts.For(Role.Analyst);
        var response = await App.NewClient().SignInAsync(account.Email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email address or password is incorrect.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == account.Email);
        var entries = await db.AuditEntries.Where(e => e.Action == "sign-in.failed" && e.RecordId == user.Id.ToString()).ToListAsync();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            Assert.Equal(AuditActorKind.Anonymous, entry.ActorKind);
            Assert.Null(entry.ActorId);
            Assert.Equal(user.ProgrammeId, entry.ProgrammeId);
        });
    }

    [Fact]
    public async Task Signing_in_and_reading_a_record_leave_no_personal_data_in_the_logs()
    {
        var person = await App.SignedInAsAsync(Role.Person);
        await person.GetAsync("/me");
        await App.NewClient().SignInAsync(DemoAccounts.For(Role.Analyst).Email, "a-wrong-password-42");

        await using var scope = App.Scope();
        var account = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Users.SingleAsync(u => u.Role == Role.Person);
        var record = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().People.SingleAsync(p => p.Id == account.PersonId);
        Assert.NotEmpty(App.Logs.Lines);
        foreach (var secret in new[] { DemoAccounts.For(Role.Analyst).Email, account.Email!, "a-wrong-password-42", DemoAccounts.Password, record.FamilyName, record.NhsNumber!.Value.Value })
        {
            Assert.DoesNotContain(App.Logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var email = await App.CreateAccountAsync(Role.Referrer);
        var client = App.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(email, "wrong-password-" + attempt);
        }

        var response = await client.SignInAsync(email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_sign_in_is_audited()
    {
        var account = DemoAccounts.For(Role.Supervisor);
        await App.SignedInAsAsync(Role.Supervisor);

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == account.Email);
        var entry = await db.AuditEntries.Where(e => e.Action == "sign-in.succeeded" && e.ActorId == user.Id).FirstAsync();
        Assert.Equal(AuditActorKind.User, entry.ActorKind);
        Assert.Equal(user.Id.ToString(), entry.RecordId);
    }

    [Fact]
    public async Task A_blank_form_lists_what_is_missing()
    {
        var response = await App.NewClient().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter your email address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_password_policy_refuses_short_passwords()
    {
        await using var scope = App.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var result = await users.CreateAsync(await TestAccounts.NewAccountAsync(scope, Role.Referrer), "short-1");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooShort");
    }
}

public sealed class SqliteSignInTests(SqliteApp app) : SignInTests<SqliteApp>(app);

public sealed class PostgresSignInTests(PostgresApp app) : SignInTests<PostgresApp>(app);
