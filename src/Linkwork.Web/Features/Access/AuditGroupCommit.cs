using System.Collections.Concurrent;
using Linkwork.Data;
using Linkwork.Domain.Access;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// Commits the audit lines of plain reads in groups. A read has nothing else to save, yet each paid for a transaction
/// of its own, queued for SQLite's one writer. Each caller still waits until its own lines are durable before it
/// answers: no personal data leaves without its audit line on disk. Lines that arrive while a commit is under way
/// go together in the next one, so a group grows with the load and a lone read is committed at once.
/// </summary>
public sealed class AuditGroupCommit(IServiceScopeFactory scopes) : IDisposable
{
    private readonly ConcurrentQueue<Waiting> waiting = new();
    private readonly SemaphoreSlim committer = new(1, 1);

    /// <summary>Returns when the lines are committed; throws what the commit threw when it failed.</summary>
    public async Task CommitAsync(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        var mine = new Waiting(entries);
        waiting.Enqueue(mine);
        // Whoever holds the committer takes every line waiting when it starts, so by the time a caller gets its turn
        // its lines have often been committed by the one before: then it has nothing to do.
        await committer.WaitAsync();
        try
        {
            if (!mine.Committed.Task.IsCompleted)
            {
                await CommitWaitingAsync();
            }
        }
        finally
        {
            committer.Release();
        }

        await mine.Committed.Task;
    }

    private async Task CommitWaitingAsync()
    {
        var group = new List<Waiting>();
        while (waiting.TryDequeue(out var next))
        {
            group.Add(next);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            db.AuditEntries.AddRange(group.SelectMany(w => w.Entries));
            // Not the caller's token: a caller that gives up must not fail the others' lines.
            await db.SaveChangesAsync(CancellationToken.None);
            group.ForEach(w => w.Committed.SetResult());
        }
        catch (Exception failure)
        {
            group.ForEach(w => w.Committed.SetException(failure));
        }
    }

    public void Dispose() => committer.Dispose();

    private sealed record Waiting(IReadOnlyList<AuditEntry> Entries)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
