using System.Net;
using System.Text.RegularExpressions;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Tests.Support;
using Xunit;

namespace Linkwork.Web.Tests.Access;

public abstract partial class TwoFactorTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task An_authenticator_code_becomes_the_second_step_of_sign_in()
    {
        var email = await App.CreateAccountAsync(Role.LinkWorker);
        var client = App.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);

        var setup = await (await client.GetAsync("/account/two-factor")).Content.ReadAsStringAsync();
        var key = KeyOnPage().Match(setup).Groups[1].Value;
        Assert.NotEmpty(key);

        var wrong = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" }, "/account/two-factor?handler=Enable");
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var enable = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "/account/two-factor?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);

        var fresh = App.NewClient();
        var password = await fresh.SignInAsync(email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/sign-in-2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/app")).StatusCode);

        var second = await fresh.PostFormAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/app", second.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/app")).StatusCode);
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyOnPage();
}

public sealed class SqliteTwoFactorTests(SqliteApp app) : TwoFactorTests<SqliteApp>(app);

public sealed class PostgresTwoFactorTests(PostgresApp app) : TwoFactorTests<PostgresApp>(app);
