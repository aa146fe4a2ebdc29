using System.Net;
using System.Text.RegularExpressions;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Fills in and sends the public referral form as a browser would: each visitor from an address of their own.</summary>
internal static partial class PublicReferralForm
{
    private static int _visitors;

    public static HttpClient NewVisitor(this LinkworkApp app, string? address = null)
    {
        var client = app.NewClient();
        var n = Interlocked.Increment(ref _visitors);
        client.DefaultRequestHeaders.Add(PublicReferralHosting.ClientAddressHeader, address ?? $"10.{n / 65536 % 256}.{n / 256 % 256}.{n % 256}");
        return client;
    }

    /// <summary>The form's hidden fields as shown: the antiforgery token and the sealed time it was shown.</summary>
    public static async Task<Dictionary<string, string>> OpenAsync(this HttpClient visitor, string url = "/refer")
    {
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var token = FormTokenInput().Match(html);
        Assert.True(token.Success, "The form has no FormToken.");
        var hidden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browserless.AntiforgeryToken(html),
            ["FormToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        if (ServiceInput().Match(html) is { Success: true } service)
        {
            hidden["Input.ServiceId"] = service.Groups[1].Value;
        }

        return hidden;
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient visitor, IReadOnlyDictionary<string, string> hidden, IEnumerable<KeyValuePair<string, string>> fields) =>
        visitor.PostAsync("/refer", new FormUrlEncodedContent(hidden.Concat(fields)));

    /// <summary>A complete self-referral; <paramref name="change"/> adds or replaces fields.</summary>
    public static List<KeyValuePair<string, string>> SelfReferral(string given, string family, string born, params (string Field, string Value)[] change)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Who"] = "Myself",
            ["Input.GivenName"] = given,
            ["Input.FamilyName"] = family,
            ["Input.DateOfBirth"] = born,
            ["Input.Postcode"] = "s65 1ab",
            ["Input.Mobile"] = "07700 900123",
            ["Input.Email"] = $"{given.ToLowerInvariant()}@example.test",
            ["Input.PreferredContactMethod"] = "Sms",
            ["Input.PreferredLanguage"] = "ur",
            ["Input.InterpreterNeeded"] = "true",
            ["Input.WhatWouldHelp"] = "I have felt lonely since my wife died and would like to meet people.",
            ["Input.ConsentToShare"] = "true",
            ["Input.ConsentToSms"] = "true",
        };
        foreach (var (field, value) in change)
        {
            fields[field] = value;
        }

        return [.. fields, new("Input.Needs", "BefriendingAndGroups"), new("Input.Needs", "Walking")];
    }

    /// <summary>A complete community referral of the same person, by a neighbour who confirms the person agrees.</summary>
    public static List<KeyValuePair<string, string>> CommunityReferral(string given, string family, string born, params (string Field, string Value)[] change) =>
        SelfReferral(given, family, born, [
            ("Input.Who", "SomeoneElse"), ("Input.ReferrerName", "Margaret Oduya"), ("Input.ReferrerRelationship", "Neighbour"),
            ("Input.ReferrerPhone", "01709 123456"), ("Input.PersonAgrees", "true"), .. change]);

    /// <summary>What a refused or invalid form must leave as it was.</summary>
    public static Task<(int People, int Episodes, int Consents, int Notifications, int Audit)> CountsAsync(this LinkworkApp app) =>
        app.InDatabaseAsync(async db => (
            await db.People.CountAsync(), await db.Episodes.CountAsync(), await db.ConsentDecisions.CountAsync(),
            await db.Notifications.CountAsync(), await db.AuditEntries.CountAsync()));

    public static string ReferenceOn(string confirmation)
    {
        var match = Reference().Match(confirmation);
        Assert.True(match.Success, "The confirmation shows no reference.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<input[^>]*name=\"FormToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex FormTokenInput();

    [GeneratedRegex("<input[^>]*name=\"Input.ServiceId\"[^>]*value=\"([0-9a-f-]+)\"")]
    private static partial Regex ServiceInput();

    [GeneratedRegex("<strong class=\"reference\">([2-9A-Z]{4}-[2-9A-Z]{4})</strong>")]
    public static partial Regex Reference();
}
