using System.Net;
using System.Text.RegularExpressions;
using Linkwork.Web.Cli.Demo;
using Linkwork.Domain.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Linkwork.Web.Tests.Support;

/// <summary>Drives the pages the way a browser would: cookies, antiforgery tokens, form posts, no automatic redirects.</summary>
public static partial class Browserless
{
    public static HttpClient NewClient(this LinkworkApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoAccounts.Password) =>
        client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static async Task<HttpClient> SignedInAsAsync(this LinkworkApp app, Role role)
    {
        var client = app.NewClient();
        var response = await client.SignInAsync(DemoAccounts.For(role).Email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
