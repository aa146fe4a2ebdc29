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
            await using var scope = scopes.CreateAsyncScope();
            var imports = await CountImportsAsync(scope, cancellationToken);
            var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
            var documents = new List<SearchDocument>();
            var serviceAtLocations = new ServiceAtLocationMap();
            await foreach (var service in source.AllAsync(cancellationToken))
            {
                documents.Add(service.Document);
                serviceAtLocations.Set(service);
            }

            _index = DirectorySearchIndex.Build(documents);
            _serviceAtLocations = serviceAtLocations;
            Interlocked.Exchange(ref _importsSeen, imports);
            _ready.TrySetResult();
            var elapsed = clock.GetElapsedTime(started);
            LogBuilt(_index.Count, elapsed.TotalMilliseconds);
        }
        finally
        {
            _rebuilding.Release();
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory search index built: {Services} services in {Milliseconds:N0} ms")]
    private partial void LogBuilt(int services, double milliseconds);

    // Every import writes one audit line as it commits; their number only grows, whatever order imports finish in.
    // Exact actions (not a prefix) let both databases answer from the index on the action, however long the trail.
    private static Task<int> CountImportsAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().AuditEntries
            .CountAsync(a => ImportAuditActions.All.Contains(a.Action), cancellationToken);
}
