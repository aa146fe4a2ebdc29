using Linkwork.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hosting;

/// <summary>
/// Keeps SQLite's query planner supplied with row counts per index, as SQLite advises for long-lived connections:
/// once when the app starts serving (after any demo has landed), then hourly. Without them the planner guesses, and
/// it guessed that the programme's index (programme and state) beat the person's for a person's open episode: a scan
/// of the programme's episodes inside every FHIR referral's write. PostgreSQL keeps its own statistics.
/// </summary>
public sealed partial class SqlitePlannerStatistics(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SqlitePlannerStatistics> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>
    /// Analyses the tables that need it: all of them the first time, then those that grew or shrank much since.
    /// Sampled (analysis_limit), so it takes under a second on a file of 200,000 referrals.
    /// </summary>
    public static async Task RefreshAsync(LinkworkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RefreshAsync(scope.ServiceProvider.GetRequiredService<LinkworkDbContext>(), stoppingToken);
            }
            catch (System.Data.Common.DbException exception)
            {
                // Busy or not ready: the planner keeps the statistics it has until the next try.
                LogRetry(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing SQLite's planner statistics failed ({Error}); retrying at the next interval")]
    private static partial void LogRetry(ILogger logger, string error);
}
