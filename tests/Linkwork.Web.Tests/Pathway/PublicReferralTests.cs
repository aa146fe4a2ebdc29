using System.Net;
using System.Text.Encodings.Web;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Self-referral and community referral from the public form, into triage, on both databases.</summary>
public abstract class PublicReferralTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private async Task<HttpResponseMessage> ReferAsync(List<KeyValuePair<string, string>> fields, HttpClient? visitor = null, string url = "/refer")
    {
        visitor ??= App.NewVisitor();
        var hidden = await visitor.OpenAsync(url);
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        return await visitor.SendAsync(hidden, fields);
    }

    private static async Task<string> ConfirmationAsync(HttpResponseMessage sent, HttpClient visitor)
    {
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/refer/received", sent.Headers.Location?.OriginalString);
        return await visitor.GetStringAsync("/refer/received");
    }

    [Fact]
    public async Task The_directory_and_a_service_page_link_to_the_form()
    {
        var visitor = App.NewVisitor();
        Assert.Contains("href=\"/refer\"", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
        var (serviceId, _, _) = await App.ProviderServiceAsync();
        Assert.Contains($"href=\"/refer?service={serviceId}\"", await visitor.GetStringAsync($"/services/{serviceId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_referral_makes_a_person_with_consents_and_an_unassigned_episode_audited_and_told_to_the_team_in_triage()
    {
        var visitor = App.NewVisitor();
        var (serviceId, serviceName, _) = await App.ProviderServiceAsync();

        var sent = await ReferAsync(PublicReferralForm.SelfReferral("Walter", "Brightwell", "1948-02-11"), visitor, $"/refer?service={serviceId}");

        var confirmation = await ConfirmationAsync(sent, visitor);
        var reference = PublicReferralForm.ReferenceOn(confirmation);
        Assert.Contains("within 5 working days", confirmation, StringComparison.Ordinal);
        var person = await App.InDatabaseAsync(db => db.People.Include(p => p.ConsentDecisions).SingleAsync(p => p.FamilyName == "Brightwell"));
        var episode = await App.InDatabaseAsync(db => db.Episodes.SingleAsync(e => e.PersonId == person.Id));
        Assert.DoesNotContain(episode.Id.ToString(), confirmation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Id.ToString(), confirmation, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(reference, episode.PublicReference);

        Assert.Equal((new DateOnly(1948, 2, 11), "S65 1AB", "07700 900123", ContactMethod.Sms, "ur", true),
            (person.DateOfBirth, person.Postcode, person.Contact.Mobile, person.Preferences.PreferredMethod, person.PreferredLanguage, person.InterpreterNeeded));
        Assert.Equal((ReferralSource.SelfReferral, EpisodeState.Received, (Guid?)null, (Guid?)null, (CommunityReferrer?)null),
            (episode.Source, episode.State, episode.LinkWorkerId, episode.ReferredBy, episode.CommunityReferrer));
        Assert.Contains("would like to meet people", episode.Reasons, StringComparison.Ordinal);
        Assert.Contains("Befriending", episode.Reasons, StringComparison.Ordinal);
        Assert.Contains(serviceName, episode.Reasons, StringComparison.Ordinal);

        // Ticked consents are recorded as given, by nobody signed in; the unticked one is no decision at all.
        var consents = new PersonConsents(person.ConsentDecisions);
        Assert.True(consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));
        Assert.True(consents.IsGiven(ConsentKind.ContactBySms));
        Assert.False(consents.HasDecided(ConsentKind.ContactByEmail));
        Assert.All(person.ConsentDecisions, d => Assert.Null(d.RecordedBy));
        Assert.All(person.ConsentDecisions, d => Assert.Equal("Given by the person, on the public form", d.Note));

        var audit = await App.InDatabaseAsync(db => db.AuditEntries
            .Where(a => a.RecordId == person.Id.ToString() || a.RecordId == episode.Id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Action == "person.created" && a.ProgrammeId == person.ProgrammeId);
        Assert.Contains(audit, a => a.Action == "episode.create" && a.ProgrammeId == person.ProgrammeId);
        Assert.Equal(2, audit.Count(a => a.Action == "person.consent-given"));
        Assert.All(audit.Where(a => a.Action is "person.created" or "episode.create"), a => Assert.Equal((AuditActorKind.Anonymous, (Guid?)null), (a.ActorKind, a.ActorId)));

        var team = await App.InDatabaseAsync(db => db.Users.Where(u => u.ProgrammeId == person.ProgrammeId && (u.Role == Role.LinkWorker || u.Role == Role.Supervisor)).Select(u => u.Id).ToListAsync());
        var told = await App.InDatabaseAsync(db => db.Notifications.Where(n => n.Link == $"/app/episodes/{episode.Id}").ToListAsync());
        Assert.Equal(team.Order(), told.Select(n => n.UserAccountId).Order());
        Assert.All(told, n => Assert.Equal("New self-referral waiting in triage", n.Text));

        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        Assert.Contains($"href=\"/app/episodes/{episode.Id}\"", await linkWorker.GetStringAsync("/app/episodes?view=triage"), StringComparison.Ordinal);
        Assert.Contains("New self-referral waiting in triage", await linkWorker.GetStringAsync("/app/notifications"), StringComparison.Ordinal);
        Assert.Contains(reference, await linkWorker.GetStringAsync($"/app/episodes/{episode.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_finds_the_episode_by_the_reference_as_the_person_reads_it_out_and_nobody_else_can()
    {
        var visitor = App.NewVisitor();
        var reference = PublicReferralForm.ReferenceOn(await ConfirmationAsync(
            await ReferAsync(PublicReferralForm.SelfReferral("Imogen", "Thackeray-Vale", "1961-09-30"), visitor), visitor));
        var episodeId = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.PublicReference == reference).Select(e => e.Id).SingleAsync());
        var spoken = reference.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant(); // "k7mq 4pxt"

        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var found = await linkWorker.GetAsync($"/app/episodes?reference={UrlEncoder.Default.Encode(spoken)}");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/app/episodes/{episodeId}", found.Headers.Location?.OriginalString);
        var listed = await (await linkWorker.GetAsync($"/api/v1/episodes?reference={reference.Replace("-", "", StringComparison.Ordinal)}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(episodeId, listed.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid());

        var unknown = await linkWorker.GetStringAsync("/app/episodes?reference=ZZZZ-ZZZZ");
        Assert.Contains("No episode of this programme has the reference ZZZZ-ZZZZ", unknown, StringComparison.Ordinal);
        Assert.Equal(0, (await (await linkWorker.GetAsync("/api/v1/episodes?reference=not-a-reference")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // A referrer sees only their own referrals, and another programme's team none of this one's.
        var referrer = App.NewClient();
        await referrer.SignInAsync(await App.CreateAccountAsync(Role.Referrer));
        Assert.Equal(0, (await (await referrer.GetAsync($"/api/v1/episodes?reference={reference}")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var elsewhere = App.NewClient();
        await elsewhere.SignInAsync(await App.AccountOfAnotherProgrammeAsync(Role.LinkWorker));
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync($"/app/episodes?reference={reference}")).StatusCode);
        Assert.Equal(0, (await (await elsewhere.GetAsync($"/api/v1/episodes?reference={reference}")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_community_referral_keeps_the_referrer_and_shows_them_to_the_link_worker()
    {
        var visitor = App.NewVisitor();

        var sent = await ReferAsync(PublicReferralForm.CommunityReferral("Edna", "Pickersgill", "1939-09-30", ("Input.ReferrerEmail", "margaret@example.test")), visitor);

        var confirmation = await ConfirmationAsync(sent, visitor);
        Assert.Contains("The team may also contact you", confirmation, StringComparison.Ordinal);
        var episode = await App.InDatabaseAsync(db => db.Episodes.SingleAsync(e => db.People.Any(p => p.Id == e.PersonId && p.FamilyName == "Pickersgill")));
        Assert.Equal(ReferralSource.Community, episode.Source);
        Assert.Equal(new CommunityReferrer("Margaret Oduya", "Neighbour", "01709 123456", "margaret@example.test", personAgrees: true), episode.CommunityReferrer);
        var notes = await App.InDatabaseAsync(db => db.ConsentDecisions.Where(d => d.PersonId == episode.PersonId).Select(d => d.Note).Distinct().ToListAsync());
        Assert.Equal(["Given on the public form by the person who referred them, on their behalf"], notes);
        Assert.True(await App.InDatabaseAsync(db => db.Notifications.AnyAsync(n => n.Link == $"/app/episodes/{episode.Id}" && n.Text == "New community referral waiting in triage")));

        var page = await (await App.SignedInAsAsync(Role.LinkWorker)).GetStringAsync($"/app/episodes/{episode.Id}");
        Assert.Contains("Margaret Oduya (Neighbour)", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:01709123456\"", page, StringComparison.Ordinal);
        Assert.Contains("Confirmed the person knows of the referral and agrees", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_community_referral_without_the_persons_agreement_or_a_way_to_reach_the_referrer_is_refused_and_saves_nothing()
    {
        var before = await App.CountsAsync();
        var fields = PublicReferralForm.CommunityReferral("Ivy", "Thackray", "1944-04-04", ("Input.ReferrerPhone", ""))
            .Where(f => f.Key != "Input.PersonAgrees").ToList();

        var response = await ReferAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode(CommunityReferrer.AgreementNeeded), html, StringComparison.Ordinal);
        Assert.Matches("id=\"referrer-phone-error\"[^>]*>Give your phone number or email address", html);
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task Someone_already_known_is_not_revealed_a_new_record_is_made_and_staff_see_the_possible_duplicate()
    {
        var known = await App.InDatabaseAsync(db => db.People.OrderBy(p => p.Id).Skip(11).FirstAsync());
        var visitor = App.NewVisitor();
        var stranger = await ConfirmationAsync(await ReferAsync(PublicReferralForm.SelfReferral("Quentin", "Arkwright-Zeal", "1977-07-07"), visitor), visitor);

        var sent = await ReferAsync(PublicReferralForm.SelfReferral(known.GivenName, known.FamilyName, known.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), visitor);

        // The answer reads the same, word for word, whether or not the person is known.
        var confirmation = await ConfirmationAsync(sent, visitor);
        Assert.Equal(PublicReferralForm.Reference().Replace(stranger, "REF"), PublicReferralForm.Reference().Replace(confirmation, "REF"));
        var namesakes = await App.InDatabaseAsync(db => db.People.Where(p => p.GivenName == known.GivenName && p.FamilyName == known.FamilyName && p.DateOfBirth == known.DateOfBirth).ToListAsync());
        Assert.Equal(2, namesakes.Count);
        Assert.Equal(known.Version, namesakes.Single(p => p.Id == known.Id).Version);
        var newcomer = namesakes.Single(p => p.Id != known.Id);
        var episodeId = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.PersonId == newcomer.Id).Select(e => e.Id).SingleAsync());

        var linkWorkerPage = await (await App.SignedInAsAsync(Role.LinkWorker)).GetStringAsync($"/app/episodes/{episodeId}");
        Assert.Contains("Possible duplicate", linkWorkerPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/people/{known.Id}\"", linkWorkerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/merge?", linkWorkerPage, StringComparison.Ordinal);
        var supervisorPage = await (await App.SignedInAsAsync(Role.Supervisor)).GetStringAsync($"/app/episodes/{episodeId}");
        Assert.Contains($"href=\"/app/people/{newcomer.Id}/merge?survivorId={known.Id}\"", supervisorPage, StringComparison.Ordinal);

        var strangerEpisode = await App.InDatabaseAsync(db => db.Episodes.Where(e => db.People.Any(p => p.Id == e.PersonId && p.FamilyName == "Arkwright-Zeal")).Select(e => e.Id).SingleAsync());
        Assert.DoesNotContain("Possible duplicate", await (await App.SignedInAsAsync(Role.LinkWorker)).GetStringAsync($"/app/episodes/{strangerEpisode}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_that_break_a_rule_are_named_at_the_top_and_by_their_box_and_nothing_is_saved()
    {
        var before = await App.CountsAsync();
        var fields = PublicReferralForm.SelfReferral(" ", "Ollerenshaw", "1950-01-01",
            ("Input.Email", "not-an-email"), ("Input.WhatWouldHelp", new string('x', 2_001)), ("Input.Postcode", "far too long a postcode"));

        var response = await ReferAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Matches("id=\"given-name-error\"[^>]*>The given name is required", html);
        Assert.Matches("id=\"email-error\"[^>]*>The email address must look like", html);
        Assert.Matches("id=\"what-error\"[^>]*>What would help must be at most 2000 characters", html);
        Assert.Matches("id=\"postcode-error\"[^>]*>The postcode must be at most 12 characters", html);
        // What was typed stays in the boxes.
        Assert.Contains("value=\"Ollerenshaw\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task A_person_with_no_phone_or_email_and_no_answer_to_who_is_referring_is_asked_for_them()
    {
        var before = await App.CountsAsync();
        var fields = PublicReferralForm.SelfReferral("Norah", "Haigh", "1955-05-05", ("Input.Mobile", ""), ("Input.Email", ""), ("Input.PreferredContactMethod", ""))
            .Where(f => f.Key != "Input.Who").ToList();

        var html = await (await ReferAsync(fields)).Content.ReadAsStringAsync();

        Assert.Matches("id=\"who-error\"[^>]*>Say whether you are referring yourself", html);
        Assert.Matches("id=\"mobile-error\"[^>]*>Give your phone number or email address", html);
        Assert.Equal(before, await App.CountsAsync());
    }
}

public sealed class SqlitePublicReferralTests(PublicReferralSqliteApp app) : PublicReferralTests<PublicReferralSqliteApp>(app);

public sealed class PostgresPublicReferralTests(PublicReferralPostgresApp app) : PublicReferralTests<PublicReferralPostgresApp>(app);
