using System.Net;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>_revinclude, requester, code, category, and the directory searched by name.</summary>
public abstract class FhirSearchParameterTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Revinclude_brings_each_service_requests_task_and_requester_code_and_category_filter()
    {
        var (personId, referrals) = await App.SentReferralsAsync(count: 2);
        var team = await App.OrganisationOfAsync(Role.LinkWorker);
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        var bundle = await (await provider.GetAsync($"/fhir/ServiceRequest?patient={personId}&_revinclude=Task:focus")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(2, bundle.Entries("match").Count());
        var tasks = bundle.Entries("include").ToList();
        Assert.All(tasks, t => Assert.Equal("Task", t.GetProperty("resourceType").GetString()));
        Assert.Equal(referrals.Select(r => $"ServiceRequest/{r}").Order(), tasks.Select(t => t.GetProperty("focus").GetProperty("reference").GetString()).Order());

        async Task<int> TotalAsync(string url) => (await (await provider.GetAsync(url)).FhirAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        Assert.Equal(2, await TotalAsync($"/fhir/Task?patient={personId}&requester=Organization/{team}"));
        Assert.Equal(0, await TotalAsync($"/fhir/Task?patient={personId}&requester={await App.OtherProviderAsync()}"));
        Assert.Equal(2, await TotalAsync($"/fhir/ServiceRequest?patient={personId}&requester={team}"));
        Assert.Equal(2, await TotalAsync($"/fhir/Task?patient={personId}&code=http://hl7.org/fhir/CodeSystem/task-code|fulfill"));
        Assert.Equal(2, await TotalAsync($"/fhir/ServiceRequest?patient={personId}&code=http://snomed.info/sct|871731000000106"));
        Assert.Equal(2, await TotalAsync($"/fhir/ServiceRequest?patient={personId}&category=food-insecurity"));
        Assert.Equal(2, await TotalAsync($"/fhir/ServiceRequest?patient={personId}&category=homelessness,food-insecurity"));
        Assert.Equal(0, await TotalAsync($"/fhir/ServiceRequest?patient={personId}&category=homelessness"));
        Assert.Equal(2, await TotalAsync($"/fhir/ServiceRequest?patient={personId}&category=http://snomed.info/sct|410606002"));
    }

    [Fact]
    public async Task The_directory_is_searched_by_the_start_of_a_name_in_any_case_and_pages()
    {
        var (serviceId, name, organisationId) = await App.ProviderServiceAsync();
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var services = await (await team.GetAsync($"/fhir/HealthcareService?name={Uri.EscapeDataString(name[..4].ToUpperInvariant())}")).FhirAsync(HttpStatusCode.OK);

        Assert.Contains(services.Entries("match"), s => s.GetProperty("id").GetString() == serviceId.ToString());
        Assert.All(services.Entries("match"), s => Assert.StartsWith(name[..4], s.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase));
        var middle = await (await team.GetAsync($"/fhir/HealthcareService?name={Uri.EscapeDataString(name[1..])}")).FhirAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(middle.Entries("match"), s => s.GetProperty("id").GetString() == serviceId.ToString());
        var wildcard = await (await team.GetAsync("/fhir/Organization?name=%25")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(0, wildcard.GetProperty("total").GetInt32());

        var organisation = await (await team.GetAsync($"/fhir/Organization/{organisationId}")).FhirAsync(HttpStatusCode.OK);
        var organisationName = organisation.GetProperty("name").GetString()!;
        var byName = await (await team.GetAsync($"/fhir/Organization?name={Uri.EscapeDataString(organisationName.ToLowerInvariant())}")).FhirAsync(HttpStatusCode.OK);
        Assert.Contains(byName.Entries("match"), o => o.GetProperty("id").GetString() == organisationId.ToString());

        var first = await (await team.GetAsync("/fhir/Organization?_count=1")).FhirAsync(HttpStatusCode.OK);
        Assert.True(first.GetProperty("total").GetInt32() > 1);
        var second = await (await team.GetAsync(first.Link("next"))).FhirAsync(HttpStatusCode.OK);
        Assert.NotEqual(first.Entries("match").Single().GetProperty("id").GetString(), second.Entries("match").Single().GetProperty("id").GetString());
    }
}

public sealed class SqliteFhirSearchParameterTests(SqliteApp app) : FhirSearchParameterTests<SqliteApp>(app);

public sealed class PostgresFhirSearchParameterTests(PostgresApp app) : FhirSearchParameterTests<PostgresApp>(app);
