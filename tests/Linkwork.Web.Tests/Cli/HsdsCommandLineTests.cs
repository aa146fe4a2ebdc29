using System.Text.Json;
using Linkwork.Interop.Hsds;
using Linkwork.Tests;
using static Linkwork.Web.Tests.Support.LinkworkProcess;
using Xunit;

namespace Linkwork.Web.Tests.Cli;

/// <summary>`./linkwork import hsds` and `export hsds` run as the separate program people run, on real feeds.</summary>
public sealed class HsdsCommandLineTests : IDisposable
{
    private static readonly string Standards = RepositoryPaths.Standards;
    private readonly string _data = System.IO.Directory.CreateTempSubdirectory("linkwork-hsds-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task A_failing_feed_lists_every_bad_record_and_imports_nothing()
    {
        Assert.Equal(0, (await RunAsync("demo", "--people", "5", "--services", "10", "--data", _data)).ExitCode);
        var before = await ExportedServicesAsync();

        var failed = await RunAsync("import", "hsds", Path.Combine(Standards, "oruk", "validator-mocks", "V3.0-UK-Fail", "service_list.json"), "--data", _data);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("name is required", failed.Error, StringComparison.Ordinal);
        Assert.Contains("is not a full web address", failed.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await ExportedServicesAsync()).Count);
    }

    [Fact]
    public async Task The_example_data_package_imports_once_re_imports_unchanged_and_exports_valid_HSDS()
    {
        Assert.Equal(0, (await RunAsync("demo", "--people", "5", "--services", "10", "--data", _data)).ExitCode);
        var package = Path.Combine(Standards, "hsds", "v3.0", "examples", "csv");

        var strict = await RunAsync("import", "hsds", package, "--data", _data);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("is not a latitude", strict.Error, StringComparison.Ordinal);

        var first = await RunAsync("import", "hsds", package, "--drop-bad-coordinates", "--data", _data);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("services: 1 created", first.Output, StringComparison.Ordinal);

        var again = await RunAsync("import", "hsds", package, "--drop-bad-coordinates", "--data", _data);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("services: 0 created, 0 updated, 1 unchanged", again.Output, StringComparison.Ordinal);

        var exported = await ExportedServicesAsync();
        Assert.Equal(11, exported.Count);
        Assert.Contains(exported, s => s.GetProperty("id").GetString() == "ac148810-d857-441c-9679-408f346de14b");
        foreach (var service in exported)
        {
            var errors = HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, service.GetRawText());
            Assert.True(errors.Count == 0, string.Join("; ", errors));
        }
    }

    private async Task<List<JsonElement>> ExportedServicesAsync()
    {
        var file = Path.Combine(_data, "export.json");
        var export = await RunAsync("export", "hsds", "--out", file, "--data", _data);
        Assert.True(export.ExitCode == 0, export.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
