using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkwork.Domain.Access;
using Linkwork.Interop.Fhir;
using Linkwork.Tests;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// Creates over /fhir: a conditional Patient create, transactions that refer someone into the programme (an EHR) or on
/// to a community service (a link worker's system), all or nothing, and the IG's closed loop end to end.
/// </summary>
public abstract class FhirCreateAndTransactionTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task The_igs_closed_loop_runs_over_http_from_the_referral_to_the_outcome_the_requester_reads()
    {
        var (personId, _) = await App.SentReferralsAsync(count: 0);
        var (serviceId, _, organisationId) = await App.ProviderServiceAsync();
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var provider = await App.ApiClientAsync("provider-staff", organisationId);

        // The requester creates the ServiceRequest and the Task in one transaction.
        var created = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", FhirBundles.OnwardReferral(personId, serviceId, organisationId))).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("transaction-response", created.GetProperty("type").GetString());
        var responses = created.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("response")).ToList();
        Assert.All(responses, r => Assert.Equal("201 Created", r.GetProperty("status").GetString()));
        var location = responses[1].GetProperty("location").GetString()!;
        Assert.StartsWith("Task/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location["Task/".Length..]);
        Assert.Equal($"ServiceRequest/{id}", responses[0].GetProperty("location").GetString());
        Assert.Equal("W/\"2\"", responses[1].GetProperty("etag").GetString());

        // The provider finds it, accepts it, starts it and completes it with the IG's own Procedure of what was done.
        var inbox = await (await provider.GetAsync($"/fhir/Task?owner=Organization/{organisationId}&status=requested&patient={personId}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(id.ToString(), Assert.Single(inbox.Entries("match")).GetProperty("id").GetString());
        var (accepted, _) = await provider.PutChangedTaskAsync(id, task => task["status"] = "accepted");
        await accepted.FhirAsync(HttpStatusCode.OK);
        await (await provider.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "in-progress" } }, "W/\"4\"")).FhirAsync(HttpStatusCode.OK);
        var procedure = IgProcedure("SDOHCC-ProcedureProvisionOfFoodExample.xml", personId);
        var completed = await (await provider.PatchTaskAsync(id, new object[]
        {
            new { op = "replace", path = "/status", value = "completed" },
            new { op = "add", path = "/contained", value = new JsonArray(procedure) },
            new { op = "add", path = "/output", value = new object[] { new { type = new { text = "Resulting Activity" }, valueReference = new { reference = "#done" } } } },
        }, "W/\"5\"")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("completed", completed.GetProperty("status").GetString());

        // The requester reads the outcome.
        var task = await (await team.GetAsync($"/fhir/Task/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("completed", task.GetProperty("status").GetString());
        var output = task.GetProperty("output")[0];
        Assert.Equal("resulting-activity", output.GetProperty("type").GetProperty("coding")[0].GetProperty("code").GetString());
        var outcome = await (await team.GetAsync($"/fhir/{output.GetProperty("valueReference").GetProperty("reference").GetString()}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("710925007", outcome.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("Provision of food", outcome.GetProperty("code").GetProperty("text").GetString());
        Assert.Equal($"Patient/{personId}", outcome.GetProperty("subject").GetProperty("reference").GetString());
        Assert.Equal($"Organization/{organisationId}", outcome.GetProperty("performer")[0].GetProperty("actor").GetProperty("reference").GetString());
        var request = await (await team.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("completed", request.GetProperty("status").GetString());
        Assert.Equal(["Draft", "Sent", "Opened", "Accepted", "Engaged", "Completed"],
            await App.InDatabaseAsync(db => db.PathwayEvents.Where(e => e.RecordId == id).OrderBy(e => e.Version).Select(e => e.ToState).ToListAsync()));
    }

    [Fact]
    public async Task A_failing_entry_fails_the_whole_transaction_naming_it_and_nothing_is_saved()
    {
        var (personId, _) = await App.SentReferralsAsync(count: 0);
        var (serviceId, _, organisationId) = await App.ProviderServiceAsync();
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        async Task<int> Referrals() => await App.InDatabaseAsync(db => db.OnwardReferrals.CountAsync(r => r.PersonId == personId));

        var wrongOwner = await team.SendFhirAsync(HttpMethod.Post, "/fhir", FhirBundles.OnwardReferral(personId, serviceId, await App.OtherProviderAsync()));
        Assert.StartsWith("Bundle.entry[1]: Task.owner", await wrongOwner.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);

        // The person withdraws consent to share: the draft is made, the send is refused, and the draft goes with it.
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ShareWithReferredOrganisations", given = false })).JsonAsync(HttpStatusCode.OK);
        var noConsent = await team.SendFhirAsync(HttpMethod.Post, "/fhir", FhirBundles.OnwardReferral(personId, serviceId, organisationId));
        Assert.Contains("consented", await noConsent.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);

        var noNote = await team.SendFhirAsync(HttpMethod.Post, "/fhir", FhirBundles.OnwardReferral(personId, serviceId, organisationId, "draft", note: " "));
        Assert.StartsWith("Bundle.entry[0]:", await noNote.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
        Assert.Equal(0, await Referrals());

        // As a draft the same referral is taken: consent is needed to send, not to draft.
        var drafted = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir", FhirBundles.OnwardReferral(personId, serviceId, organisationId, "draft"))).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("W/\"1\"", drafted.GetProperty("entry")[1].GetProperty("response").GetProperty("etag").GetString());
        Assert.Equal(1, await Referrals());

        var referrer = await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer));
        await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", FhirBundles.OnwardReferral(personId, serviceId, organisationId))).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task An_ehr_refers_someone_into_the_programme_by_transaction_and_learns_nothing_about_who_is_known()
    {
        var referrer = await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer));
        var nhs = FhirBundles.NewNhsNumber();
        string Bundle(object patient) => FhirBundles.Transaction(
            FhirBundles.Entry("urn:uuid:0a000000-0000-4000-8000-000000000001", patient, "Patient"),
            FhirBundles.Entry("urn:uuid:0a000000-0000-4000-8000-000000000002", new
            {
                resourceType = "ServiceRequest", status = "active", intent = "order",
                category = new[] { new { coding = new[] { new { system = FhirTransaction.ReferralSourceSystem, code = "general-practice" } } } },
                code = new { coding = new[] { new { system = "http://snomed.info/sct", code = "871731000000106", display = "Referral to social prescribing service" } } },
                reasonCode = new[] { new { text = "Lonely since moving to the area" } },
                subject = new { reference = "urn:uuid:0a000000-0000-4000-8000-000000000001" },
            }, "ServiceRequest"));

        var first = await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(FhirBundles.Patient(nhs)))).FhirAsync(HttpStatusCode.OK);
        var second = await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(FhirBundles.Patient(nhs)))).FhirAsync(HttpStatusCode.OK);

        foreach (var answer in new[] { first, second })
        {
            var patient = answer.GetProperty("entry")[0].GetProperty("response");
            Assert.Equal("201 Created", patient.GetProperty("status").GetString());
            Assert.False(patient.TryGetProperty("location", out _));
        }

        // The referrer follows its referral as the ServiceRequest and the Task with the episode's id.
        var requestUrl = second.GetProperty("entry")[1].GetProperty("response").GetProperty("location").GetString()!;
        Assert.StartsWith("ServiceRequest/", requestUrl, StringComparison.Ordinal);
        var episodeId = Guid.Parse(requestUrl["ServiceRequest/".Length..]);
        var request = await (await referrer.GetAsync($"/fhir/{requestUrl}")).FhirAsync(HttpStatusCode.OK);
        Assert.Contains(request.GetProperty("category").EnumerateArray().SelectMany(c => c.GetProperty("coding").EnumerateArray()),
            c => c.GetProperty("code").GetString() == "general-practice");
        var episode = await (await referrer.GetAsync($"/api/v1/episodes/{episodeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("GeneralPractice", episode.GetProperty("source").GetString());
        var number = Domain.People.NhsNumber.Parse(nhs);
        var people = await App.InDatabaseAsync(db => db.People.Where(p => p.NhsNumber == number).Select(p => p.Id).ToListAsync());
        var person = Assert.Single(people);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Episodes.CountAsync(e => e.PersonId == person)));

        var noBirthDate = await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", Bundle(FhirBundles.Patient(FhirBundles.NewNhsNumber(), birthDate: null)));
        Assert.StartsWith("Bundle.entry[0]: Patient.birthDate", await noBirthDate.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
        await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
        await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", "[1,2")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
    }

    [Fact]
    public async Task A_conditional_patient_create_answers_the_person_held_and_an_unconditional_duplicate_is_409()
    {
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var nhs = FhirBundles.NewNhsNumber();
        var body = JsonSerializer.Serialize(FhirBundles.Patient(nhs, "Bea", "Okonjo", "1979-09-30"));
        HttpRequestMessage Post(bool conditional)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/fhir+json") };
            if (conditional)
            {
                request.Headers.Add("If-None-Exist", $"identifier=https://fhir.nhs.uk/Id/nhs-number|{nhs}");
            }

            return request;
        }

        var created = await team.SendAsync(Post(conditional: true));
        var patient = await created.FhirAsync(HttpStatusCode.Created);
        var id = patient.GetProperty("id").GetString();
        Assert.EndsWith($"/fhir/Patient/{id}", created.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal("W/\"1\"", created.Headers.ETag?.ToString());
        Assert.Equal(nhs, patient.GetProperty("identifier")[0].GetProperty("value").GetString());

        var again = await team.SendAsync(Post(conditional: true));
        Assert.Equal(id, (await again.FhirAsync(HttpStatusCode.OK)).GetProperty("id").GetString());
        Assert.Contains($"Patient/{id}", await (await team.SendAsync(Post(conditional: false))).OutcomeAsync(HttpStatusCode.Conflict, "conflict"), StringComparison.Ordinal);

        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await (await provider.SendAsync(Post(conditional: true))).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
        var badPostcode = JsonSerializer.Serialize(FhirBundles.Patient(FhirBundles.NewNhsNumber())).Replace("S60 1AA", "not a postcode", StringComparison.Ordinal);
        var refused = await team.SendFhirAsync(HttpMethod.Post, "/fhir/Patient", badPostcode);
        Assert.StartsWith("Patient.address.postalCode", await refused.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
    }

    /// <summary>One of the IG's Procedure examples, as JSON, contained in a Task for this person (meta and the IG's own references dropped).</summary>
    private static JsonObject IgProcedure(string file, Guid personId)
    {
        var path = System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.Standards, "fhir-sdoh-clinicalcare"), file, SearchOption.AllDirectories).Single();
        var resource = FhirXml.TryParse(File.ReadAllText(path), out var problems) ?? throw new InvalidOperationException(string.Join("; ", problems));
        var json = JsonNode.Parse(FhirJson.Serialize(resource))!.AsObject();
        json["id"] = "done";
        json.Remove("meta");
        json.Remove("text");
        json.Remove("reasonReference");
        json["subject"] = new JsonObject { ["reference"] = $"Patient/{personId}" };
        return json;
    }
}

public sealed class SqliteFhirCreateAndTransactionTests(SqliteApp app) : FhirCreateAndTransactionTests<SqliteApp>(app);

public sealed class PostgresFhirCreateAndTransactionTests(PostgresApp app) : FhirCreateAndTransactionTests<PostgresApp>(app);
