using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkwork.Data;

/// <summary>
/// Several saves as one all-or-nothing change (a FHIR transaction Bundle runs more than one use case). On SQLite it
/// waits its turn in <see cref="SqliteWriteQueue"/> like a single save and holds it to the end: otherwise the plain
/// saves queued behind it would meet its lock in SQLite's sleeping busy handler. Disposed without a commit, it rolls
/// back.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly LinkworkDbContext _db;
    private readonly SqliteWriteQueue.Turn _turn;
    private readonly IDbContextTransaction _transaction;

    private WriteTransaction(LinkworkDbContext db, SqliteWriteQueue.Turn turn, IDbContextTransaction transaction) =>
        (_db, _turn, _transaction) = (db, turn, transaction);

    public static async Task<WriteTransaction> BeginAsync(LinkworkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var turn = await SqliteWriteQueue.WaitForTurnAsync(db.Database, cancellationToken);
        try
        {
            return new WriteTransaction(db, turn, await db.Database.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Holds <paramref name="key"/> to the end of the transaction, so that two transactions which each look for a record
    /// by the key and make it when none is found take turns instead of both making one. On PostgreSQL that is a
    /// transaction-scoped advisory lock (released by the commit or rollback); on SQLite the transaction already holds
    /// the database's one write turn from its start, so nothing more is needed.
    /// </summary>
    public async Task LockAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_db.Database.IsNpgsql())
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            _turn.Dispose();
        }
    }
}
