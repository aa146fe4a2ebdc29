using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkwork.Data;

/// <summary>
/// Sets every SQLite connection up for many writers and durable commits (the database is already in write-ahead-log
/// mode, set once by the migrator): synchronous FULL, so a committed change survives a power cut whatever the build's
/// default, and a busy timeout, so a writer waits inside SQLite in millisecond steps for the lock instead of failing
/// over to Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms between attempts. Both settings belong to the
/// native connection, which the pool keeps open between uses, so they are set once per native connection rather
/// than on every open (an extra statement before each query).
/// </summary>
public sealed class SqliteDurableWrites : DbConnectionInterceptor
{
    public static readonly SqliteDurableWrites Instance = new();

    private const string Pragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";

    private readonly ConditionalWeakTable<object, object> alreadySetUp = [];

    private SqliteDurableWrites() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsNew(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is not SqliteConnection { Handle: { } handle } || alreadySetUp.TryAdd(handle, handle);
    }
}
