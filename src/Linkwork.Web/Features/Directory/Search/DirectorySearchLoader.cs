namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Builds the search index when the app starts, without holding up the start (searches wait until it is
/// ready), then looks every few seconds for imports made by other processes.
/// </summary>
public sealed partial class DirectorySearchLoader(DirectorySearch search, ILogger<DirectorySearchLoader> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await search.RebuildAsync(stoppingToken);
        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await search.HasOutsideImportsAsync(stoppingToken))
                {
                    await search.RebuildAsync(stoppingToken);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A database blip must not stop the index from catching up later.
                LogCheckFailed(failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the directory for outside imports failed; will try again")]
    private partial void LogCheckFailed(Exception failure);
}
