using System.Net;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>vread and history of Task and ServiceRequest, read from the pathway's event log.</summary>
public abstract class FhirHistoryTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Each_move_of_a_referral_is_a_version_whose_id_matches_the_read_etag()
    {
        var (_, referrals) = await App.SentReferralsAsync(count: 1);
        var id = referrals[0];
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await provider.GetAsync($"/fhir/Task/{id}");
        var staff = await App.SignedInAsAsync(Role.ProviderStaff);
        await (await staff.PostIfMatchAsync($"/api/v1/referrals/{id}/decline", new { declineReason = "NoCapacity", note = "Full until spring" }, null))
            .JsonAsync(HttpStatusCode.OK);
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var read = await team.GetAsync($"/fhir/Task/{id}");
        await read.FhirAsync(HttpStatusCode.OK);
        var history = await (await team.GetAsync($"/fhir/Task/{id}/_history")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal("history", history.GetProperty("type").GetString());
        var entries = history.GetProperty("entry").EnumerateArray().ToList();
        Assert.Equal(["4", "3", "2", "1"], entries.Select(e => e.GetProperty("resource").GetProperty("meta").GetProperty("versionId").GetString()));
        Assert.Equal(["rejected", "received", "requested", "draft"], entries.Select(e => e.GetProperty("resource").GetProperty("status").GetString()));
        Assert.Equal(read.Headers.ETag?.ToString(), entries[0].GetProperty("response").GetProperty("etag").GetString());
        Assert.Equal("NoCapacity: Full until spring", entries[0].GetProperty("resource").GetProperty("statusReason").GetProperty("text").GetString());
        Assert.Equal("POST", entries[3].GetProperty("request").GetProperty("method").GetString());
        Assert.False(entries[3].GetProperty("resource").TryGetProperty("statusReason", out _));
        var events = await App.InDatabaseAsync(db => db.PathwayEvents.Where(e => e.RecordId == id).OrderBy(e => e.Version).Select(e => e.At).ToListAsync());
        Assert.Equal(events.Count, entries.Count);

        var vread = await team.GetAsync($"/fhir/ServiceRequest/{id}/_history/2");
        var version2 = await vread.FhirAsync(HttpStatusCode.OK);
        Assert.Equal("W/\"2\"", vread.Headers.ETag?.ToString());
        Assert.Equal("2", version2.GetProperty("meta").GetProperty("versionId").GetString());
        Assert.Equal("active", version2.GetProperty("status").GetString());
        var current = await (await team.GetAsync($"/fhir/ServiceRequest/{id}/_history/4")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("revoked", current.GetProperty("status").GetString());

        var reads = await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "referral.read" && a.RecordId == id.ToString()));
        await team.GetAsync($"/fhir/Task/{id}/_history");
        Assert.Equal(reads + 1, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "referral.read" && a.RecordId == id.ToString())));
    }

    [Fact]
    public async Task A_provider_sees_the_history_from_sending_on_and_another_organisation_sees_none()
    {
        var (_, referrals) = await App.SentReferralsAsync(count: 1);
        var id = referrals[0];
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));

        // Reading the history is a read: the provider's first one opens the referral, which is then the newest version.
        var history = await (await provider.GetAsync($"/fhir/Task/{id}/_history")).FhirAsync(HttpStatusCode.OK);

        Assert.Equal(["3", "2"], history.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("meta").GetProperty("versionId").GetString()));
        await (await provider.GetAsync($"/fhir/Task/{id}/_history/1")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await provider.GetAsync($"/fhir/Task/{id}/_history/9")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await provider.GetAsync($"/fhir/Task/{id}/_history/first")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await provider.GetAsync($"/fhir/Task/{id}/_history?_count=1")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");

        var other = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        await (await other.GetAsync($"/fhir/Task/{id}/_history")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await other.GetAsync($"/fhir/ServiceRequest/{id}/_history/2")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
    }
}

public sealed class SqliteFhirHistoryTests(SqliteApp app) : FhirHistoryTests<SqliteApp>(app);

public sealed class PostgresFhirHistoryTests(PostgresApp app) : FhirHistoryTests<PostgresApp>(app);
