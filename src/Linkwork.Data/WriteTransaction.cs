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
    private readonly SqliteWriteQueue.Turn _turn;
    private readonly IDbContextTransaction _transaction;

    private WriteTransaction(SqliteWriteQueue.Turn turn, IDbContextTransaction transaction) => (_turn, _transaction) = (turn, transaction);

    public static async Task<WriteTransaction> BeginAsync(LinkworkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var turn = await SqliteWriteQueue.WaitForTurnAsync(db.Database, cancellationToken);
        try
        {
            return new WriteTransaction(turn, await db.Database.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            turn.Dispose();
            throw;
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
