using System.Net;
using System.Net.Http.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>Onward referrals as Task and ServiceRequest over /fhir: each organisation's client sees its own, searches page, _include works.</summary>
public abstract class FhirReferralApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task A_provider_reads_its_referrals_task_and_service_request_and_not_another_organisations()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 1);
        var id = referrals[0];
        var organisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var provider = await App.ApiClientAsync("provider-staff", organisation);

        var response = await provider.GetAsync($"/fhir/Task/{id}");
        var task = await response.FhirAsync(HttpStatusCode.OK);

        // The provider's first read opens it, as over /api: requested becomes received.
        Assert.Equal("received", task.GetProperty("status").GetString());
        Assert.Equal("opened", task.GetProperty("businessStatus").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("order", task.GetProperty("intent").GetString());
        Assert.Equal($"ServiceRequest/{id}", task.GetProperty("focus").GetProperty("reference").GetString());
        Assert.Equal($"Patient/{personId}", task.GetProperty("for").GetProperty("reference").GetString());
        Assert.Equal($"Organization/{organisation}", task.GetProperty("owner").GetProperty("reference").GetString());
        Assert.StartsWith("Organization/", task.GetProperty("requester").GetProperty("reference").GetString(), StringComparison.Ordinal);
        var version = task.GetProperty("meta").GetProperty("versionId").GetString();
        Assert.Equal("3", version);
        Assert.Equal($"W/\"{version}\"", response.Headers.ETag?.ToString());

        var request = await (await provider.GetAsync($"/fhir/ServiceRequest/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("active", request.GetProperty("status").GetString());
        Assert.Equal($"Organization/{organisation}", request.GetProperty("performer")[0].GetProperty("reference").GetString());
        Assert.Contains(request.GetProperty("category").EnumerateArray(), c => c.GetProperty("coding")[0].GetProperty("code").GetString() == "food-insecurity");

        var clientId = await App.InDatabaseAsync(db => db.ApiClients.OrderByDescending(c => c.CreatedAt).Select(c => c.Id).FirstAsync());
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "referral.read" && a.RecordId == id.ToString() && a.ActorId == clientId)));

        var other = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        await (await other.GetAsync($"/fhir/Task/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await other.GetAsync($"/fhir/ServiceRequest/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await other.GetAsync($"/fhir/Patient/{personId}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await provider.GetAsync("/fhir/Task/not-one-of-ours")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
    }

    /// <summary>A read by id checks access on the row it read (<c>PathwayAccess.Sees</c>): each caller as the REST API's list would.</summary>
    [Fact]
    public async Task A_task_read_by_id_answers_only_those_who_may_see_the_referral()
    {
        var (_, referrals) = await App.SentReferralsAsync(count: 1);
        var sent = referrals[0];
        var draft = await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == sent)
            .Select(r => new { r.EpisodeId, r.ServiceId }).SingleAsync());
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var drafted = (await (await worker.PostAsJsonAsync("/api/v1/referrals", new { draft.EpisodeId, draft.ServiceId, note = "Not sent yet" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        Assert.Equal("draft", (await (await team.GetAsync($"/fhir/Task/{drafted}")).FhirAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        await (await provider.GetAsync($"/fhir/Task/{drafted}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await provider.GetAsync($"/fhir/Task/{sent}")).FhirAsync(HttpStatusCode.OK);
        var outsiders = new[]
        {
            await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync()),
            await App.ApiClientAsync("referrer", await App.OrganisationOfAsync(Role.Referrer)),
            await App.LinkWorkerElsewhereAsync(),
        };
        foreach (var outsider in outsiders)
        {
            await (await outsider.GetAsync($"/fhir/Task/{sent}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
            await (await outsider.GetAsync($"/fhir/ServiceRequest/{drafted}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        }
    }

    [Fact]
    public async Task A_provider_sees_only_the_shared_details_of_a_referred_person_and_the_team_sees_the_record()
    {
        var (personId, _) = await App.SentReferralsAsync(count: 1);
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        var shared = await (await provider.GetAsync($"/fhir/Patient/{personId}")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(personId.ToString(), shared.GetProperty("id").GetString());
        Assert.True(shared.TryGetProperty("birthDate", out _));
        Assert.False(shared.TryGetProperty("identifier", out _));
        Assert.False(shared.TryGetProperty("telecom", out _));
        Assert.False(shared.TryGetProperty("gender", out _));
        Assert.NotNull(shared.GetProperty("meta").GetProperty("versionId").GetString());
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "person.read" && a.RecordId == personId.ToString())));

        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var response = await team.GetAsync($"/fhir/Patient/{personId}");
        var whole = await response.FhirAsync(HttpStatusCode.OK);
        Assert.True(whole.TryGetProperty("gender", out _));
        var version = await App.InDatabaseAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Version).SingleAsync());
        Assert.Equal($"W/\"{version}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Searching_by_patient_and_status_pages_with_a_next_link_that_works()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 3);
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        var first = await (await provider.GetAsync($"/fhir/Task?patient=Patient/{personId}&status=requested&_count=2")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal("searchset", first.GetProperty("type").GetString());
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        var page1 = first.Entries("match").Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, page1.Count);
        var next = first.Link("next");
        Assert.NotNull(next);

        var second = await (await provider.GetAsync(next)).FhirAsync(HttpStatusCode.OK);
        var page2 = second.Entries("match").Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Null(second.Link("next"));
        Assert.Equal(referrals.Select(r => r.ToString()).Order(), page1.Concat(page2).Order());

        // Opening one moves it out of "requested" and into "received".
        await provider.GetAsync($"/fhir/Task/{referrals[0]}");
        var requested = await (await provider.GetAsync($"/fhir/Task?patient={personId}&status=requested")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(2, requested.GetProperty("total").GetInt32());
        var either = await (await provider.GetAsync($"/fhir/ServiceRequest?subject=Patient/{personId}&status=active")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(3, either.GetProperty("total").GetInt32());

        var other = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        var none = await (await other.GetAsync($"/fhir/Task?patient=Patient/{personId}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Include_brings_the_focus_service_request_and_the_patient_once_each()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 2);
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        var bundle = await (await provider.GetAsync($"/fhir/Task?patient={personId}&_include=Task:focus&_include=Task:patient")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(2, bundle.Entries("match").Count());
        var included = bundle.Entries("include").ToList();
        Assert.Equal(referrals.Select(r => r.ToString()).Order(),
            included.Where(r => r.GetProperty("resourceType").GetString() == "ServiceRequest").Select(r => r.GetProperty("id").GetString()).Order());
        Assert.Equal(personId.ToString(), included.Single(r => r.GetProperty("resourceType").GetString() == "Patient").GetProperty("id").GetString());

        var requests = await (await provider.GetAsync($"/fhir/ServiceRequest?patient={personId}&_include=ServiceRequest:subject")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("Patient", Assert.Single(requests.Entries("include")).GetProperty("resourceType").GetString());
    }

    [Theory]
    [InlineData("/fhir/Task?_count=many")]
    [InlineData("/fhir/Task?_count=-1")]
    [InlineData("/fhir/Task?patient=Patient/not-a-guid")]
    [InlineData("/fhir/Task?owner=Patient/0195f000-0000-7000-8000-000000000003")]
    [InlineData("/fhir/Task?status=finished")]
    [InlineData("/fhir/Task?_lastUpdated=yesterday")]
    [InlineData("/fhir/Task?_lastUpdated=xx2026-01-01")]
    [InlineData("/fhir/Task?code=referral")]
    [InlineData("/fhir/Task?performer=Organization/0195f000-0000-7000-8000-000000000003")]
    [InlineData("/fhir/Task?_revinclude=Task:focus")]
    [InlineData("/fhir/ServiceRequest?category=not-a-need")]
    [InlineData("/fhir/ServiceRequest?requester=Patient/0195f000-0000-7000-8000-000000000003")]
    [InlineData("/fhir/Organization?name=")]
    [InlineData("/fhir/HealthcareService?address=Leeds")]
    [InlineData("/fhir/Task?_include=Task:owner")]
    [InlineData("/fhir/ServiceRequest?status=requested")]
    [InlineData("/fhir/Task?_format=xml")]
    public async Task A_malformed_or_unsupported_search_is_refused_with_an_outcome(string url)
    {
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        var diagnostics = await (await provider.GetAsync(url)).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");

        Assert.False(string.IsNullOrWhiteSpace(diagnostics));
    }

    [Fact]
    public async Task Last_updated_bounds_a_search_and_the_directory_reads_as_organization_and_healthcare_service()
    {
        var (personId, _) = await App.SentReferralsAsync(count: 1);
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));
        var now = App.Clock.GetUtcNow();
        string Day(int offset) => now.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // The provider's Tasks only: the person's referral into the programme moved today too.
        var provider = await App.OrganisationOfAsync(Role.ProviderStaff);

        var within = await (await team.GetAsync($"/fhir/Task?patient={personId}&owner={provider}&_lastUpdated=ge{Day(-1)}&_lastUpdated=le{Day(0)}")).FhirAsync(HttpStatusCode.OK);
        var after = await (await team.GetAsync($"/fhir/Task?patient={personId}&owner={provider}&_lastUpdated=ge{Day(1)}")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(1, within.GetProperty("total").GetInt32());
        Assert.Equal(0, after.GetProperty("total").GetInt32());

        var (serviceId, name, organisationId) = await App.ProviderServiceAsync();
        var service = await (await team.GetAsync($"/fhir/HealthcareService/{serviceId}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(name, service.GetProperty("name").GetString());
        Assert.Equal($"Organization/{organisationId}", service.GetProperty("providedBy").GetProperty("reference").GetString());
        var organization = await (await team.GetAsync($"/fhir/Organization/{organisationId}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("Organization", organization.GetProperty("resourceType").GetString());
        await (await team.GetAsync($"/fhir/Organization/{Guid.NewGuid()}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
    }
}

public sealed class SqliteFhirReferralApiTests(SqliteApp app) : FhirReferralApiTests<SqliteApp>(app);

public sealed class PostgresFhirReferralApiTests(PostgresApp app) : FhirReferralApiTests<PostgresApp>(app);
