using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>Arranges onward referrals over the REST API and reads them back over /fhir with API clients' tokens.</summary>
internal static class FhirArrange
{
    /// <summary>An API client of an organisation, with its bearer token on every request.</summary>
    public static async Task<HttpClient> ApiClientAsync(this LinkworkApp app, string role, Guid organisationId)
    {
        CreateApiClient.Result created;
        await using (var scope = app.Scope())
        {
            created = await scope.ServiceProvider.GetRequiredService<CreateApiClient>()
                .HandleAsync(new CreateApiClient.Command("FHIR test " + Guid.NewGuid().ToString("N")[..6], role, organisationId.ToString()));
        }

        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        return client;
    }

    public static Task<Guid> OrganisationOfAsync(this LinkworkApp app, Role role) =>
        app.InDatabaseAsync(db => db.Users.Where(u => u.Email == DemoAccounts.For(role).Email).Select(u => u.OrganisationId!.Value).SingleAsync());

    /// <summary>Another provider organisation of the same programme: its client must not see the demo provider's referrals.</summary>
    public static async Task<Guid> OtherProviderAsync(this LinkworkApp app)
    {
        var provider = await app.OrganisationOfAsync(Role.ProviderStaff);
        return await app.InDatabaseAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Provider && o.Id != provider).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
    }

    /// <summary>
    /// A person nobody has referred on yet (so the demo's referrals never count in a search), with consent to share, one
    /// accepted episode whose "what matters" found food insecurity, and <paramref name="count"/> referrals sent to the
    /// demo provider's service.
    /// </summary>
    public static async Task<(Guid PersonId, IReadOnlyList<Guid> Referrals)> SentReferralsAsync(this LinkworkApp app, int count)
    {
        var worker = await app.SignedInAsAsync(Role.LinkWorker);
        var personId = await app.InDatabaseAsync(db => db.People
            .Where(p => p.MergedIntoId == null && !db.OnwardReferrals.Any(r => r.PersonId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        await (await worker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ShareWithReferredOrganisations", given = true })).JsonAsync(HttpStatusCode.OK);
        var episode = await (await worker.PostAsJsonAsync("/api/v1/episodes", new { personId, source = "GeneralPractice", reasons = "Struggling to afford food" }))
            .JsonAsync(HttpStatusCode.Created);
        var episodeId = episode.GetProperty("id").GetGuid();
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{episodeId}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await (await worker.PutAsJsonAsync($"/api/v1/episodes/{episodeId}/what-matters", new { inTheirWords = "Enough to eat", needs = new[] { new { category = "FoodInsecurity" } } }))
            .JsonAsync(HttpStatusCode.OK);
        var (serviceId, _, _) = await app.ProviderServiceAsync();
        var referrals = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var draft = await (await worker.PostAsJsonAsync("/api/v1/referrals", new { episodeId, serviceId, note = $"Referral {i}" })).JsonAsync(HttpStatusCode.Created);
            var id = draft.GetProperty("id").GetGuid();
            await (await worker.PostIfMatchAsync($"/api/v1/referrals/{id}/send", null, null)).JsonAsync(HttpStatusCode.OK);
            referrals.Add(id);
        }

        return (personId, referrals);
    }

    /// <summary>A FHIR write: the body with its media type, and If-Match when given.</summary>
    public static Task<HttpResponseMessage> SendFhirAsync(
        this HttpClient client, HttpMethod method, string url, string body, string? ifMatch = null, string mediaType = "application/fhir+json")
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>A JSON Patch of a Task.</summary>
    public static Task<HttpResponseMessage> PatchTaskAsync(this HttpClient client, Guid id, object operations, string? ifMatch = null) =>
        client.SendFhirAsync(HttpMethod.Patch, $"/fhir/Task/{id}", JsonSerializer.Serialize(operations), ifMatch, "application/json-patch+json");

    /// <summary>The Task as read, with <paramref name="change"/> made to its JSON: what a provider's system PUTs back.</summary>
    public static async Task<(HttpResponseMessage Response, string Etag)> PutChangedTaskAsync(this HttpClient client, Guid id, Action<System.Text.Json.Nodes.JsonObject> change, bool sendIfMatch = true)
    {
        var read = await client.GetAsync($"/fhir/Task/{id}");
        var etag = read.Headers.ETag!.ToString();
        var task = System.Text.Json.Nodes.JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        change(task);
        return (await client.SendFhirAsync(HttpMethod.Put, $"/fhir/Task/{id}", task.ToJsonString(), sendIfMatch ? etag : null), etag);
    }

    /// <summary>The body as JSON after checking the status and that FHIR's media type came back, whatever the status.</summary>
    public static async Task<JsonElement> FhirAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>An error answer: an OperationOutcome with at least one issue of the given code.</summary>
    public static async Task<string> OutcomeAsync(this HttpResponseMessage response, HttpStatusCode expected, string issueCode)
    {
        var outcome = await response.FhirAsync(expected);
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        var issue = outcome.GetProperty("issue")[0];
        Assert.Equal(issueCode, issue.GetProperty("code").GetString());
        return issue.GetProperty("diagnostics").GetString()!;
    }

    public static IEnumerable<JsonElement> Entries(this JsonElement bundle, string mode) =>
        bundle.TryGetProperty("entry", out var entries)
            ? entries.EnumerateArray().Where(e => e.GetProperty("search").GetProperty("mode").GetString() == mode).Select(e => e.GetProperty("resource"))
            : [];

    public static string? Link(this JsonElement bundle, string relation) =>
        bundle.GetProperty("link").EnumerateArray().Where(l => l.GetProperty("relation").GetString() == relation).Select(l => l.GetProperty("url").GetString()).FirstOrDefault();
}
