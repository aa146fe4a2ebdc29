using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Access;

public abstract class ApiTokenTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Without_a_token_the_API_answers_401_with_a_problem_document()
    {
        var response = await App.NewClient().GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("bearer token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_token_identifies_the_client_its_role_and_organisation()
    {
        var created = await CreateClientAsync("link-worker");

        var response = await Call(created.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(created.Client.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("ApiClient", me.GetProperty("kind").GetString());
        Assert.Equal("LinkWorker", me.GetProperty("role").GetString());
        Assert.Equal(created.Client.OrganisationId, me.GetProperty("organisation").GetGuid());
    }

    [Fact]
    public async Task Only_the_hash_of_the_token_is_stored()
    {
        var created = await CreateClientAsync("integrating-system");

        await using var scope = App.Scope();
        var stored = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().ApiClients.SingleAsync(c => c.Id == created.Client.Id);
        Assert.Equal(ApiTokens.Hash(created.Token), stored.TokenHash);
        Assert.DoesNotContain(created.Token[4..], stored.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_token_is_refused_and_says_so()
    {
        var response = await Call(ApiTokens.NewToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not recognised", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_says_when_it_expired()
    {
        var created = await CreateClientAsync("referrer", expiresInDays: 1);
        Assert.Equal(HttpStatusCode.OK, (await Call(created.Token)).StatusCode);

        App.Clock.Advance(TimeSpan.FromDays(2));
        try
        {
            var response = await Call(created.Token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            App.Clock.Advance(TimeSpan.FromDays(-2));
        }
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var created = await CreateClientAsync("provider-staff");
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<RevokeApiClient>().HandleAsync(created.Client.Id);
        }

        var response = await Call(created.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_client_is_audited_and_bad_requests_are_explained()
    {
        var created = await CreateClientAsync("analyst");
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "api-client.created" && e.RecordId == created.Client.Id.ToString()));

        var create = scope.ServiceProvider.GetRequiredService<CreateApiClient>();
        var badRole = await Assert.ThrowsAsync<DomainRuleException>(() => create.HandleAsync(new("x", "doctor", null)));
        Assert.Contains("'doctor' is not a role", badRole.Message, StringComparison.Ordinal);
        var badOrganisation = await Assert.ThrowsAsync<DomainRuleException>(() => create.HandleAsync(new("x", "referrer", "No Such Practice")));
        Assert.Contains("No organisation is called", badOrganisation.Message, StringComparison.Ordinal);
        var person = await Assert.ThrowsAsync<DomainRuleException>(() => create.HandleAsync(new("x", "person", null)));
        Assert.Contains("Person role", person.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_endpoint_answers_with_the_programmes_settings()
    {
        var created = await CreateClientAsync("referrer");
        var client = App.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);

        var programme = await client.GetFromJsonAsync<JsonElement>("/api/v1/programme");

        Assert.Equal("GB", programme.GetProperty("country").GetString());
        Assert.Equal("UkSnomedCt", programme.GetProperty("codingProfile").GetString());
        Assert.Equal("Social prescribing link worker", programme.GetProperty("roleTitles").GetProperty("linkWorker").GetString());
    }

    private async Task<CreateApiClient.Result> CreateClientAsync(string role, int? expiresInDays = null)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<CreateApiClient>()
            .HandleAsync(new CreateApiClient.Command("Test system " + Guid.NewGuid().ToString("N")[..6], role, null, expiresInDays));
    }

    private Task<HttpResponseMessage> Call(string token)
    {
        var client = App.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.GetAsync("/api/v1/me");
    }
}

public sealed class SqliteApiTokenTests(SqliteApp app) : ApiTokenTests<SqliteApp>(app);

public sealed class PostgresApiTokenTests(PostgresApp app) : ApiTokenTests<PostgresApp>(app);
