using System.Net;
using System.Net.Http.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Tests.Support;
using Xunit;
using static Linkwork.Web.Tests.People.PeopleApi;

namespace Linkwork.Web.Tests.People;

/// <summary>The ethnicity code list is a programme setting: England's 2021 census categories until an administrator changes it.</summary>
public abstract class EthnicityCodesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task An_administrators_own_list_decides_which_codes_a_person_may_have()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var byDefault = await JsonAsync(await worker.GetAsync("/api/v1/programme/ethnicity-codes"));
        Assert.True(byDefault.GetProperty("isDefault").GetBoolean());
        Assert.Equal(19, byDefault.GetProperty("codes").GetArrayLength());

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsJsonAsync("/api/v1/programme/ethnicity-codes", new { codes = new[] { new { code = "X1", display = "X" } } })).StatusCode);
        var set = await admin.PutAsJsonAsync("/api/v1/programme/ethnicity-codes", new { codes = new[] { new { code = "W1", display = "White" }, new { code = "O1", display = "Other" } } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        try
        {
            var body = NewPerson("Edna", UniqueName("Coded"), UniqueBirthDate());
            body["ethnicityCode"] = "A4";
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await worker.PostAsJsonAsync("/api/v1/people", body)).StatusCode);
            body["ethnicityCode"] = "w1";
            Assert.Equal("W1", (await CreateAsync(worker, body)).GetProperty("ethnicityCode").GetString());
            Assert.Contains("O1 | Other", await admin.GetStringAsync("/app/admin/ethnicity-codes"), StringComparison.Ordinal);

            var duplicate = await admin.PutAsJsonAsync("/api/v1/programme/ethnicity-codes", new { codes = new[] { new { code = "W1", display = "White" }, new { code = "w1", display = "Again" } } });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        }
        finally
        {
            var reset = await admin.PostFormAsync("/app/admin/ethnicity-codes", new Dictionary<string, string>(), "/app/admin/ethnicity-codes?handler=Default");
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        Assert.True((await JsonAsync(await worker.GetAsync("/api/v1/programme/ethnicity-codes"))).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task The_settings_page_explains_a_line_it_cannot_read()
    {
        var admin = await App.SignedInAsAsync(Role.Administrator);
        var response = await admin.PostFormAsync("/app/admin/ethnicity-codes", new Dictionary<string, string> { ["Codes"] = "A1 | One\nno bar here" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Line 2 needs a code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteEthnicityCodesTests(SqliteApp app) : EthnicityCodesTests<SqliteApp>(app);

public sealed class PostgresEthnicityCodesTests(PostgresApp app) : EthnicityCodesTests<PostgresApp>(app);
