using System.Net;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Access;

public abstract class AuthorisationTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await App.NewClient().GetAsync("/app");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2Fapp", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Referrer, "/app/admin")]
    [InlineData(Role.LinkWorker, "/app/admin/audit")]
    [InlineData(Role.Person, "/app")]
    [InlineData(Role.ProviderStaff, "/me")]
    public async Task A_forbidden_page_gets_a_clear_answer(Role role, string page)
    {
        var client = await App.SignedInAsAsync(role);

        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("You do not have access to this page", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_staff_see_their_own_organisation_but_not_another()
    {
        var (own, other) = await TwoProvidersAsync();
        var client = await App.SignedInAsAsync(Role.ProviderStaff);

        var ownPage = await client.GetAsync($"/app/organisations/{own.Id}");
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(own.Name), await ownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var otherPage = await client.GetAsync($"/app/organisations/{other.Id}");
        Assert.Equal(HttpStatusCode.Redirect, otherPage.StatusCode);
        Assert.StartsWith("/account/access-denied", otherPage.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_workers_see_every_organisation_of_their_programme()
    {
        var (_, other) = await TwoProvidersAsync();
        var client = await App.SignedInAsAsync(Role.LinkWorker);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/app/organisations/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_users_call_the_API_with_their_cookie_but_people_do_not()
    {
        var staff = await App.SignedInAsAsync(Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/v1/me")).StatusCode);

        var person = await App.SignedInAsAsync(Role.Person);
        var refused = await person.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_person_reading_their_record_is_audited()
    {
        var client = await App.SignedInAsAsync(Role.Person);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/me")).StatusCode);

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var account = await db.Users.SingleAsync(u => u.Role == Role.Person);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "person.read" && e.ActorId == account.Id && e.RecordId == account.PersonId.ToString()));
    }

    [Fact]
    public async Task The_audit_trail_pages_back_through_older_entries_keeping_the_filter()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var action = "test.paging-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            var programme = (await db.Programmes.FirstAsync()).Id;
            var start = App.Clock.GetUtcNow();
            db.AuditEntries.AddRange(Enumerable.Range(0, 60).Select(i => AuditEntry.Create(
                Guid.CreateVersion7(), programme, start.AddSeconds(i), AuditActorKind.User, null, action, "Test", $"record-{i:00}", "test")));
            await db.SaveChangesAsync();
        }

        var first = await admin.GetStringAsync($"/app/admin/audit?action={action}");
        Assert.Contains("record-59", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/admin/audit?page=2&amp;action={action}\"", first, StringComparison.Ordinal);

        var second = await admin.GetStringAsync($"/app/admin/audit?page=2&action={action}");
        Assert.Contains("record-09", second, StringComparison.Ordinal);
        Assert.DoesNotContain("record-59", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_sees_the_audit_trail()
    {
        await App.SignedInAsAsync(Role.Referrer);
        var admin = await App.SignedInAsAsync(Role.Administrator);

        var page = await admin.GetAsync("/app/admin/audit?action=sign-in.succeeded");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sign-in.succeeded", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrators_see_only_their_own_programmes_audit_trail_and_API_clients()
    {
        await App.SignedInAsAsync(Role.Referrer);
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<Linkwork.Web.Features.Access.CreateApiClient>()
                .HandleAsync(new("Demo programme's EHR bridge", "integrating-system", null));
        }

        var elsewhere = App.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.SignInAsync(await App.AccountOfAnotherProgrammeAsync(Role.Administrator))).StatusCode);

        var audit = await elsewhere.GetStringAsync("/app/admin/audit");
        var referrerId = await ReferrerIdAsync();
        Assert.DoesNotContain(referrerId.ToString(), audit, StringComparison.Ordinal);
        Assert.Contains("sign-in.succeeded", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("EHR bridge", await elsewhere.GetStringAsync("/app/admin"), StringComparison.Ordinal);

        var demoAdmin = await App.SignedInAsAsync(Role.Administrator);
        Assert.Contains(referrerId.ToString(), await demoAdmin.GetStringAsync("/app/admin/audit?action=sign-in.succeeded"), StringComparison.Ordinal);
        Assert.Contains("EHR bridge", await demoAdmin.GetStringAsync("/app/admin"), StringComparison.Ordinal);
    }

    private async Task<Guid> ReferrerIdAsync()
    {
        await using var scope = App.Scope();
        return (await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Users.SingleAsync(u => u.Role == Role.Referrer)).Id;
    }

    private async Task<(Organisation Own, Organisation Other)> TwoProvidersAsync()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var providerStaff = await db.Users.SingleAsync(u => u.Role == Role.ProviderStaff);
        var own = await db.Organisations.SingleAsync(o => o.Id == providerStaff.OrganisationId);
        var other = await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Provider && o.Id != own.Id);
        return (own, other);
    }
}

public sealed class SqliteAuthorisationTests(SqliteApp app) : AuthorisationTests<SqliteApp>(app);

public sealed class PostgresAuthorisationTests(PostgresApp app) : AuthorisationTests<PostgresApp>(app);
