using System.Net;
using System.Text.Json.Nodes;
using Linkwork.Domain.Access;
using Linkwork.Interop.Fhir;
using Linkwork.Tests;
using Linkwork.Web.Tests.Support;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// Every example resource the SDOH Clinical Care IG publishes, sent where it applies: each is accepted or refused with an
/// OperationOutcome that says why, as expected for its type, and none is ever a 500.
/// </summary>
public sealed class FhirIgExampleWriteTests(SqliteApp app) : AppTests<SqliteApp>(app)
{
    private static readonly string Examples = Path.Combine(RepositoryPaths.Standards, "fhir-sdoh-clinicalcare", "stu2-2.0.0-xml");

    public static TheoryData<string> ExampleFiles => [.. System.IO.Directory.GetFiles(Examples, "*.xml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Examples, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Each_example_is_accepted_where_it_applies_or_refused_with_a_reason(string file)
    {
        var resource = FhirXml.TryParse(File.ReadAllText(Path.Combine(Examples, file)), out var problems);
        Assert.True(resource is not null, string.Join("; ", problems));
        var json = JsonNode.Parse(FhirJson.Serialize(resource))!.AsObject();
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        switch (resource.TypeName)
        {
            case "Patient":
                // Accepted as a person of the programme, keeping the hospital's record number, name and date of birth.
                var patient = await (await team.SendFhirAsync(HttpMethod.Post, "/fhir/Patient", json.ToJsonString())).FhirAsync(HttpStatusCode.Created);
                Assert.Equal("1032702", patient.GetProperty("identifier")[0].GetProperty("value").GetString());
                Assert.Equal("ABBAS", patient.GetProperty("name")[0].GetProperty("family").GetString());
                Assert.Equal("1987-02-20", patient.GetProperty("birthDate").GetString());
                break;
            case "ServiceRequest":
                // Its subject is the IG's patient, who is not held here.
                var request = await (await Transaction(team, json)).OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule");
                Assert.Contains("Bundle.entry[0]: ServiceRequest.subject refers to Patient/pat-53234", request, StringComparison.Ordinal);
                break;
            case "Task":
                // Sent back as one of our Tasks, it names another focus, patient and owner: not the provider's to change.
                var (_, referrals) = await App.SentReferralsAsync(count: 1);
                var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
                json["id"] = referrals[0].ToString();
                var task = await (await provider.SendFhirAsync(HttpMethod.Put, $"/fhir/Task/{referrals[0]}", json.ToJsonString())).OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule");
                Assert.Contains("Task.for", task, StringComparison.Ordinal);
                break;
            case "Procedure":
                // As what was done for one of our referrals, it names the IG's patient, not ours.
                var procedure = await (await CompleteWithAsync(json)).OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule");
                Assert.Contains("Procedure.subject names Patient/pat-53234", procedure, StringComparison.Ordinal);
                break;
            default:
                // Not a resource Linkwork creates: refused as not supported, naming where to look.
                var other = await (await team.SendFhirAsync(HttpMethod.Post, $"/fhir/{resource.TypeName}", json.ToJsonString())).OutcomeAsync(HttpStatusCode.NotFound, "not-supported");
                Assert.Contains("/fhir/metadata", other, StringComparison.Ordinal);
                break;
        }
    }

    private static Task<HttpResponseMessage> Transaction(HttpClient client, JsonObject resource) =>
        client.SendFhirAsync(HttpMethod.Post, "/fhir", new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "transaction",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["fullUrl"] = "urn:uuid:5d1c7a0e-0000-4000-8000-000000000001",
                ["resource"] = resource,
                ["request"] = new JsonObject { ["method"] = "POST", ["url"] = resource["resourceType"]!.GetValue<string>() },
            }),
        }.ToJsonString());

    private async Task<HttpResponseMessage> CompleteWithAsync(JsonObject procedure)
    {
        var (_, referrals) = await App.SentReferralsAsync(count: 1);
        var id = referrals[0];
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await (await provider.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "accepted" } })).FhirAsync(HttpStatusCode.OK);
        await (await provider.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "in-progress" } })).FhirAsync(HttpStatusCode.OK);
        procedure["id"] = "done";
        procedure.Remove("meta");
        return await provider.PatchTaskAsync(id, new object[]
        {
            new { op = "replace", path = "/status", value = "completed" },
            new { op = "add", path = "/contained", value = new JsonArray(procedure) },
            new { op = "add", path = "/output", value = new object[] { new { type = new { text = "Resulting Activity" }, valueReference = new { reference = "#done" } } } },
        });
    }
}
