using Linkwork.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Hosting;

/// <summary>
/// The embedded database's write settings as the app uses them: pooled connections, several contexts at once.
/// </summary>
public sealed class SqliteWritesTests : IAsyncLifetime
{
    private readonly string _data = System.IO.Directory.CreateTempSubdirectory("linkwork-sqlite-").FullName;

    // Pooled, as in the app: the pool keeps native connections open between uses.
    private string ConnectionString => LinkworkDatabase.SqliteConnectionStringFor(_data);

    public async ValueTask InitializeAsync()
    {
        await using var db = Context();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_data, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_connection_commits_durably_and_waits_for_the_lock_whether_new_or_reused_from_the_pool()
    {
        for (var round = 0; round < 3; round++)
        {
            if (round == 2)
            {
                SqliteConnection.ClearAllPools(); // a fresh native connection must be set up too
            }

            await using var db = Context();
            Assert.Equal(2, await PragmaAsync(db, "synchronous")); // 2 = FULL
            Assert.Equal(30_000, await PragmaAsync(db, "busy_timeout"));
        }
    }

    [Fact]
    public async Task Many_contexts_saving_at_once_all_commit()
    {
        var saves = Enumerable.Range(0, 24).Select(async i =>
        {
            await using var db = Context();
            db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = $"key {i}", Xml = "<key/>" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await Task.WhenAll(saves);

        await using var check = Context();
        Assert.Equal(24, await check.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_save_inside_an_open_transaction_is_not_held_behind_saves_waiting_for_that_transaction()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var importer = Context();
        await using var transaction = await importer.Database.BeginTransactionAsync(cancellationToken);
        importer.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = "first", Xml = "<key/>" });
        await importer.SaveChangesAsync(cancellationToken); // the transaction now holds SQLite's write lock

        // Another save takes its turn in the queue and then waits inside SQLite for the transaction to end (on a
        // thread of its own: SQLite's waits block).
        await using var other = Context();
        other.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = "other", Xml = "<key/>" });
        var otherSave = Task.Run(() => other.SaveChangesAsync(cancellationToken), cancellationToken);
        await Task.Delay(200, cancellationToken);

        // Were the transaction's own next save queued behind it, neither could move until the busy timeout (30 s).
        importer.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = "second", Xml = "<key/>" });
        var secondSave = importer.SaveChangesAsync(cancellationToken);
        Assert.Same(secondSave, await Task.WhenAny(secondSave, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken)));
        await transaction.CommitAsync(cancellationToken);
        await otherSave;

        await using var check = Context();
        Assert.Equal(["first", "other", "second"], (await check.DataProtectionKeys.Select(k => k.FriendlyName!).ToListAsync(cancellationToken)).Order());
    }

    private LinkworkDbContext Context() => new(LinkworkDatabase.OptionsFor(DatabaseProvider.Sqlite, ConnectionString));

    private static async Task<long> PragmaAsync(LinkworkDbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
