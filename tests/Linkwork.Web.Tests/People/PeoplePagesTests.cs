using System.Net;
using System.Text.Encodings.Web;
using Linkwork.Domain.Access;
using Linkwork.Domain.People;
using Linkwork.Web.Tests.Support;
using Xunit;
using static Linkwork.Web.Tests.People.PeopleApi;

namespace Linkwork.Web.Tests.People;

/// <summary>The staff pages for people: find and add (with the duplicate warning), the record with its consent panel, edit, merge.</summary>
public abstract class PeoplePagesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task A_link_worker_adds_a_person_from_the_form_and_lands_on_their_record()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Formadded");
        var list = await client.GetStringAsync("/app/people");
        Assert.Contains("Add a person", list, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Input_GivenName\">", list, StringComparison.Ordinal);

        var response = await client.PostFormAsync("/app/people", Form("Winifred", family, UniqueBirthDate()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/app/people/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location["/app/people/".Length..]);
        var stored = await StoredAsync(App, id);
        Assert.Equal(family, stored.FamilyName);
        Assert.Equal("GP", Assert.Single(stored.LocalIdentifiers).System);
        var record = await client.GetStringAsync(location);
        Assert.Contains(family, record, StringComparison.Ordinal);
        Assert.Contains("is added", record, StringComparison.Ordinal);
        Assert.Contains(family, await client.GetStringAsync($"/app/people?q={family}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_warns_of_a_possible_duplicate_and_adds_once_the_user_confirms()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var born = UniqueBirthDate();
        var family = UniqueName("Twin");
        var existing = (await CreateAsync(client, NewPerson("Jon", family, born))).GetProperty("id").GetGuid();

        var warned = await client.PostFormAsync("/app/people", Form("John", family, born));

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = await warned.Content.ReadAsStringAsync();
        Assert.Contains("Is this someone already known?", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/people/{existing}\"", html, StringComparison.Ordinal);
        Assert.Contains("Input.ConfirmNotDuplicate", html, StringComparison.Ordinal);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);

        var confirmed = await client.PostFormAsync("/app/people", new Dictionary<string, string>(Form("John", family, born)) { ["Input.ConfirmNotDuplicate"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task A_field_that_breaks_a_rule_is_explained_and_nothing_is_added()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var form = new Dictionary<string, string>(Form("Val", UniqueName("Broken"), UniqueBirthDate())) { ["Input.NhsNumber"] = "943 476 5918" };

        var response = await client.PostFormAsync("/app/people", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("is not a valid NHS number", html, StringComparison.Ordinal);
        Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_is_given_and_withdrawn_with_one_button_and_the_history_shows_both()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var id = (await CreateAsync(client, NewPerson("Constance", UniqueName("Buttons"), UniqueBirthDate()))).GetProperty("id").GetGuid();
        var page = $"/app/people/{id}";
        Assert.Contains("Not asked", await client.GetStringAsync(page), StringComparison.Ordinal);

        var given = await client.PostFormAsync(page, Consent("ShareWithReferredOrganisations", true, 1), $"{page}?handler=Consent");
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.True((await StoredAsync(App, id)).Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));

        var withdrawn = await client.PostFormAsync(page, Consent("ShareWithReferredOrganisations", false, 2), $"{page}?handler=Consent");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var stored = await StoredAsync(App, id);
        Assert.False(stored.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));
        Assert.Equal(2, stored.ConsentDecisions.Count);
        var html = await client.GetStringAsync(page);
        Assert.Contains("Consent history (2)", html, StringComparison.Ordinal);
        Assert.Contains("Amira Khan", html, StringComparison.Ordinal);

        var stale = await client.PostFormAsync(page, Consent("Research", true, 1), $"{page}?handler=Consent");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await StoredAsync(App, id)).Consents.HasDecided(ConsentKind.Research));
    }

    [Fact]
    public async Task A_carer_is_added_from_the_record_page()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var id = (await CreateAsync(client, NewPerson("Cara", UniqueName("Carer"), UniqueBirthDate()))).GetProperty("id").GetGuid();
        var page = $"/app/people/{id}";

        var added = await client.PostFormAsync(page, new Dictionary<string, string>
        {
            ["version"] = "1", ["Contact.Name"] = "Len Carer", ["Contact.Relationship"] = "husband", ["Contact.Phone"] = "07700 900555",
            ["Contact.IsCarer"] = "true", ["Contact.MayBeContacted"] = "true",
        }, $"{page}?handler=AddContact");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var contact = Assert.Single((await StoredAsync(App, id)).HouseholdContacts);
        Assert.True(contact.IsCarer);
        Assert.Contains("Len Carer", await client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_with_the_version_read_saves_and_a_stale_form_saves_nothing()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Edited");
        var born = UniqueBirthDate();
        var id = (await CreateAsync(client, NewPerson("Edith", family, born))).GetProperty("id").GetGuid();
        var page = $"/app/people/{id}/edit";
        Assert.Contains($"value=\"{family}\"", await client.GetStringAsync(page), StringComparison.Ordinal);

        var saved = await client.PostFormAsync(page, new Dictionary<string, string>(Form("Edie", family, born, prefix: "Input")) { ["Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Edie", (await StoredAsync(App, id)).GivenName);

        var stale = await client.PostFormAsync(page, new Dictionary<string, string>(Form("Eda", family, born, prefix: "Input")) { ["Version"] = "1" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("nothing was saved", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Edie", (await StoredAsync(App, id)).GivenName);
    }

    [Fact]
    public async Task A_supervisor_merges_from_the_merge_page_and_the_duplicate_says_where_it_went()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Merged");
        var born = UniqueBirthDate();
        var survivor = (await CreateAsync(worker, NewPerson("Ruth", family, born))).GetProperty("id").GetGuid();
        var duplicateBody = NewPerson("Ruthie", family, born);
        duplicateBody["confirmNotDuplicate"] = true;
        var duplicate = (await CreateAsync(worker, duplicateBody)).GetProperty("id").GetGuid();
        var mergePage = $"/app/people/{duplicate}/merge?survivorId={survivor}";

        var denied = await worker.GetAsync(mergePage);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/access-denied", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Merge into another record", await worker.GetStringAsync($"/app/people/{duplicate}"), StringComparison.Ordinal);

        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        Assert.Contains("Merge into another record", await supervisor.GetStringAsync($"/app/people/{duplicate}"), StringComparison.Ordinal);
        var merged = await supervisor.PostFormAsync(mergePage, new Dictionary<string, string> { ["SurvivorId"] = survivor.ToString(), ["Version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"/app/people/{survivor}", merged.Headers.Location?.OriginalString);
        Assert.Equal(survivor, (await StoredAsync(App, duplicate)).MergedIntoId);
        var old = await supervisor.GetStringAsync($"/app/people/{duplicate}");
        Assert.Contains($"href=\"/app/people/{survivor}\"", old, StringComparison.Ordinal);
        Assert.Contains("was merged", old, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Referrer)]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Administrator)]
    public async Task Other_staff_roles_cannot_open_the_people_pages(Role role)
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var id = (await CreateAsync(worker, NewPerson("Petra", UniqueName("Private"), UniqueBirthDate()))).GetProperty("id").GetGuid();
        var client = await App.SignedInAsAsync(role);

        foreach (var page in new[] { "/app/people", $"/app/people/{id}", $"/app/people/{id}/edit", $"/app/people/{id}/merge" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("href=\"/app/people\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_with_accents_are_shown_encoded_on_the_record()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = "Wiśniewska" + UniqueName("x");
        var id = (await CreateAsync(client, NewPerson("Zoë", family, UniqueBirthDate()))).GetProperty("id").GetGuid();
        Assert.Contains(HtmlEncoder.Default.Encode(family), await client.GetStringAsync($"/app/people/{id}"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string given, string family, DateOnly born, string prefix = "Input") => new()
    {
        [$"{prefix}.GivenName"] = given,
        [$"{prefix}.FamilyName"] = family,
        [$"{prefix}.DateOfBirth"] = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Sex"] = "Female",
        [$"{prefix}.Mobile"] = "07700 900321",
        [$"{prefix}.Postcode"] = "S65 1AB",
        [$"{prefix}.PreferredContactMethod"] = "Sms",
        [$"{prefix}.IdentifierSystem"] = "GP",
        [$"{prefix}.IdentifierValue"] = UniqueName("N"),
    };

    private static Dictionary<string, string> Consent(string kind, bool given, int version) => new()
    {
        ["kind"] = kind, ["given"] = given ? "true" : "false", ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class SqlitePeoplePagesTests(SqliteApp app) : PeoplePagesTests<SqliteApp>(app);

public sealed class PostgresPeoplePagesTests(PostgresApp app) : PeoplePagesTests<PostgresApp>(app);
