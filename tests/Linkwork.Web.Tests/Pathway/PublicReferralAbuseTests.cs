using System.Globalization;
using System.Net;
using Linkwork.Web.Features.Pathway.PublicReferrals;
using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>
/// The public form keeps scripts out without a CAPTCHA: each check refuses on its own, saves nothing and logs the
/// reason without anything the sender typed or where they sent it from. On both databases.
/// </summary>
public abstract class PublicReferralAbuseTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private const string Refused = "The form was not sent";

    private static List<KeyValuePair<string, string>> Fields(string family) => PublicReferralForm.SelfReferral("Agatha", family, "1952-03-14");

    private async Task AssertRefusedAsync(HttpResponseMessage response, (int, int, int, int, int) before, string because)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Refused, html, StringComparison.Ordinal);
        Assert.Contains(because, html, StringComparison.Ordinal);
        Assert.Equal(before, await App.CountsAsync());
    }

    private async Task<(HttpClient Visitor, Dictionary<string, string> Hidden)> OpenedAsync()
    {
        var visitor = App.NewVisitor();
        var hidden = await visitor.OpenAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        return (visitor, hidden);
    }

    private int LogLinesWith(string text) => App.Logs.Lines.Count(l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task A_filled_in_honeypot_is_refused_and_saves_nothing()
    {
        var before = await App.CountsAsync();
        var logged = LogLinesWith("refused: Honeypot");
        var visitor = App.NewVisitor();
        var hidden = await visitor.OpenAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(30));

        var response = await visitor.SendAsync(hidden, [.. Fields("Honeypotter"), new(Web.Pages.Refer.ReferModel.HoneypotField, "http://spam.example")]);

        await AssertRefusedAsync(response, before, "could not accept the form");
        Assert.Equal(logged + 1, LogLinesWith("refused: Honeypot"));
    }

    [Fact]
    public async Task A_form_sent_faster_than_a_person_could_fill_it_is_refused_but_can_be_sent_again_a_moment_later()
    {
        var before = await App.CountsAsync();
        var visitor = App.NewVisitor();
        var hidden = await visitor.OpenAsync();

        var response = await visitor.SendAsync(hidden, Fields("Quickfingers"));

        await AssertRefusedAsync(response, before, "sent very quickly");
        Assert.Contains("value=\"Quickfingers\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(LogLinesWith("refused: TooFast") > 0);

        App.Clock.Advance(TimeSpan.FromSeconds(10));
        var again = await visitor.SendAsync(hidden, Fields("Quickfingers"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.People.CountAsync(p => p.FamilyName == "Quickfingers")));
    }

    [Fact]
    public async Task A_made_up_or_missing_timestamp_is_refused_and_saves_nothing()
    {
        var before = await App.CountsAsync();
        var (visitor, hidden) = await OpenedAsync();

        // Sealed by this site, but for another purpose: it must not open as the form's timestamp.
        var otherPurpose = App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Linkwork.SomethingElse")
            .Protect(App.Clock.GetUtcNow().AddMinutes(-10).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        foreach (var token in new[] { "CfDJ8-made-up", "", otherPurpose, hidden["FormToken"] + "x" })
        {
            // Each from an address of its own, so the limit on submissions is not what refuses them.
            var response = await visitor.SendAsync(new Dictionary<string, string>(hidden) { ["FormToken"] = token }, Fields("Forger"));
            await AssertRefusedAsync(response, before, "could not accept the form");
            (visitor, hidden) = await OpenedAsync();
        }

        Assert.True(LogLinesWith("refused: ForgedToken") >= 4);
    }

    [Fact]
    public async Task A_form_left_open_longer_than_its_lifetime_is_refused_and_saves_nothing()
    {
        var before = await App.CountsAsync();
        var visitor = App.NewVisitor();
        var hidden = await visitor.OpenAsync();
        var shownFiveHoursAgo = App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(PublicFormGuard.Purpose)
            .Protect(App.Clock.GetUtcNow().AddHours(-5).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

        var response = await visitor.SendAsync(new Dictionary<string, string>(hidden) { ["FormToken"] = shownFiveHoursAgo }, Fields("Dawdler"));

        await AssertRefusedAsync(response, before, "open for a long time");
        Assert.True(LogLinesWith("refused: ExpiredToken") > 0);
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        var before = await App.CountsAsync();
        var visitor = App.NewVisitor();
        var hidden = await visitor.OpenAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(30));

        var response = await visitor.SendAsync(new Dictionary<string, string>(hidden) { ["__RequestVerificationToken"] = "forged" }, Fields("Crosssite"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task Too_many_submissions_from_one_address_are_answered_429_with_a_friendly_page_and_save_nothing()
    {
        var before = await App.CountsAsync();
        var visitor = App.NewVisitor("192.0.2.77");
        var hidden = await visitor.OpenAsync();
        for (var i = 0; i < PublicReferralHosting.PermitsPerWindow; i++)
        {
            // Sent at once, so refused as too fast: every submission counts towards the limit, refused ones too.
            Assert.Equal(HttpStatusCode.OK, (await visitor.SendAsync(hidden, Fields("Flooder"))).StatusCode);
        }

        App.Clock.Advance(TimeSpan.FromSeconds(30));
        var response = await visitor.SendAsync(hidden, Fields("Flooder"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null, "A 429 says when to try again.");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please try again later", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.CountsAsync());
        Assert.True(LogLinesWith("too many from one address") > 0);
        // Reading the form is not limited, and another address may still send.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/refer")).StatusCode);
        var neighbour = App.NewVisitor();
        var theirs = await neighbour.OpenAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, (await neighbour.SendAsync(theirs, Fields("Patient"))).StatusCode);
    }

    [Fact]
    public async Task Nothing_the_sender_typed_nor_their_address_reaches_the_logs()
    {
        var visitor = App.NewVisitor("198.51.100.23");
        var hidden = await visitor.OpenAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        var fields = PublicReferralForm.CommunityReferral("Philippa", "Wolstenholme", "1946-06-06",
            ("Input.ReferrerName", "Rosalind Featherstonehaugh"), ("Input.ReferrerEmail", "rosalind@example.test"),
            ("Input.Mobile", "07700 955511"), ("Input.WhatWouldHelp", "Struggling with the stairs and the gas bill"));
        var refused = await visitor.SendAsync(hidden, [.. fields, new(Web.Pages.Refer.ReferModel.HoneypotField, "x")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var sent = await visitor.SendAsync(hidden, fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var episodeId = await App.InDatabaseAsync(db => db.Episodes.Where(e => db.People.Any(p => p.Id == e.PersonId && p.FamilyName == "Wolstenholme")).Select(e => e.Id).SingleAsync());
        Assert.Contains(App.Logs.Lines, l => l.Contains("public referral was received", StringComparison.Ordinal) && l.Contains(episodeId.ToString(), StringComparison.Ordinal));
        foreach (var secret in new[] { "Philippa", "Wolstenholme", "Featherstonehaugh", "rosalind@example.test", "07700 955511", "955511", "gas bill", "S65 1AB", "198.51.100.23" })
        {
            Assert.DoesNotContain(App.Logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}

public sealed class SqlitePublicReferralAbuseTests(PublicReferralSqliteApp app) : PublicReferralAbuseTests<PublicReferralSqliteApp>(app);

public sealed class PostgresPublicReferralAbuseTests(PublicReferralPostgresApp app) : PublicReferralAbuseTests<PublicReferralPostgresApp>(app);
