using Linkwork.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Linkwork.Web.Tests.Support.LinkworkProcess;

namespace Linkwork.Web.Tests.People;

/// <summary>`./linkwork import deprivation FILE.csv` as users run it: all or nothing, with a line-by-line report.</summary>
public sealed class DeprivationCommandLineTests : IDisposable
{
    private readonly string _data = System.IO.Directory.CreateTempSubdirectory("linkwork-cli-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task A_bad_file_is_refused_line_by_line_and_a_good_one_is_imported()
    {
        var bad = Path.Combine(_data, "bad.csv");
        await File.WriteAllTextAsync(bad, "postcode,area code,decile\nS65 1AA,E01000001,3\nS65 1AB,E01000002,0\n");
        var refused = await RunAsync("import", "deprivation", bad, "--data", _data);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("line 3:", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", refused.Error, StringComparison.Ordinal);

        var good = Path.Combine(_data, "good.csv");
        await File.WriteAllTextAsync(good, "postcode,area code,decile\nS65 1AA,E01000001,3\nS65 1AB,E01000002,10\n");
        var imported = await RunAsync("import", "deprivation", good, "--data", _data);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("2 added", imported.Output, StringComparison.Ordinal);

        await using var db = new LinkworkDbContext(LinkworkDatabase.OptionsFor(DatabaseProvider.Sqlite, LinkworkDatabase.SqliteConnectionStringFor(_data) + ";Pooling=False"));
        Assert.Equal(10, (await db.PostcodeDeprivation.SingleAsync(p => p.Postcode == "S65 1AB")).Decile);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "deprivation.imported" && e.From == "cli"));
    }
}
