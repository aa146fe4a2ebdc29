using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Features.People;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Linkwork.Web.Tests.People.PeopleApi;

namespace Linkwork.Web.Tests.People;

/// <summary>The postcode deprivation lookup: checked whole, applied whole, and used to fill people's deciles.</summary>
public abstract class DeprivationImportTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task One_bad_line_rejects_the_file_and_every_bad_line_is_reported()
    {
        var csv = """
            postcode,area code,decile
            S65 2AA,E01000001,4
            S65 2AB,E01000002,11
            NOT A POSTCODE,E01000003,5
            S65 2AC,E01000004
            S65 2AD,E01000005,seven
            s652aa,E01000006,2
            """;

        var report = await ImportAsync(csv);

        Assert.False(report.Applied);
        Assert.Equal([3, 4, 5, 6, 7], report.Errors.Select(e => e.Line));
        Assert.Contains("postcode S65 2AA appears more than once", report.Errors[^1].ToString(), StringComparison.Ordinal);
        Assert.False(await HasPostcodeAsync("S65 2AA"));
    }

    [Fact]
    public async Task A_good_file_is_applied_updates_known_postcodes_and_fills_peoples_deciles()
    {
        var client = await App.SignedInAsAsync(Role.LinkWorker);
        var body = NewPerson("Pearl", UniqueName("Lookup"), UniqueBirthDate());
        body["postcode"] = "S66 3XY";
        var id = (await CreateAsync(client, body)).GetProperty("id").GetGuid();

        var first = await ImportAsync("S66 3XY,E01000010,6\nS66 3XZ,E01000011,1\n");
        Assert.True(first.Applied);
        Assert.Equal((2, 0), (first.Created, first.Updated));
        var person = await StoredAsync(App, id);
        Assert.Equal(6, person.DeprivationDecile);
        Assert.Equal(2, person.Version);

        var second = await ImportAsync("postcode,area,decile\ns663xy,E01000010,9\n");
        Assert.True(second.Applied);
        Assert.Equal((0, 1), (second.Created, second.Updated));
        Assert.Equal(9, (await StoredAsync(App, id)).DeprivationDecile);
        var again = await ImportAsync("S66 3XY,E01000010,9\n");
        Assert.Equal(0, again.PeopleUpdated);
    }

    [Fact]
    public async Task Centres_are_taken_from_five_columns_kept_by_a_later_three_column_release_and_a_bad_one_rejects_the_file()
    {
        var first = await ImportAsync("postcode,area code,decile,latitude,longitude\nS66 4XA,E01000020,2,53.4245,-1.2025\nS66 4XB,E01000021,3,,\n");
        Assert.True(first.Applied, string.Join("; ", first.Errors));
        Assert.Equal((53.4245, -1.2025), await CentreAsync("S66 4XA"));
        Assert.Equal((null, null), await CentreAsync("S66 4XB"));

        Assert.True((await ImportAsync("S66 4XA,E01000020,5\n")).Applied);
        Assert.Equal((53.4245, -1.2025), await CentreAsync("S66 4XA"));

        var bad = await ImportAsync("S66 4XA,E01000020,5,53.5,-1.3\nS66 4XC,E01000022,4,north,-1.3\nS66 4XD,E01000023,4,95,-1.3\nS66 4XE,E01000024,4,53.4\nS66 4XF,E01000025,4,53.4,\n");
        Assert.False(bad.Applied);
        Assert.Equal([2, 3, 4, 5], bad.Errors.Select(e => e.Line));
        Assert.Contains("'north'", bad.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("Latitude must be between -90 and 90", bad.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("found 4", bad.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("both latitude and longitude", bad.Errors[3].Message, StringComparison.Ordinal);
        Assert.Equal((53.4245, -1.2025), await CentreAsync("S66 4XA"));
    }

    [Fact]
    public async Task An_empty_file_imports_nothing()
    {
        var report = await ImportAsync("postcode,area code,decile\n");
        Assert.False(report.Applied);
        Assert.Single(report.Errors);
    }

    private async Task<ImportDeprivation.Report> ImportAsync(string csv)
    {
        await using var scope = App.Scope();
        using var reader = new StringReader(csv.Replace("\r", "", StringComparison.Ordinal));
        return await scope.ServiceProvider.GetRequiredService<ImportDeprivation>().HandleAsync(reader);
    }

    private async Task<(double?, double?)> CentreAsync(string postcode)
    {
        await using var scope = App.Scope();
        var row = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().PostcodeDeprivation.AsNoTracking().SingleAsync(p => p.Postcode == postcode);
        return (row.Latitude, row.Longitude);
    }

    private async Task<bool> HasPostcodeAsync(string postcode)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().PostcodeDeprivation.AnyAsync(p => p.Postcode == postcode);
    }
}

public sealed class SqliteDeprivationImportTests(SqliteApp app) : DeprivationImportTests<SqliteApp>(app);

public sealed class PostgresDeprivationImportTests(PostgresApp app) : DeprivationImportTests<PostgresApp>(app);
