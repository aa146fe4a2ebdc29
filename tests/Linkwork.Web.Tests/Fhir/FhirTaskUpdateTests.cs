using System.Net;
using System.Text.Json.Nodes;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// A provider moves its Tasks by PUT and JSON Patch, through the same state machine as its REST inbox: If-Match guards
/// the version, an illegal move is 409 naming the allowed ones, a broken rule 422, and nothing is half-applied.
/// </summary>
public abstract class FhirTaskUpdateTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private const string StateSystem = "https://linkwork.org/fhir/CodeSystem/onward-referral-state";

    private async Task<(Guid Id, HttpClient Provider)> OpenedReferralAsync()
    {
        var (_, referrals) = await App.SentReferralsAsync(count: 1);
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await (await provider.GetAsync($"/fhir/Task/{referrals[0]}")).FhirAsync(HttpStatusCode.OK);
        return (referrals[0], provider);
    }

    private Task<OnwardReferralState> StateAsync(Guid id) => App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == id).Select(r => r.State).SingleAsync());

    private static JsonObject Business(string code) => new() { ["coding"] = new JsonArray(new JsonObject { ["system"] = StateSystem, ["code"] = code }) };

    [Fact]
    public async Task A_provider_accepts_by_put_with_if_match_and_the_rest_inbox_sees_the_same_move()
    {
        var (id, provider) = await OpenedReferralAsync();

        var (response, etag) = await provider.PutChangedTaskAsync(id, task =>
        {
            task["status"] = "accepted";
            task.Remove("businessStatus");
        });
        var task = await response.FhirAsync(HttpStatusCode.OK);

        Assert.Equal("W/\"3\"", etag);
        Assert.Equal("accepted", task.GetProperty("status").GetString());
        Assert.Equal("accepted", task.GetProperty("businessStatus").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("4", task.GetProperty("meta").GetProperty("versionId").GetString());
        Assert.Equal("W/\"4\"", response.Headers.ETag?.ToString());
        Assert.Equal(OnwardReferralState.Accepted, await StateAsync(id));
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "referral.accept" && a.RecordId == id.ToString())));
        Assert.Equal(OnwardReferralState.Accepted.ToString(),
            await App.InDatabaseAsync(db => db.PathwayEvents.Where(e => e.RecordId == id && e.Version == 4).Select(e => e.ToState).SingleAsync()));

        // The same Task again, at the version it was read at: stale, and nothing changes.
        await (await provider.SendFhirAsync(HttpMethod.Put, $"/fhir/Task/{id}", task.ToString(), ifMatch: etag)).OutcomeAsync(HttpStatusCode.PreconditionFailed, "conflict");
        Assert.Equal(4, await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()));
    }

    [Fact]
    public async Task Json_patch_moves_through_engaged_to_completed_with_a_procedure_the_requester_reads()
    {
        var (id, provider) = await OpenedReferralAsync();
        var personId = await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == id).Select(r => r.PersonId).SingleAsync());
        await (await provider.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "accepted" } }, "W/\"3\"")).FhirAsync(HttpStatusCode.OK);
        var engaged = await (await provider.PatchTaskAsync(id, new object[]
        {
            new { op = "test", path = "/status", value = "accepted" },
            new { op = "replace", path = "/status", value = "in-progress" },
        })).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("engaged", engaged.GetProperty("businessStatus").GetProperty("coding")[0].GetProperty("code").GetString());
        // No Procedure before completion: there is nothing done to report yet.
        await (await provider.GetAsync($"/fhir/Procedure/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");

        var completed = await (await provider.PatchTaskAsync(id, new object[]
        {
            new { op = "replace", path = "/status", value = "completed" },
            new { op = "add", path = "/contained", value = new object[] { new
            {
                resourceType = "Procedure", id = "done", status = "completed", subject = new { reference = $"Patient/{personId}" },
                code = new { coding = new[] { new { system = "http://snomed.info/sct", code = "710925007", display = "Provision of food" } } },
                note = new[] { new { text = "Weekly parcels for six weeks" } },
            } } },
            new { op = "add", path = "/output", value = new object[] { new
            {
                type = new { coding = new[] { new { system = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes", code = "resulting-activity" } } },
                valueReference = new { reference = "#done" },
            } } },
        })).FhirAsync(HttpStatusCode.OK);

        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal($"Procedure/{id}", completed.GetProperty("output")[0].GetProperty("valueReference").GetProperty("reference").GetString());
        Assert.False(completed.TryGetProperty("contained", out _));

        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var procedure = await (await team.GetAsync($"/fhir/Procedure/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("completed", procedure.GetProperty("status").GetString());
        Assert.Equal("710925007", procedure.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("Provision of food. Weekly parcels for six weeks", procedure.GetProperty("code").GetProperty("text").GetString());
        Assert.Equal($"ServiceRequest/{id}", procedure.GetProperty("basedOn")[0].GetProperty("reference").GetString());
        Assert.Equal(OnwardReferralState.Completed, await StateAsync(id));

        // Another provider finds neither the Task nor its outcome.
        var other = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        await (await other.GetAsync($"/fhir/Procedure/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await other.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "failed" } })).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task An_illegal_move_is_409_naming_the_allowed_moves_and_changes_nothing()
    {
        var (id, provider) = await OpenedReferralAsync();

        var (response, _) = await provider.PutChangedTaskAsync(id, task => task["businessStatus"] = Business("completed"));
        var diagnostics = await response.OutcomeAsync(HttpStatusCode.Conflict, "business-rule");

        Assert.Contains("Accepted, Waitlisted, NeedsInformation, Declined", diagnostics, StringComparison.Ordinal);
        Assert.Contains("accepted, waitlisted, needs-information, declined", diagnostics, StringComparison.Ordinal);
        Assert.Equal(OnwardReferralState.Opened, await StateAsync(id));
    }

    [Fact]
    public async Task A_decline_needs_its_reason_and_reads_back_with_it()
    {
        var (id, provider) = await OpenedReferralAsync();

        var (missing, _) = await provider.PutChangedTaskAsync(id, task => task["status"] = "rejected");
        Assert.Contains("needs its reason", await missing.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);
        Assert.Equal(OnwardReferralState.Opened, await StateAsync(id));

        var (declined, _) = await provider.PutChangedTaskAsync(id, task =>
        {
            task["status"] = "rejected";
            task["statusReason"] = new JsonObject { ["text"] = "NoCapacity: full until March" };
        });
        var task = await declined.FhirAsync(HttpStatusCode.OK);

        Assert.Equal("rejected", task.GetProperty("status").GetString());
        Assert.Equal("NoCapacity: full until March", task.GetProperty("statusReason").GetProperty("text").GetString());
        Assert.Equal(DeclineReason.NoCapacity, await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == id).Select(r => r.DeclineReason).SingleAsync()));
    }

    [Fact]
    public async Task A_status_standing_for_several_endings_needs_business_status_and_business_status_wins()
    {
        var (id, provider) = await OpenedReferralAsync();
        await (await provider.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "accepted" } })).FhirAsync(HttpStatusCode.OK);

        var ambiguous = await provider.PatchTaskAsync(id, new object[] { new { op = "replace", path = "/status", value = "failed" } });
        Assert.Contains("could-not-contact", await ambiguous.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule"), StringComparison.Ordinal);

        // businessStatus says which; a status that disagrees with it loses.
        var ended = await (await provider.PatchTaskAsync(id, new object[]
        {
            new { op = "replace", path = "/status", value = "cancelled" },
            new { op = "replace", path = "/businessStatus", value = Business("did-not-attend") },
        })).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("failed", ended.GetProperty("status").GetString());
        Assert.Equal(OnwardReferralState.DidNotAttend, await StateAsync(id));
    }

    [Fact]
    public async Task Fields_the_provider_may_not_change_are_422_and_the_link_workers_side_is_not_the_providers()
    {
        var (id, provider) = await OpenedReferralAsync();
        var other = await App.OtherProviderAsync();

        var (moved, _) = await provider.PutChangedTaskAsync(id, task =>
        {
            task["status"] = "accepted";
            task["owner"] = new JsonObject { ["reference"] = $"Organization/{other}" };
            task["focus"] = new JsonObject { ["reference"] = $"ServiceRequest/{Guid.NewGuid()}" };
        });
        var diagnostics = await moved.OutcomeAsync(HttpStatusCode.UnprocessableEntity, "business-rule");
        Assert.Contains("Task.focus, Task.owner", diagnostics, StringComparison.Ordinal);
        Assert.Equal(OnwardReferralState.Opened, await StateAsync(id));

        // Displays may differ: a reference is its target.
        var (renamed, _) = await provider.PutChangedTaskAsync(id, task =>
        {
            task["status"] = "accepted";
            task["owner"]!["display"] = "Another name for us";
        });
        await renamed.FhirAsync(HttpStatusCode.OK);

        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var (byTeam, _) = await team.PutChangedTaskAsync(id, task => task["status"] = "in-progress");
        await byTeam.OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(OnwardReferralState.Accepted, await StateAsync(id));
    }

    [Theory]
    [InlineData("PUT", "application/fhir+json", "{not json", "invalid", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "application/fhir+json", "{\"resourceType\":\"Task\",\"status\":\"accepted\",\"bogus\":1}", "invalid", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "application/fhir+json", "{\"resourceType\":\"Patient\"}", "invalid", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "application/xml", "<Task/>", "not-supported", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("PATCH", "application/json-patch+json", "{\"op\":\"replace\"}", "invalid", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", "application/json-patch+json", "[{\"op\":\"frobnicate\",\"path\":\"/status\"}]", "invalid", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", "application/json-patch+json", "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"not-a-status\"}]", "invalid", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", "application/json-patch+json", "[{\"op\":\"remove\",\"path\":\"/nowhere/3\"}]", "business-rule", HttpStatusCode.UnprocessableEntity)]
    [InlineData("PATCH", "application/fhir+json", "[]", "not-supported", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_writes_are_refused_with_an_outcome_and_change_nothing(string method, string mediaType, string body, string code, HttpStatusCode status)
    {
        var (id, provider) = await OpenedReferralAsync();

        var diagnostics = await (await provider.SendFhirAsync(new HttpMethod(method), $"/fhir/Task/{id}", body, mediaType: mediaType)).OutcomeAsync(status, code);

        Assert.False(string.IsNullOrWhiteSpace(diagnostics));
        Assert.Equal(OnwardReferralState.Opened, await StateAsync(id));
        await (await provider.SendFhirAsync(HttpMethod.Put, $"/fhir/Task/{id}", "{}", ifMatch: "three")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
    }
}

public sealed class SqliteFhirTaskUpdateTests(SqliteApp app) : FhirTaskUpdateTests<SqliteApp>(app);

public sealed class PostgresFhirTaskUpdateTests(PostgresApp app) : FhirTaskUpdateTests<PostgresApp>(app);
