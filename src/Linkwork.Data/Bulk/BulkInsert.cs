using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Linkwork.Data.Bulk;

/// <summary>
/// Writes rows that are certainly new straight to their table inside the current transaction, without EF's change
/// tracking: a prepared INSERT reused row after row on SQLite, binary COPY on PostgreSQL. Every column and value comes from the
/// EF model (<see cref="BulkColumns"/>), so a row written here reads back through EF as if EF had written it.
/// The caller guarantees the ids are not taken; a clash fails the statement, and with it the transaction.
/// </summary>
public static class BulkInsert
{
    // The model differs by provider (SQLite stores timestamps as numbers), so shapes are kept per model.
    private static readonly ConcurrentDictionary<(IModel Model, Type Entity), BulkColumns> Shapes = new();

    public static async Task InsertNewAsync<T>(this LinkworkDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction, so it commits or rolls back with the rest.");
        var shape = Shapes.GetOrAdd((db.Model, typeof(T)), key => BulkColumns.For(key.Model, key.Entity));
        var blocks = BulkRows.Blocks(shape, rows, cancellationToken);
        switch (db.Database.GetDbConnection())
        {
            case SqliteConnection sqlite:
                await SqliteBulkInsert.InsertAsync(sqlite, (SqliteTransaction)transaction.GetDbTransaction(), shape, blocks);
                break;
            case NpgsqlConnection postgres:
                await PostgresBulkCopy.InsertAsync(postgres, shape, blocks, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"No bulk path for {db.Database.ProviderName}.");
        }
    }
}
