using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkwork.Data;

/// <summary>
/// Lets one save at a time into each SQLite database and queues the others in .NET. SQLite allows one writer; a
/// second one waits in SQLite's busy handler, which sleeps in growing steps (1, 2, 5, 10 … 100 ms) and so turned
/// a 2 ms save into a 100 ms one under load. Queued here, the next save starts the moment the last one commits.
/// Saves inside an explicit transaction are not queued (the transaction already holds, or waits for, the lock).
/// </summary>
internal static class SqliteWriteQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public static async ValueTask<Turn> WaitForTurnAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var queue = QueueOf(database);
        if (queue is not null)
        {
            await queue.WaitAsync(cancellationToken);
        }

        return new Turn(queue);
    }

    public static Turn WaitForTurn(DatabaseFacade database)
    {
        var queue = QueueOf(database);
        queue?.Wait();
        return new Turn(queue);
    }

    private static SemaphoreSlim? QueueOf(DatabaseFacade database) =>
        database.IsSqlite() && database.CurrentTransaction is null
            ? Queues.GetOrAdd(database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1))
            : null;

    public readonly struct Turn(SemaphoreSlim? queue) : IDisposable
    {
        public void Dispose() => queue?.Release();
    }
}
