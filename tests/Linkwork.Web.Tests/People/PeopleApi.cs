using System.Net.Http.Json;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwork.Web.Tests.People;

/// <summary>Helpers for the people tests: a fresh, unlikely person per test so tests sharing a database never meet.</summary>
public static class PeopleApi
{
    private static int _dayOffset;

    /// <summary>A birth date no other test in the class uses, so no one else is a possible duplicate.</summary>
    public static DateOnly UniqueBirthDate() => new DateOnly(1931, 1, 1).AddDays(Interlocked.Increment(ref _dayOffset) * 3);

    public static string UniqueName(string stem) => stem + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray());

    public static Dictionary<string, object?> NewPerson(string given, string family, DateOnly born, string? nhsNumber = null) => new()
    {
        ["givenName"] = given,
        ["familyName"] = family,
        ["dateOfBirth"] = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sex"] = "Female",
        ["nhsNumber"] = nhsNumber,
        ["mobile"] = "07700 900123",
        ["postcode"] = "s65 1ab",
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", body);
        var text = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A valid NHS number no test has used: nine random digits and their check digit.</summary>
    public static string NewNhsNumber()
    {
        while (true)
        {
            var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + Random.Shared.Next(10))));
            if (NhsNumber.CheckDigitFor(nine) is { } check)
            {
                return nine + check;
            }
        }
    }

    public static async Task<Person> StoredAsync(LinkworkApp app, Guid id)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        return await db.People.AsNoTracking().Include(p => p.LocalIdentifiers).Include(p => p.HouseholdContacts).Include(p => p.ConsentDecisions).AsSplitQuery()
            .SingleAsync(p => p.Id == id);
    }

    public static async Task<int> AuditCountAsync(LinkworkApp app, string action, Guid recordId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var id = recordId.ToString();
        return await db.AuditEntries.CountAsync(e => e.Action == action && e.RecordId == id);
    }
}
