using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// A transaction's ServiceRequest with the requester's identifier, kept on the referral, and its conditional create
/// (request.ifNoneExist): a Bundle sent again after a timeout is answered with the referral it made, and makes no second.
/// </summary>
public abstract class FhirConditionalCreateTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private const string Ehr = "https://ehr.example.org/referrals";
    private const string PatientUrl = "urn:uuid:0c000000-0000-4000-8000-000000000001";
    private const string RequestUrl = "urn:uuid:0c000000-0000-4000-8000-000000000002";
    private const string TaskUrl = "urn:uuid:0c000000-0000-4000-8000-000000000003";

    [Fact]
    public async Task An_ehr_sending_its_referral_again_with_ifNoneExist_makes_one_episode_and_is_answered_with_it()
    {
        var referrer = await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer));
        var (nhs, value) = (FhirBundles.NewNhsNumber(), NewValue());
        string Bundle(string nhsNumber, string? ifNoneExist) => IntoProgramme(FhirBundles.Patient(nhsNumber), null, Identifier(value), ifNoneExist);

        var first = await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(nhs, Condition(value)))).FhirAsync(HttpStatusCode.OK);
        var again = await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(nhs, Condition(value)))).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(["201 Created", "201 Created", "201 Created"], Statuses(first));
        Assert.Equal(["200 OK", "200 OK", "200 OK"], Statuses(again));
        // The Patient's entry still says nothing about whom the programme knows: no location, either time.
        Assert.Null(Response(again, 0).Location);
        var location = Response(first, 1).Location!;
        Assert.StartsWith("ServiceRequest/", location, StringComparison.Ordinal);
        Assert.Equal((location, "W/\"1\""), (Response(again, 1).Location, Response(again, 1).Etag));
        Assert.Equal(("Task/" + location.Split('/')[1], "W/\"1\""), (Response(again, 2).Location, Response(again, 2).Etag));
        var kept = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.RequesterIdentifierValue == value)
            .Select(e => new { e.Id, e.RequesterIdentifierSystem }).ToListAsync());
        Assert.Equal(Ehr, Assert.Single(kept).RequesterIdentifierSystem);
        Assert.EndsWith(kept[0].Id.ToString(), location, StringComparison.Ordinal);

        // Without the condition the identifier already held is a conflict naming the episode, not a second referral.
        var unconditional = await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(nhs, ifNoneExist: null));
        var conflict = await unconditional.OutcomeAsync(HttpStatusCode.Conflict, "conflict");
        Assert.StartsWith("Bundle.entry[1]:", conflict, StringComparison.Ordinal);
        Assert.Contains(location, conflict, StringComparison.Ordinal);

        // The same identifier for someone else (another NHS number) is the requester's mistake, said of the ServiceRequest.
        var otherPerson = await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(FhirBundles.NewNhsNumber(), Condition(value)));
        Assert.StartsWith("Bundle.entry[1]:", await otherPerson.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == value)));
    }

    [Fact]
    public async Task A_link_workers_system_sending_an_onward_referral_again_makes_one_referral_and_its_service_request_shows_the_identifier()
    {
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var (serviceId, _, organisationId) = await App.ProviderServiceAsync();
        var nhs = FhirBundles.NewNhsNumber();
        var personId = await OpenEpisodeForAsync(team, nhs);
        var value = NewValue();
        string Bundle(string nhsNumber) => FhirBundles.Transaction(
            FhirBundles.Entry(PatientUrl, FhirBundles.Patient(nhsNumber, "Ottoline", "Brackenbury", "1953-07-19"), "Patient",
                $"identifier=https://fhir.nhs.uk/Id/nhs-number|{nhsNumber}"),
            FhirBundles.Entry(RequestUrl, new
            {
                resourceType = "ServiceRequest", status = "active", intent = "order", identifier = Identifier(value),
                subject = new { reference = PatientUrl },
                performer = new[] { new { reference = $"HealthcareService/{serviceId}" } },
                note = new[] { new { text = "Would like company on walks" } },
            }, "ServiceRequest", Condition(value)),
            FhirBundles.Entry(TaskUrl, new
            {
                resourceType = "Task", status = "requested", intent = "order",
                focus = new { reference = RequestUrl }, @for = new { reference = PatientUrl }, owner = new { reference = $"Organization/{organisationId}" },
            }, "Task"));

        var first = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(nhs))).FhirAsync(HttpStatusCode.OK);
        var again = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(nhs))).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(["200 OK", "201 Created", "201 Created"], Statuses(first));
        Assert.Equal(["200 OK", "200 OK", "200 OK"], Statuses(again));
        Assert.Equal($"Patient/{personId}", Response(again, 0).Location);
        Assert.Equal(Response(first, 0).Etag, Response(again, 0).Etag);
        var id = Assert.Single(await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.PersonId == personId).Select(r => r.Id).ToListAsync()));
        Assert.Equal(($"ServiceRequest/{id}", "W/\"2\""), (Response(again, 1).Location, Response(again, 1).Etag));
        Assert.Equal(($"Task/{id}", "W/\"2\""), (Response(again, 2).Location, Response(again, 2).Etag));
        Assert.Equal((Response(first, 1).Location, Response(first, 2).Location), (Response(again, 1).Location, Response(again, 2).Location));

        var request = await (await team.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK);
        var identifier = Assert.Single(request.GetProperty("identifier").EnumerateArray());
        Assert.Equal((Ehr, value), (identifier.GetProperty("system").GetString(), identifier.GetProperty("value").GetString()));
        var search = await (await team.GetAsync($"/fhir/ServiceRequest?identifier={Uri.EscapeDataString($"{Ehr}|{value}")}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(id.ToString(), Assert.Single(search.Entries("match")).GetProperty("id").GetString());
        // The provider reads the same ServiceRequest, identifier and all: it is how the requester knows the referral.
        var provider = await App.ApiClientAsync("provider-staff", organisationId);
        var read = await (await provider.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(value, read.GetProperty("identifier")[0].GetProperty("value").GetString());

        var someoneElse = await team.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(FhirBundles.NewNhsNumber()));
        Assert.StartsWith("Bundle.entry[1]:", await someoneElse.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.OnwardReferrals.CountAsync(r => r.RequesterIdentifierValue == value)));
    }

    [Fact]
    public async Task The_condition_is_the_service_requests_own_identifier_and_anything_else_is_refused_with_nothing_made()
    {
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var personId = await App.SomePersonAsync();
        var value = NewValue();
        async Task<string> Refused(string bundle, HttpStatusCode status, string code) =>
            await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", bundle)).OutcomeAsync(status, code);

        var twoParameters = await Refused(IntoProgramme(null, personId, Identifier(value), $"{Condition(value)}&status=active"), HttpStatusCode.BadRequest, "invalid");
        Assert.StartsWith("Bundle.entry[0]: ifNoneExist takes identifier=", twoParameters, StringComparison.Ordinal);
        await Refused(IntoProgramme(null, personId, Identifier(value), $"patient=Patient/{personId}"), HttpStatusCode.BadRequest, "invalid");
        await Refused(IntoProgramme(null, personId, Identifier(value), $"identifier={value}"), HttpStatusCode.BadRequest, "invalid");

        var another = await Refused(IntoProgramme(null, personId, Identifier(value), Condition(NewValue())), HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.Contains("not the ServiceRequest's identifier", another, StringComparison.Ordinal);
        var none = await Refused(IntoProgramme(null, personId, null, Condition(value)), HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.Contains("ServiceRequest.identifier", none, StringComparison.Ordinal);

        var halfIdentifier = await Refused(IntoProgramme(null, personId, [new { system = Ehr }], null), HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.StartsWith("Bundle.entry[0]: ServiceRequest.identifier[0]", halfIdentifier, StringComparison.Ordinal);
        var notUri = await Refused(IntoProgramme(null, personId, [new { system = "ehr-referrals", value }], null), HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.StartsWith("Bundle.entry[0]: ServiceRequest.identifier:", notUri, StringComparison.Ordinal);

        var onTask = await Refused(IntoProgramme(null, personId, Identifier(value), null, taskIfNoneExist: Condition(value)), HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.Equal("Bundle.entry[1]: Put the condition on the ServiceRequest: its Task is made with it and found with it.", onTask);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == value)));

        // The identifier's first one with both parts is taken; one with neither (a type alone) is passed over.
        var kept = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir",
            IntoProgramme(null, personId, [new { type = new { text = "Order" } }, new { system = Ehr, value }, new { system = Ehr, value = "second" }], Condition(value))))
            .FhirAsync(HttpStatusCode.OK);
        Assert.Equal("201 Created", Response(kept, 0).Status);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == value)));
    }

    [Fact]
    public async Task Only_records_the_caller_sees_are_matched_two_are_412_and_another_persons_is_refused()
    {
        var referrerOrganisation = await App.OrganisationOfAsync(Role.Referrer);
        var otherReferrerOrganisation = await App.InDatabaseAsync(db => db.Organisations
            .Where(o => o.Kind == OrganisationKind.Referrer && o.Id != referrerOrganisation).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var (practice, otherPractice) = (await App.ApiClientAsync("referrer", referrerOrganisation), await App.ApiClientAsync("referrer", otherReferrerOrganisation));
        var (nhs, shared) = (FhirBundles.NewNhsNumber(), NewValue());
        var bundle = IntoProgramme(FhirBundles.Patient(nhs), null, Identifier(shared), Condition(shared));

        // Two practices happen to use the same identifier: the second cannot see the first's referral, so makes its own.
        var first = await (await practice.SendFhirAsync(HttpMethod.Post, "/fhir", bundle)).FhirAsync(HttpStatusCode.OK);
        var second = await (await otherPractice.SendFhirAsync(HttpMethod.Post, "/fhir", bundle)).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(["201 Created", "201 Created", "201 Created"], Statuses(second));
        Assert.NotEqual(Response(first, 1).Location, Response(second, 1).Location);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == shared)));

        // The programme's team sees both: its condition matches two, which FHIR answers 412.
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var number = Domain.People.NhsNumber.Parse(nhs);
        var personId = await App.InDatabaseAsync(db => db.People.Where(p => p.NhsNumber == number).Select(p => p.Id).SingleAsync());
        var twoMatches = await team.SendFhirAsync(HttpMethod.Post, "/fhir", IntoProgramme(null, personId, Identifier(shared), Condition(shared)));
        Assert.StartsWith("Bundle.entry[0]: ifNoneExist matches more than one", await twoMatches.OutcomeAsync(HttpStatusCode.PreconditionFailed, "multiple-matches"),
            StringComparison.Ordinal);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == shared)));

        // A match for another person than the Bundle names is refused, naming the ServiceRequest's entry.
        var value = NewValue();
        var made = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", IntoProgramme(null, personId, Identifier(value), Condition(value)))).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("201 Created", Response(made, 0).Status);
        var otherPersonId = await App.InDatabaseAsync(db => db.People.Where(p => p.Id != personId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var otherPerson = await team.SendFhirAsync(HttpMethod.Post, "/fhir", IntoProgramme(null, otherPersonId, Identifier(value), Condition(value)));
        var refusal = await otherPerson.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.StartsWith("Bundle.entry[0]:", refusal, StringComparison.Ordinal);
        Assert.Contains("someone else", refusal, StringComparison.Ordinal);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == value)));
    }

    [Fact]
    public async Task The_same_bundle_sent_several_times_at_once_makes_one_episode()
    {
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var personId = await App.SomePersonAsync(1);
        var value = NewValue();
        var bundle = IntoProgramme(null, personId, Identifier(value), Condition(value));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", bundle)).FhirAsync(HttpStatusCode.OK)));

        Assert.Equal(1, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.RequesterIdentifierValue == value)));
        Assert.Single(answers, a => Response(a, 0).Status == "201 Created");
        Assert.Single(answers.Select(a => Response(a, 0).Location).Distinct());
    }

    /// <summary>A person of the programme with an NHS number, consent to share and an accepted episode: someone a link worker refers on.</summary>
    private async Task<Guid> OpenEpisodeForAsync(HttpClient team, string nhs)
    {
        var patient = JsonSerializer.Serialize(FhirBundles.Patient(nhs, "Ottoline", "Brackenbury", "1953-07-19"));
        var created = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir/Patient", patient)).FhirAsync(HttpStatusCode.Created);
        var personId = Guid.Parse(created.GetProperty("id").GetString()!);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ShareWithReferredOrganisations", given = true })).JsonAsync(HttpStatusCode.OK);
        var episode = await (await worker.PostAsJsonAsync("/api/v1/episodes", new { personId, source = "GeneralPractice", reasons = "Lonely" })).JsonAsync(HttpStatusCode.Created);
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{episode.GetProperty("id").GetGuid()}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        return personId;
    }

    /// <summary>
    /// A referral into the programme: a Patient entry (when <paramref name="patient"/> is given) or Patient/{id}, the
    /// ServiceRequest with its identifiers and condition, and a Task for it.
    /// </summary>
    private static string IntoProgramme(object? patient, Guid? personId, object[]? identifier, string? ifNoneExist, string? taskIfNoneExist = null)
    {
        var subject = patient is null ? $"Patient/{personId}" : PatientUrl;
        var entries = new List<object>();
        if (patient is not null)
        {
            entries.Add(FhirBundles.Entry(PatientUrl, patient, "Patient"));
        }

        entries.Add(FhirBundles.Entry(RequestUrl, new
        {
            resourceType = "ServiceRequest", status = "active", intent = "order", identifier,
            reasonCode = new[] { new { text = "Lonely since moving to the area" } },
            subject = new { reference = subject },
        }, "ServiceRequest", ifNoneExist));
        entries.Add(FhirBundles.Entry(TaskUrl, new
        {
            resourceType = "Task", status = "requested", intent = "order", focus = new { reference = RequestUrl }, @for = new { reference = subject },
        }, "Task", taskIfNoneExist));
        return FhirBundles.Transaction([.. entries]);
    }

    private static string NewValue() => "REF-" + Guid.NewGuid().ToString("N")[..12];

    private static object[] Identifier(string value) => [new { system = Ehr, value }];

    private static string Condition(string value) => $"identifier={Ehr}|{value}";

    private static List<string?> Statuses(JsonElement answer) =>
        answer.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("response").GetProperty("status").GetString()).ToList();

    private static (string? Status, string? Location, string? Etag) Response(JsonElement answer, int entry)
    {
        var response = answer.GetProperty("entry")[entry].GetProperty("response");
        string? Text(string name) => response.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (Text("status"), Text("location"), Text("etag"));
    }
}

public sealed class SqliteFhirConditionalCreateTests(SqliteApp app) : FhirConditionalCreateTests<SqliteApp>(app);

public sealed class PostgresFhirConditionalCreateTests(PostgresApp app) : FhirConditionalCreateTests<PostgresApp>(app);
