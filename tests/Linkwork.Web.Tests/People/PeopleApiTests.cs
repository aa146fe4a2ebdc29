using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.People;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Linkwork.Web.Tests.People.PeopleApi;

namespace Linkwork.Web.Tests.People;

/// <summary>/api/v1/people: create with duplicate checks and idempotency keys, read with ETag, change with If-Match.</summary>
public abstract class PeopleApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task A_link_worker_creates_a_person_and_reads_it_back_with_its_version()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Okafor");
        var nhs = NewNhsNumber();
        var body = NewPerson("Grace", family, UniqueBirthDate(), nhs);
        body["preferredLanguage"] = "yo";
        body["interpreterNeeded"] = true;
        body["preferredContactMethod"] = "Sms";
        body["ethnicityCode"] = "B1";
        body["localIdentifiers"] = new[] { new { system = "Rotherham GP", value = UniqueName("GP") } };

        var response = await client.PostAsJsonAsync("/api/v1/people", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await JsonAsync(response);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/people/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("S65 1AB", created.GetProperty("contact").GetProperty("postcode").GetString());
        Assert.Equal("Sms", created.GetProperty("contact").GetProperty("preferredMethod").GetString());

        var read = await client.GetAsync($"/api/v1/people/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        var json = await JsonAsync(read);
        Assert.Equal(family, json.GetProperty("familyName").GetString());
        Assert.Equal(nhs, json.GetProperty("nhsNumber").GetString());
        Assert.True(json.GetProperty("interpreterNeeded").GetBoolean());
        Assert.Equal("yo", json.GetProperty("preferredLanguage").GetString());
        Assert.Equal("Rotherham GP", json.GetProperty("localIdentifiers")[0].GetProperty("system").GetString());
        Assert.Equal(1, await AuditCountAsync(App, "person.created", id));
        Assert.Equal(1, await AuditCountAsync(App, "person.read", id));
    }

    [Fact]
    public async Task The_same_NHS_number_or_record_number_is_a_certain_duplicate_naming_the_existing_person()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var nhs = NewNhsNumber();
        var gp = UniqueName("GP");
        var first = NewPerson("Ada", UniqueName("Lovelace"), UniqueBirthDate(), nhs);
        first["localIdentifiers"] = new[] { new { system = "Rotherham GP", value = gp } };
        var existing = (await CreateAsync(client, first)).GetProperty("id").GetGuid();

        var sameNhs = await client.PostAsJsonAsync("/api/v1/people", NewPerson("Someone", UniqueName("Else"), UniqueBirthDate(), nhs));
        Assert.Equal(HttpStatusCode.Conflict, sameNhs.StatusCode);
        Assert.Equal(existing, (await JsonAsync(sameNhs)).GetProperty("existingPersonId").GetGuid());

        var sameGp = NewPerson("Another", UniqueName("Person"), UniqueBirthDate());
        sameGp["localIdentifiers"] = new[] { new { system = "Rotherham GP", value = gp } };
        sameGp["confirmNotDuplicate"] = true;
        var byRecordNumber = await client.PostAsJsonAsync("/api/v1/people", sameGp);
        Assert.Equal(HttpStatusCode.Conflict, byRecordNumber.StatusCode);
        Assert.Equal(existing, (await JsonAsync(byRecordNumber)).GetProperty("existingPersonId").GetGuid());

        var otherSystem = NewPerson("Another", UniqueName("Person"), UniqueBirthDate());
        otherSystem["localIdentifiers"] = new[] { new { system = "Rotherham Hospital", value = gp } };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/people", otherSystem)).StatusCode);
    }

    [Fact]
    public async Task A_close_name_born_the_same_day_is_refused_with_candidates_until_confirmed()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var born = UniqueBirthDate();
        var family = UniqueName("Smith");
        var existing = (await CreateAsync(client, NewPerson("Catherine", family, born))).GetProperty("id").GetGuid();

        var similar = NewPerson("Katherine", family, born);
        var refused = await client.PostAsJsonAsync("/api/v1/people", similar);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var candidates = (await JsonAsync(refused)).GetProperty("candidates");
        Assert.Equal(existing, candidates[0].GetProperty("id").GetGuid());
        Assert.InRange(candidates[0].GetProperty("score").GetDouble(), 0.88, 1.0);

        var swapped = await client.PostAsJsonAsync("/api/v1/people", NewPerson(family, "Catherine", born));
        Assert.Equal(HttpStatusCode.Conflict, swapped.StatusCode);

        var differentDay = await client.PostAsJsonAsync("/api/v1/people", NewPerson("Katherine", family, born.AddDays(1)));
        Assert.Equal(HttpStatusCode.Created, differentDay.StatusCode);

        var differentName = await client.PostAsJsonAsync("/api/v1/people", NewPerson("Katherine", UniqueName("Jones"), born));
        Assert.Equal(HttpStatusCode.Created, differentName.StatusCode);

        similar["confirmNotDuplicate"] = true;
        var confirmed = await client.PostAsJsonAsync("/api/v1/people", similar);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.True(await AuditCountAsync(App, "person.listed", existing) >= 2);
    }

    [Fact]
    public async Task An_idempotent_retry_replays_the_answer_and_a_different_body_under_the_same_key_is_refused()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var key = Guid.NewGuid().ToString();
        var family = UniqueName("Replay");
        var body = NewPerson("Ivy", family, UniqueBirthDate());

        var first = await PostWithKeyAsync(client, key, body);
        var second = await PostWithKeyAsync(client, key, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountFamilyAsync(family));

        var changed = new Dictionary<string, object?>(body) { ["givenName"] = "Iris" };
        var mismatch = await PostWithKeyAsync(client, key, changed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains("Idempotency-Key", (await JsonAsync(mismatch)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountFamilyAsync(family));

        // Keys are each caller's own: another user's identical key is a new request.
        var colleague = await App.SignedInAsAsync(Role.Supervisor);
        var other = NewPerson("Ivy", UniqueName("Replay"), UniqueBirthDate());
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(colleague, key, other)).StatusCode);
    }

    [Fact]
    public async Task A_key_still_in_flight_answers_409_and_a_refused_create_leaves_the_key_free()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var key = Guid.NewGuid().ToString();
        var me = await App.UserIdAsync(DemoAccountsEmail(Role.LinkWorker));
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            db.IdempotencyRecords.Add(new IdempotencyRecord { Caller = me.ToString(), Key = key, Request = "POST /api/v1/people", RequestHash = "pending", CreatedAt = App.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var inFlight = await PostWithKeyAsync(client, key, NewPerson("Ruth", UniqueName("Flight"), UniqueBirthDate()));
        Assert.Equal(HttpStatusCode.Conflict, inFlight.StatusCode);

        var born = UniqueBirthDate();
        var family = UniqueName("Free");
        await CreateAsync(client, NewPerson("Jon", family, born));
        var freshKey = Guid.NewGuid().ToString();
        var body = NewPerson("John", family, born);
        Assert.Equal(HttpStatusCode.Conflict, (await PostWithKeyAsync(client, freshKey, body)).StatusCode);
        body["confirmNotDuplicate"] = true;
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(client, freshKey, body)).StatusCode);
    }

    [Fact]
    public async Task Records_older_than_a_day_are_purged_so_an_old_key_starts_afresh()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var me = await App.UserIdAsync(DemoAccountsEmail(Role.LinkWorker));
        var key = Guid.NewGuid().ToString();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Caller = me.ToString(), Key = key, Request = "POST /api/v1/people", RequestHash = "old", StatusCode = 201,
                ResponseBody = "{}", CreatedAt = App.Clock.GetUtcNow().AddHours(-25),
            });
            await db.SaveChangesAsync();
        }

        var response = await PostWithKeyAsync(client, key, NewPerson("Olive", UniqueName("Old"), UniqueBirthDate()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task A_stale_If_Match_answers_412_and_leaves_the_record_as_it_was()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Hattie", UniqueName("Version"), UniqueBirthDate());
        var id = (await CreateAsync(client, body)).GetProperty("id").GetGuid();

        var update = new Dictionary<string, object?>(body) { ["preferredName"] = "Hat" };
        var first = await PutAsync(client, $"/api/v1/people/{id}", update, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);

        var stale = new Dictionary<string, object?>(body) { ["preferredName"] = "Harriet" };
        var refused = await PutAsync(client, $"/api/v1/people/{id}", stale, "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        var stored = await StoredAsync(App, id);
        Assert.Equal("Hat", stored.PreferredName);
        Assert.Equal(2, stored.Version);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(client, $"/api/v1/people/{id}", stale, "W/\"2\"")).StatusCode);
    }

    [Fact]
    public async Task A_new_postcode_takes_its_decile_from_the_lookup()
    {
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            if (!await db.PostcodeDeprivation.AnyAsync(p => p.Postcode == "S60 9ZZ"))
            {
                db.PostcodeDeprivation.Add(PostcodeDeprivation.Create("S60 9ZZ", "E01007623", 3));
                await db.SaveChangesAsync();
            }
        }

        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Dora", UniqueName("Decile"), UniqueBirthDate());
        body["postcode"] = "s609zz";
        var created = await CreateAsync(client, body);
        Assert.Equal(3, created.GetProperty("deprivationDecile").GetInt32());

        body["postcode"] = "S1 1AA";
        var moved = await PutAsync(client, $"/api/v1/people/{created.GetProperty("id").GetGuid()}", body, "\"1\"");
        Assert.Equal(JsonValueKind.Null, (await JsonAsync(moved)).GetProperty("deprivationDecile").ValueKind);
    }

    [Theory]
    [InlineData("givenName", "", "givenName")]
    [InlineData("dateOfBirth", "2099-01-01", "dateOfBirth")]
    [InlineData("nhsNumber", "943 476 5918", "nhsNumber")]
    [InlineData("email", "not an email", "email")]
    [InlineData("ethnicityCode", "Z9", "ethnicityCode")]
    [InlineData("preferredLanguage", "english!", "preferredLanguage")]
    [InlineData("postcode", "a postcode that is far too long", "postcode")]
    public async Task A_value_that_breaks_a_rule_is_refused_naming_its_field(string field, string value, string expected)
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Invalid");
        var body = NewPerson("Val", family, UniqueBirthDate());
        body[field] = value;

        var response = await client.PostAsJsonAsync("/api/v1/people", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(expected, out _), $"no error for {expected}: {errors}");
        Assert.Equal(0, await CountFamilyAsync(family));
    }

    [Theory]
    [InlineData("sex", "Alien")]
    [InlineData("dateOfBirth", "yesterday")]
    public async Task A_value_of_the_wrong_type_is_a_bad_request_naming_its_field(string field, string value)
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Val", UniqueName("Typed"), UniqueBirthDate());
        body[field] = value;

        var response = await client.PostAsJsonAsync("/api/v1/people", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_by_SMS_without_a_mobile_is_refused_on_the_preference()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Sam", UniqueName("Sms"), UniqueBirthDate());
        body["mobile"] = null;
        body["preferredContactMethod"] = "Sms";

        var response = await client.PostAsJsonAsync("/api/v1/people", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("preferredContactMethod", out _));
    }

    [Fact]
    public async Task Search_finds_by_name_NHS_number_and_record_number_a_page_at_a_time()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Searchable");
        var nhs = NewNhsNumber();
        var gp = UniqueName("GP");
        var first = NewPerson("Alma", family, UniqueBirthDate(), nhs);
        first["localIdentifiers"] = new[] { new { system = "Rotherham GP", value = gp } };
        var id = (await CreateAsync(client, first)).GetProperty("id").GetGuid();
        await CreateAsync(client, NewPerson("Beryl", family, UniqueBirthDate()));
        await CreateAsync(client, NewPerson("Cora", family, UniqueBirthDate()));

        var page1 = await JsonAsync(await client.GetAsync($"/api/v1/people?q={family.ToLowerInvariant()}&pageSize=2"));
        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        var page2 = await JsonAsync(await client.GetAsync($"/api/v1/people?q={family}&pageSize=2&page=2"));
        Assert.Equal("Cora", page2.GetProperty("items")[0].GetProperty("givenName").GetString());

        var byNhs = await JsonAsync(await client.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(nhs[..3] + " " + nhs[3..6] + " " + nhs[6..])}"));
        Assert.Equal(id, byNhs.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, byNhs.GetProperty("total").GetInt32());
        var byGp = await JsonAsync(await client.GetAsync($"/api/v1/people?q={gp}"));
        Assert.Equal(id, byGp.GetProperty("items")[0].GetProperty("id").GetGuid());
        var byBoth = await JsonAsync(await client.GetAsync($"/api/v1/people?q=alma+{family}"));
        Assert.Equal(1, byBoth.GetProperty("total").GetInt32());
        Assert.True(await AuditCountAsync(App, "person.listed", id) >= 3);
    }

    [Fact]
    public async Task Consent_decisions_append_and_the_latest_counts()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var id = (await CreateAsync(client, NewPerson("Connie", UniqueName("Consent"), UniqueBirthDate()))).GetProperty("id").GetGuid();

        var given = await client.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { kind = "ShareWithReferredOrganisations", given = true, note = "Agreed on the phone" });
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Equal("\"2\"", given.Headers.ETag?.Tag);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var withdrawn = await client.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { kind = "ShareWithReferredOrganisations", given = false });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var consents = await JsonAsync(await client.GetAsync($"/api/v1/people/{id}/consents"));
        Assert.False(consents.GetProperty("current")[0].GetProperty("given").GetBoolean());
        Assert.Equal(2, consents.GetProperty("history").GetArrayLength());
        Assert.Equal("Agreed on the phone", consents.GetProperty("history")[1].GetProperty("note").GetString());
        await using (var scope = App.Scope())
        {
            var check = scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.People.ConsentCheck>();
            Assert.False(await check.IsGivenAsync(id, ConsentKind.ShareWithReferredOrganisations));
            Assert.False(await check.IsGivenAsync(id, ConsentKind.Research));
        }

        await client.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { kind = "ShareWithReferredOrganisations", given = true });
        await using (var scope = App.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.People.ConsentCheck>().IsGivenAsync(id, ConsentKind.ShareWithReferredOrganisations));
        }

        Assert.Equal(1, await AuditCountAsync(App, "person.consent-withdrawn", id));
        Assert.Equal(2, await AuditCountAsync(App, "person.consent-given", id));

        var missingKind = await client.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { given = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingKind.StatusCode);
        Assert.True((await JsonAsync(missingKind)).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Household_contacts_are_added_listed_and_removed()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var id = (await CreateAsync(client, NewPerson("Hetty", UniqueName("Household"), UniqueBirthDate()))).GetProperty("id").GetGuid();

        var added = await client.PostAsJsonAsync($"/api/v1/people/{id}/contacts",
            new { name = "Peter Household", relationship = "son", phone = "07700 900456", isCarer = true, mayBeContacted = true });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var contactId = (await JsonAsync(added)).GetProperty("id").GetGuid();

        var unreachable = await client.PostAsJsonAsync($"/api/v1/people/{id}/contacts", new { name = "No Number", relationship = "friend", mayBeContacted = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreachable.StatusCode);

        var listed = await JsonAsync(await client.GetAsync($"/api/v1/people/{id}/contacts"));
        Assert.Single(listed.EnumerateArray());
        Assert.True(listed[0].GetProperty("isCarer").GetBoolean());

        var removed = await client.DeleteAsync($"/api/v1/people/{id}/contacts/{contactId}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await StoredAsync(App, id)).HouseholdContacts);
        Assert.Equal(1, await AuditCountAsync(App, "person.contact-added", id));
        Assert.Equal(1, await AuditCountAsync(App, "person.contact-removed", id));
    }

    [Theory]
    [InlineData(Role.Referrer)]
    [InlineData(Role.ProviderStaff)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Person)]
    public async Task Other_roles_are_refused_every_person_action(Role role)
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Denise", UniqueName("Denied"), UniqueBirthDate());
        var id = (await CreateAsync(worker, body)).GetProperty("id").GetGuid();
        var other = (await CreateAsync(worker, NewPerson("Other", UniqueName("Denied"), UniqueBirthDate()))).GetProperty("id").GetGuid();
        var client = await App.SignedInAsAsync(role);

        await AssertForbiddenEverywhereAsync(client, id, other, body);
        Assert.Equal(0, await AuditCountAsync(App, "person.read", id));
    }

    [Fact]
    public async Task An_integrating_system_is_refused_too()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Iris", UniqueName("System"), UniqueBirthDate());
        var id = (await CreateAsync(worker, body)).GetProperty("id").GetGuid();
        string token;
        await using (var scope = App.Scope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.Access.CreateApiClient>()
                .HandleAsync(new("EHR bridge " + Guid.NewGuid().ToString("N")[..6], "integrating-system", Linkwork.Web.Cli.Demo.DemoCatalogue.ProgrammeTeamName))).Token;
        }

        var client = App.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await AssertForbiddenEverywhereAsync(client, id, id, body);
    }

    [Fact]
    public async Task A_link_worker_cannot_merge_but_a_supervisor_can()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var born = UniqueBirthDate();
        var family = UniqueName("Merge");
        var nhs = NewNhsNumber();
        var survivorBody = NewPerson("Margaret", family, born);
        var survivor = (await CreateAsync(worker, survivorBody)).GetProperty("id").GetGuid();
        var duplicateBody = NewPerson("Maggie", family, born, nhs);
        duplicateBody["confirmNotDuplicate"] = true;
        duplicateBody["email"] = "maggie@example.org";
        var duplicate = (await CreateAsync(worker, duplicateBody)).GetProperty("id").GetGuid();
        await worker.PostAsJsonAsync($"/api/v1/people/{duplicate}/consents", new { kind = "Research", given = true });
        await worker.PostAsJsonAsync($"/api/v1/people/{duplicate}/contacts", new { name = "Tom Merge", relationship = "husband", phone = "07700 900111", isCarer = true, mayBeContacted = true });

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync($"/api/v1/people/{duplicate}/merge-into/{survivor}", null)).StatusCode);

        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        var merged = await supervisor.PostAsync($"/api/v1/people/{duplicate}/merge-into/{survivor}", null);

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var read = await JsonAsync(await supervisor.GetAsync($"/api/v1/people/{duplicate}"));
        Assert.Equal(survivor, read.GetProperty("mergedIntoId").GetGuid());
        var kept = await StoredAsync(App, survivor);
        Assert.Equal(nhs, kept.NhsNumber?.Value);
        Assert.Equal("maggie@example.org", kept.Contact.Email);
        Assert.Single(kept.HouseholdContacts);
        Assert.True(kept.Consents.IsGiven(ConsentKind.Research));
        var gone = await StoredAsync(App, duplicate);
        Assert.Null(gone.NhsNumber);
        Assert.Equal(1, await AuditCountAsync(App, "person.merged", duplicate));
        Assert.Equal(1, await AuditCountAsync(App, "person.merge-kept", survivor));

        var search = await JsonAsync(await supervisor.GetAsync($"/api/v1/people?q={family}"));
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        var change = await PutAsync(supervisor, $"/api/v1/people/{duplicate}", duplicateBody, null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, change.StatusCode);
        var again = await supervisor.PostAsJsonAsync("/api/v1/people", NewPerson("Anyone", UniqueName("Again"), UniqueBirthDate(), nhs));
        Assert.Equal(survivor, (await JsonAsync(again)).GetProperty("existingPersonId").GetGuid());
        await using var scope = App.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.People.ConsentCheck>().IsGivenAsync(duplicate, ConsentKind.Research));
    }

    [Fact]
    public async Task A_merge_moves_the_persons_own_sign_in_to_the_record_that_stays()
    {
        Guid portalPerson;
        await using (var scope = App.Scope())
        {
            portalPerson = (await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Users.SingleAsync(u => u.Role == Role.Person)).PersonId!.Value;
        }

        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        var body = NewPerson("Portal", UniqueName("Survivor"), UniqueBirthDate());
        var survivor = (await CreateAsync(supervisor, body)).GetProperty("id").GetGuid();

        var merged = await supervisor.PostAsync($"/api/v1/people/{portalPerson}/merge-into/{survivor}", null);

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        await using (var scope = App.Scope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Users.SingleAsync(u => u.Role == Role.Person);
            Assert.Equal(survivor, account.PersonId);
        }

        var stale = await supervisor.PostAsync($"/api/v1/people/{portalPerson}/merge-into/{survivor}", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
    }

    [Fact]
    public async Task Nobody_reaches_another_programmes_people()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Paula", UniqueName("Elsewhere"), UniqueBirthDate());
        var id = (await CreateAsync(worker, body)).GetProperty("id").GetGuid();
        var elsewhere = App.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.SignInAsync(await App.AccountOfAnotherProgrammeAsync(Role.LinkWorker))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/people/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(elsewhere, $"/api/v1/people/{id}", body, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { kind = "Research", given = true })).StatusCode);
        Assert.Equal(0, (await JsonAsync(await elsewhere.GetAsync($"/api/v1/people?q={body["familyName"]}"))).GetProperty("total").GetInt32());
        Assert.Equal(0, await AuditCountAsync(App, "person.read", id));
    }

    [Fact]
    public async Task The_people_endpoints_are_in_the_OpenAPI_document()
    {
        var document = await App.NewClient().GetStringAsync("/openapi/v1.json");
        foreach (var operation in new[] { "CreatePerson", "SearchPeople", "GetPerson", "UpdatePerson", "GetPersonConsents", "RecordPersonConsent", "AddPersonContact", "MergePerson" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", document, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Logs_carry_no_names_of_the_people_worked_on()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var family = UniqueName("Privatename");
        var id = (await CreateAsync(client, NewPerson("Secret", family, UniqueBirthDate()))).GetProperty("id").GetGuid();
        await client.GetAsync($"/api/v1/people/{id}");
        await client.GetAsync($"/api/v1/people?q={family}");

        Assert.DoesNotContain(App.Logs.Lines, m => m.Contains(family, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task AssertForbiddenEverywhereAsync(HttpClient client, Guid id, Guid other, Dictionary<string, object?> body)
    {
        var attempts = new (string What, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("create", () => client.PostAsJsonAsync("/api/v1/people", NewPerson("X", UniqueName("Denied"), UniqueBirthDate()))),
            ("search", () => client.GetAsync("/api/v1/people?q=a")),
            ("read", () => client.GetAsync($"/api/v1/people/{id}")),
            ("update", () => PutAsync(client, $"/api/v1/people/{id}", body, null)),
            ("consents", () => client.GetAsync($"/api/v1/people/{id}/consents")),
            ("consent", () => client.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { kind = "Research", given = true })),
            ("contacts", () => client.GetAsync($"/api/v1/people/{id}/contacts")),
            ("contact", () => client.PostAsJsonAsync($"/api/v1/people/{id}/contacts", new { name = "A", relationship = "b", phone = "07700 900000" })),
            ("merge", () => client.PostAsync($"/api/v1/people/{other}/merge-into/{id}", null)),
        };
        foreach (var (what, send) in attempts)
        {
            var response = await send();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode}");
        }
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string key, Dictionary<string, object?> body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, Dictionary<string, object?> body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private async Task<int> CountFamilyAsync(string family)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().People.CountAsync(p => p.FamilyName == family);
    }

    private static string DemoAccountsEmail(Role role) => Linkwork.Web.Cli.Demo.DemoAccounts.For(role).Email;
}

public sealed class SqlitePeopleApiTests(SqliteApp app) : PeopleApiTests<SqliteApp>(app);

public sealed class PostgresPeopleApiTests(PostgresApp app) : PeopleApiTests<PostgresApp>(app);
