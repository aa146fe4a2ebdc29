using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>Small helpers for driving the pathway's REST API in tests.</summary>
internal static class PathwayApi
{
    public static async Task<Guid> SomePersonAsync(this LinkworkApp app, int index = 0)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        return await db.People.OrderBy(p => p.Id).Skip(index).Select(p => p.Id).FirstAsync();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> PostIfMatchAsync(this HttpClient client, string url, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static string? ETagOf(HttpResponseMessage response) => response.Headers.ETag?.Tag;

    public static async Task<T> InDatabaseAsync<T>(this LinkworkApp app, Func<LinkworkDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<LinkworkDbContext>());
    }

    public static EntityTagHeaderValue Tag(int version) => new($"\"{version}\"");
}
