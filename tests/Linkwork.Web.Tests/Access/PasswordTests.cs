using System.Net;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Access;

public abstract class PasswordTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task People_change_their_password_only_by_knowing_the_current_one()
    {
        var email = await App.CreateAccountAsync(Role.Analyst);
        var client = App.NewClient();
        await client.SignInAsync(email);

        var wrong = await client.PostFormAsync("/account/password", new Dictionary<string, string> { ["Current"] = "not-my-password", ["New"] = "three unrelated words" });
        Assert.Contains("Your current password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooShort = await client.PostFormAsync("/account/password", new Dictionary<string, string> { ["Current"] = DemoAccounts.Password, ["New"] = "short" });
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await client.PostFormAsync("/account/password", new Dictionary<string, string> { ["Current"] = DemoAccounts.Password, ["New"] = "three unrelated words" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await App.NewClient().SignInAsync(email)).StatusCode); // the old password no longer works
        Assert.Equal(HttpStatusCode.Redirect, (await App.NewClient().SignInAsync(email, "three unrelated words")).StatusCode);
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var id = (await db.Users.SingleAsync(u => u.Email == email)).Id.ToString();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "password.changed" && e.RecordId == id));
    }
}

public sealed class SqlitePasswordTests(SqliteApp app) : PasswordTests<SqliteApp>(app);

public sealed class PostgresPasswordTests(PostgresApp app) : PasswordTests<PostgresApp>(app);
