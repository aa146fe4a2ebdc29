using System.Collections.Concurrent;
using Linkwork.Data;
using Linkwork.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// The directory's search index for this process: built from the database at start, then kept current.
/// Changes saved through this process are applied at once; imports run by another process (the command line,
/// another instance) are noticed by <see cref="DirectorySearchLoader"/>, which rebuilds the index beside the
/// live one and swaps it in. The <see cref="ServiceAtLocationMap"/> is built and kept current with it.
/// </summary>
public sealed partial class DirectorySearch(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DirectorySearch> logger) : IDisposable
{
    /// <summary>The audit actions of directory imports, which every other instance watches for.</summary>
    public static class ImportAuditActions
    {
        public const string Partial = "directory.import";
        public const string Full = "directory.import.full";
        public const string Demo = "directory.import.demo";

        public static readonly string[] All = [Partial, Full, Demo];
    }

    private const int BuildBatchSize = 1_000;

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile DirectorySearchIndex _index = DirectorySearchIndex.Build([]);
    private volatile ServiceAtLocationMap _serviceAtLocations = new();
    private long _importsSeen;

    /// <summary>Completes once the first full build is done.</summary>
    public Task Ready => _ready.Task;

    public int Count => _index.Count;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await _ready.Task.WaitAsync(cancellationToken);
        return _index.Search(query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Where every listed service is delivered, by service_at_location id; once the first build is done.</summary>
    public async Task<ServiceAtLocationMap> ServiceAtLocationsAsync(CancellationToken cancellationToken = default)
    {
        await _ready.Task.WaitAsync(cancellationToken);
        return _serviceAtLocations;
    }

    /// <summary>Builds a new index from every stored service and swaps it in.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetTimestamp();
            var pausedBefore = GC.GetTotalPauseDuration();
            var fullBefore = GC.CollectionCount(2);
            await using var scope = scopes.CreateAsyncScope();
            var imports = await CountImportsAsync(scope, cancellationToken);
            var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
            var expected = await source.CountAsync(cancellationToken);
            var serviceAtLocations = new ServiceAtLocationMap();
            _index = await BuildWhileReadingAsync(source.AllInBatchesAsync(BuildBatchSize, cancellationToken: cancellationToken), serviceAtLocations, expected, cancellationToken);
            _serviceAtLocations = serviceAtLocations;
            Interlocked.Exchange(ref _importsSeen, imports);
            _ready.TrySetResult();
            var elapsed = clock.GetElapsedTime(started);
            var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            var fullCollections = GC.CollectionCount(2) - fullBefore;
            LogBuilt(_index.Count, elapsed.TotalMilliseconds, paused, fullCollections);
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    /// <summary>
    /// Indexes the services on one thread while they are read on others, in batches through a short queue: on
    /// two cores the build then takes about as long as the reading, and no more than a few batches of documents
    /// are held at once.
    /// </summary>
    private static async Task<DirectorySearchIndex> BuildWhileReadingAsync(
        IAsyncEnumerable<IndexedService[]> services, ServiceAtLocationMap serviceAtLocations, int expectedCount, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = new BlockingCollection<IndexedService[]>(boundedCapacity: 8);
        var build = Task.Run(
            () =>
            {
                try
                {
                    return DirectorySearchIndex.Build(batches.GetConsumingEnumerable(stop.Token).SelectMany(batch => batch.Select(service => service.Document)), expectedCount);
                }
                catch
                {
                    // The reader stops too, instead of waiting for room in the queue.
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var batch in services.WithCancellation(stop.Token))
            {
                // The map is filled here, on the reading side only, while the index is built on the other.
                foreach (var service in batch)
                {
                    serviceAtLocations.Set(service);
                }

                batches.Add(batch, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The builder failed and stopped the reading: its failure is thrown below.
        }
        catch
        {
            // Reading failed or was cancelled: the builder stops at its next batch.
            await stop.CancelAsync();
            await ((Task)build).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        finally
        {
            batches.CompleteAdding();
        }

        return await build;
    }

    /// <summary>Re-reads the given services into the live index; called after a change commits in this process.</summary>
    public async Task ServicesChangedAsync(IReadOnlyCollection<Guid> serviceIds, bool imported, CancellationToken cancellationToken = default)
    {
        if (imported)
        {
            // This process's own import need not trigger a rebuild: its changes arrive here directly.
            Interlocked.Increment(ref _importsSeen);
        }

        if (!_ready.Task.IsCompleted || serviceIds.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = await scope.ServiceProvider.GetRequiredService<SearchDocumentSource>().ForAsync(serviceIds, cancellationToken);
        var index = _index;
        var serviceAtLocations = _serviceAtLocations;
        foreach (var service in services)
        {
            index.Upsert(service.Document);
            serviceAtLocations.Set(service);
        }
    }

    /// <summary>True when some process has imported into the directory since this index last caught up.</summary>
    public async Task<bool> HasOutsideImportsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await CountImportsAsync(scope, cancellationToken) != Interlocked.Read(ref _importsSeen);
    }

    public void Dispose() => _rebuilding.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory search index built: {Services} services in {Milliseconds:N0} ms (garbage collection paused {PausedMilliseconds:N0} ms; {FullCollections} full collections)")]
    private partial void LogBuilt(int services, double milliseconds, double pausedMilliseconds, int fullCollections);

    // Every import writes one audit line as it commits; their number only grows, whatever order imports finish in.
    // Exact actions (not a prefix) let both databases answer from the index on the action, however long the trail.
    private static Task<int> CountImportsAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().AuditEntries
            .CountAsync(a => ImportAuditActions.All.Contains(a.Action), cancellationToken);
}
