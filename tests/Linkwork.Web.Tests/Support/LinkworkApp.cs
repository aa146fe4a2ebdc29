using Linkwork.Data;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace Linkwork.Web.Tests.Support;

/// <summary>
/// The real app in memory, on a real database, migrated and seeded with a small demo programme.
/// One instance is shared by the tests of a class; each instance has its own database.
/// </summary>
public abstract class LinkworkApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int DemoPeople = 40;
    public const int DemoServices = 60;

    public TestClock Clock { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public abstract DatabaseProvider Provider { get; }

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Linkwork:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Linkwork", ConnectionString);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public virtual async ValueTask InitializeAsync()
    {
        // Migrate before the host starts: the app reads its data protection keys from the database at start.
        await using (var db = new LinkworkDbContext(LinkworkDatabase.OptionsFor(Provider, ConnectionString)))
        {
            await DatabaseMigrator.MigrateAsync(db);
        }

        await ActivatorUtilities.CreateInstance<DemoSeeder>(Services).SeedAsync(new DemoSize(DemoPeople, DemoServices, Seed: 7));

        // The host started (and began indexing) before the demo landed; rebuild now rather than wait for the next poll.
        await Services.GetRequiredService<Features.Directory.Search.DirectorySearch>().RebuildAsync();
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();
}

public class SqliteApp : LinkworkApp
{
    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("linkwork-test-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => LinkworkDatabase.SqliteConnectionStringFor(_directory) + ";Pooling=False";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public class PostgresApp : LinkworkApp
{
    private readonly string _database = "linkwork_test_" + Guid.NewGuid().ToString("N");

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = _database }.ConnectionString;

    public override async ValueTask InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (TestEnvironment.PostgresConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        GC.SuppressFinalize(this);
    }
}
