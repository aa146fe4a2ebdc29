using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Linkwork.Web.Tests.People.PeopleApi;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// GET /fhir/Patient: an EHR finds whether someone is known by NHS number, name or birth date. Each caller finds whom
/// the read would show it, as the read shows them; merged records are never found; every person listed is audited.
/// </summary>
public abstract class FhirPatientSearchTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private const string NhsSystem = "https://fhir.nhs.uk/Id/nhs-number";

    [Fact]
    public async Task The_team_finds_a_person_by_nhs_number_name_or_birth_date_as_the_read_gives_them()
    {
        var (id, nhs, given, family, born) = await NewPersonAsync();
        var team = await TeamAsync();
        var read = await (await team.GetAsync($"/fhir/Patient/{id}")).FhirAsync(HttpStatusCode.OK);

        var byNhs = await SearchAsync(team, $"identifier={Uri.EscapeDataString($"{NhsSystem}|{nhs}")}");
        var byBareNhs = await SearchAsync(team, $"identifier={nhs}");
        var byFamily = await SearchAsync(team, $"name={family.ToUpperInvariant()}");
        var byFamilyStart = await SearchAsync(team, $"name={family[..^2].ToLowerInvariant()}");
        var byGiven = await SearchAsync(team, $"name={given.ToLowerInvariant()}&birthdate={born}");
        var byBirthDate = await SearchAsync(team, $"birthdate={born}");

        Assert.Equal(1, byNhs.GetProperty("total").GetInt32());
        var found = byNhs.Entries("match").Single();
        Assert.True(JsonElement.DeepEquals(read, found), $"The searched Patient differs from the read's:\n{found}\n{read}");
        // The whole record: the NHS number and the local record number, and the mobile listed for texts as consented.
        Assert.Equal(2, found.GetProperty("identifier").GetArrayLength());
        Assert.Contains(found.GetProperty("telecom").EnumerateArray(), t => t.GetProperty("system").GetString() == "sms");
        Assert.Equal([id.ToString()], Ids(byBareNhs));
        Assert.Equal([id.ToString()], Ids(byFamily));
        Assert.Contains(id.ToString(), Ids(byFamilyStart));
        Assert.Equal([id.ToString()], Ids(byGiven));
        Assert.Contains(id.ToString(), Ids(byBirthDate));
        Assert.All(byBirthDate.Entries("match"), p => Assert.Equal(born, p.GetProperty("birthDate").GetString()));
        Assert.EndsWith($"/fhir/Patient/{id}", byNhs.GetProperty("entry")[0].GetProperty("fullUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_criterion_given_must_match_and_a_name_matches_only_from_its_start()
    {
        var (id, nhs, _, family, born) = await NewPersonAsync();
        var team = await TeamAsync();
        var otherDay = DateOnly.ParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Empty(Ids(await SearchAsync(team, $"name={family}&birthdate={otherDay}")));
        Assert.Empty(Ids(await SearchAsync(team, $"identifier={nhs}&name=Zz{family}")));
        Assert.Empty(Ids(await SearchAsync(team, $"name={family[2..]}")));
        Assert.Empty(Ids(await SearchAsync(team, "name=%25")));
        Assert.Equal([id.ToString()], Ids(await SearchAsync(team, $"identifier={nhs}&name={family}&birthdate={born}")));
    }

    [Fact]
    public async Task A_provider_finds_only_people_referred_to_it_and_sees_only_the_shared_details()
    {
        var (personId, _) = await App.SentReferralsAsync(count: 1);
        var referred = await App.InDatabaseAsync(db => db.People.Where(p => p.Id == personId).Select(p => new { p.FamilyName, p.DateOfBirth }).SingleAsync());
        var born = referred.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (notReferred, notReferredNhs, _, notReferredFamily, notReferredBorn) = await NewPersonAsync();
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        var otherProvider = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        var referrer = await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer));
        var query = $"name={Uri.EscapeDataString(referred.FamilyName)}&birthdate={born}";

        var found = await SearchAsync(provider, query);

        var patient = Assert.Single(found.Entries("match"), p => p.GetProperty("id").GetString() == personId.ToString());
        var read = await (await provider.GetAsync($"/fhir/Patient/{personId}")).FhirAsync(HttpStatusCode.OK);
        Assert.True(JsonElement.DeepEquals(read, patient), $"The searched Patient differs from the read's:\n{patient}\n{read}");
        Assert.False(patient.TryGetProperty("identifier", out _));
        Assert.False(patient.TryGetProperty("telecom", out _));
        Assert.Equal(born, patient.GetProperty("birthDate").GetString());
        // The team does find the same person, whole: the provider's answer is narrowed, not empty by accident.
        Assert.Contains(personId.ToString(), Ids(await SearchAsync(await TeamAsync(), query)));

        // NHS numbers are not among the shared details, so a provider cannot search by one either, not even to confirm it.
        await (await provider.GetAsync($"/fhir/Patient?identifier={notReferredNhs}")).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await referrer.GetAsync($"/fhir/Patient?identifier={notReferredNhs}")).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Empty(Ids(await SearchAsync(provider, $"name={notReferredFamily}")));
        Assert.DoesNotContain(notReferred.ToString(), Ids(await SearchAsync(provider, $"birthdate={notReferredBorn}")));
        Assert.Equal(0, (await SearchAsync(otherProvider, query)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(referrer, query)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_merged_record_is_never_found_and_its_nhs_number_finds_the_record_that_stayed()
    {
        var (duplicate, nhs, _, duplicateFamily, _) = await NewPersonAsync();
        var survivor = (await CreateAsync(await App.SignedInAsAsync(Role.LinkWorker), NewPerson("Rosa", UniqueName("Stays"), UniqueBirthDate())))
            .GetProperty("id").GetGuid();
        var team = await TeamAsync();
        Assert.Equal([duplicate.ToString()], Ids(await SearchAsync(team, $"name={duplicateFamily}")));

        var supervisor = await App.SignedInAsAsync(Role.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/people/{duplicate}/merge-into/{survivor}", null)).StatusCode);

        Assert.Empty(Ids(await SearchAsync(team, $"name={duplicateFamily}")));
        Assert.Equal([survivor.ToString()], Ids(await SearchAsync(team, $"identifier={nhs}")));
        // Still readable by id (it says where it went): the search leaves it out, it is not gone.
        await (await team.GetAsync($"/fhir/Patient/{duplicate}")).FhirAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pages_carry_a_next_link_the_second_page_continues_and_each_person_listed_is_audited()
    {
        var family = UniqueName("Paged");
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var people = new List<string>();
        foreach (var given in new[] { "Anna", "Beth", "Cara" })
        {
            people.Add((await CreateAsync(worker, NewPerson(given, family, UniqueBirthDate()))).GetProperty("id").GetString()!);
        }

        var team = await TeamAsync();

        var first = await SearchAsync(team, $"name={family}&_count=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(people[..2], Ids(first));
        var afterFirst = await ListedAsync(people);
        Assert.Equal([1, 1, 0], afterFirst);
        var second = await (await team.GetAsync(first.Link("next"))).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(people[2..], Ids(second));
        Assert.Null(second.Link("next"));
        var afterSecond = await ListedAsync(people);
        Assert.Equal([1, 1, 1], afterSecond);

        var totalOnly = await SearchAsync(team, $"name={family}&_count=0");
        Assert.Equal(3, totalOnly.GetProperty("total").GetInt32());
        Assert.Empty(Ids(totalOnly));
        var afterTotal = await ListedAsync(people);
        Assert.Equal([1, 1, 1], afterTotal);
    }

    [Theory]
    [InlineData("identifier=9434765918", "'identifier'")]
    [InlineData("identifier=12345", "'identifier'")]
    [InlineData("identifier=943%20476%205919", "'identifier'")]
    [InlineData("identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C1234567890", "'identifier'")]
    [InlineData("identifier=http%3A%2F%2Fexample.org%2Fmrn%7C9434765919", "only the NHS number")]
    [InlineData("identifier=%7C9434765919", "only the NHS number")]
    [InlineData("birthdate=1961-4-12", "'birthdate'")]
    [InlineData("birthdate=ge1961-04-12", "'birthdate'")]
    [InlineData("birthdate=1961", "'birthdate'")]
    [InlineData("birthdate=1961-02-30", "'birthdate'")]
    [InlineData("name=", "'name'")]
    [InlineData("name=Ann&name=Bea", "'name'")]
    [InlineData("", "does not list")]
    [InlineData("_count=5", "does not list")]
    [InlineData("family=Hartley", "'family'")]
    [InlineData("name:contains=art", "'name:contains'")]
    public async Task A_search_that_cannot_be_read_is_refused_with_an_outcome_naming_what_is_wrong(string query, string said)
    {
        var team = await TeamAsync();

        var diagnostics = await (await team.GetAsync($"/fhir/Patient?{query}")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");

        Assert.Contains(said, diagnostics, StringComparison.Ordinal);
    }

    private async Task<HttpClient> TeamAsync() => await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

    /// <summary>
    /// A person only this test knows, made over the REST API with a local record number and consent to be texted, so
    /// the whole record differs from the shared details. The birth date is returned as FHIR writes it.
    /// </summary>
    private async Task<(Guid Id, string Nhs, string Given, string Family, string Born)> NewPersonAsync()
    {
        var (nhs, given, family, born) = (FhirBundles.NewNhsNumber(), UniqueName("Given"), UniqueName("Sought"), UniqueBirthDate());
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson(given, family, born, nhs);
        body["localIdentifiers"] = new[] { new { system = "Rotherham GP", value = UniqueName("GP") } };
        var id = (await CreateAsync(worker, body)).GetProperty("id").GetGuid();
        await (await worker.PostAsJsonAsync($"/api/v1/people/{id}/consents", new { kind = "ContactBySms", given = true })).JsonAsync(HttpStatusCode.OK);
        return (id, nhs, given, family, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>How many person.list audit lines each person has.</summary>
    private Task<int[]> ListedAsync(IReadOnlyList<string> people) =>
        App.InDatabaseAsync(async db =>
        {
            var ids = people.ToArray();
            var lines = await db.AuditEntries.Where(a => a.Action == "person.list" && a.RecordType == "Person" && ids.Contains(a.RecordId!))
                .Select(a => a.RecordId!).ToListAsync();
            return people.Select(p => lines.Count(l => l == p)).ToArray();
        });

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/fhir/Patient?{query}")).FhirAsync(HttpStatusCode.OK);

    private static List<string> Ids(JsonElement bundle) => [.. bundle.Entries("match").Select(p => p.GetProperty("id").GetString()!)];
}

public sealed class SqliteFhirPatientSearchTests(SqliteApp app) : FhirPatientSearchTests<SqliteApp>(app);

public sealed class PostgresFhirPatientSearchTests(PostgresApp app) : FhirPatientSearchTests<PostgresApp>(app);
