using System.Net;
using System.Net.Http.Headers;
using Linkwork.Web.Tests.Support;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>Anonymous callers read the CapabilityStatement and nothing else; every refusal is an OperationOutcome.</summary>
public abstract class FhirMetadataAndAuthTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Anyone_reads_the_capability_statement_and_it_claims_only_what_is_served()
    {
        var statement = await (await App.NewClient().GetAsync("/fhir/metadata")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal("CapabilityStatement", statement.GetProperty("resourceType").GetString());
        Assert.Equal("4.0.1", statement.GetProperty("fhirVersion").GetString());
        Assert.StartsWith("2026-11-25", statement.GetProperty("date").GetString(), StringComparison.Ordinal);
        var resources = statement.GetProperty("rest")[0].GetProperty("resource").EnumerateArray().ToList();
        Assert.Equal(["Task", "ServiceRequest", "Patient", "Procedure", "Organization", "HealthcareService", "Location", "Consent", "Condition", "Goal", "Observation",
            "QuestionnaireResponse", "Practitioner", "PractitionerRole", "Subscription"], resources.Select(r => r.GetProperty("type").GetString()));
        string[] Interactions(int i) => [.. resources[i].GetProperty("interaction").EnumerateArray().Select(x => x.GetProperty("code").GetString()!)];
        Assert.Equal(["read", "vread", "history-instance", "search-type", "update", "patch"], Interactions(0));
        Assert.Equal(["read", "vread", "history-instance", "search-type"], Interactions(1));
        Assert.Equal(["read", "search-type", "create"], Interactions(2));
        Assert.True(resources[2].GetProperty("conditionalCreate").GetBoolean());
        // A ServiceRequest is made only within a transaction, where its ifNoneExist is honoured: no create interaction, said in words.
        Assert.True(resources[1].GetProperty("conditionalCreate").GetBoolean());
        Assert.Contains("transaction", resources[1].GetProperty("documentation").GetString(), StringComparison.Ordinal);
        Assert.False(resources[0].GetProperty("conditionalCreate").GetBoolean());
        Assert.Equal(["identifier", "name", "birthdate", "_count"],
            resources[2].GetProperty("searchParam").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["token", "string", "date", "number"],
            resources[2].GetProperty("searchParam").EnumerateArray().Select(p => p.GetProperty("type").GetString()));
        Assert.Equal(["read"], Interactions(3));
        Assert.All(Enumerable.Range(4, resources.Count - 5), i => Assert.Equal(["read", "search-type"], Interactions(i)));
        // Subscriptions are the one thing a client creates and deletes here, and only on the rest-hook channel.
        var subscription = resources[^1];
        Assert.Equal(["read", "search-type", "create", "delete"], Interactions(resources.Count - 1));
        Assert.False(subscription.TryGetProperty("searchParam", out _));
        Assert.Contains("rest-hook", subscription.GetProperty("documentation").GetString(), StringComparison.Ordinal);
        Assert.Equal(["transaction"], statement.GetProperty("rest")[0].GetProperty("interaction").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var task = resources[0];
        // History comes from the pathway's event log: only the referral's resources have one.
        Assert.Equal(["Task", "ServiceRequest"], resources.Where(r => r.GetProperty("interaction").EnumerateArray()
            .Any(i => i.GetProperty("code").GetString() == "history-instance")).Select(r => r.GetProperty("type").GetString()));
        Assert.True(task.GetProperty("readHistory").GetBoolean());
        Assert.Equal(["patient", "owner", "status", "focus", "requester", "code", "_lastUpdated", "_count"],
            task.GetProperty("searchParam").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["Task:focus", "Task:patient"], task.GetProperty("searchInclude").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Task:focus"], resources[1].GetProperty("searchRevInclude").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("/fhir/Task/0195f000-0000-7000-8000-000000000001")]
    [InlineData("/fhir/Task?status=requested")]
    [InlineData("/fhir/ServiceRequest")]
    [InlineData("/fhir/Patient/0195f000-0000-7000-8000-000000000002")]
    [InlineData("/fhir/Patient?identifier=9434765919")]
    [InlineData("/fhir/Organization/0195f000-0000-7000-8000-000000000003")]
    [InlineData("/fhir/HealthcareService/0195f000-0000-7000-8000-000000000004")]
    [InlineData("/fhir/Condition")]
    [InlineData("/fhir/Consent?patient=0195f000-0000-7000-8000-000000000002")]
    [InlineData("/fhir/Task/0195f000-0000-7000-8000-000000000001/_history")]
    [InlineData("/fhir/Practitioner")]
    [InlineData("/fhir/Subscription")]
    public async Task Everything_but_the_metadata_needs_a_token(string url)
    {
        var anonymous = App.NewClient();
        var response = await anonymous.GetAsync(url);

        await response.OutcomeAsync(HttpStatusCode.Unauthorized, "login");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);

        var forged = App.NewClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "lwk_not-a-real-token");
        await (await forged.GetAsync(url)).OutcomeAsync(HttpStatusCode.Unauthorized, "login");
    }
}

public sealed class SqliteFhirMetadataAndAuthTests(SqliteApp app) : FhirMetadataAndAuthTests<SqliteApp>(app);

public sealed class PostgresFhirMetadataAndAuthTests(PostgresApp app) : FhirMetadataAndAuthTests<PostgresApp>(app);
