using Linkwork.Web.Features.Pathway.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// The pathway's clock-driven work, every few minutes in the background: <see cref="ExpireOverdueReferrals"/> keeps
/// providers' deadlines and <see cref="RemindDueFollowUps"/> reminds link workers of follow-ups that fall due.
/// </summary>
public sealed partial class ReferralDeadlineService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReferralDeadlineService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await ExpireAllDueAsync(stoppingToken);
                await RemindAllDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
            {
                // Another instance expired the same referral first, or the database is not ready yet: try again next time.
                LogRetry(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private Task ExpireAllDueAsync(CancellationToken cancellationToken) =>
        InBatchesAsync<ExpireOverdueReferrals>((job, token) => job.HandleAsync(token), ExpireOverdueReferrals.BatchSize, count => LogExpired(logger, count), cancellationToken);

    private Task RemindAllDueAsync(CancellationToken cancellationToken) =>
        InBatchesAsync<RemindDueFollowUps>((job, token) => job.HandleAsync(token), RemindDueFollowUps.BatchSize, count => LogReminded(logger, count), cancellationToken);

    /// <summary>Runs a job in a fresh scope (its own unit of work) until a batch comes back short: nothing more is due.</summary>
    private async Task InBatchesAsync<TJob>(Func<TJob, CancellationToken, Task<int>> run, int batchSize, Action<int> log, CancellationToken cancellationToken)
        where TJob : notnull
    {
        int done;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            done = await run(scope.ServiceProvider.GetRequiredService<TJob>(), cancellationToken);
            if (done > 0)
            {
                log(done);
            }
        }
        while (done == batchSize);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} referrals past their response deadline")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded link workers of {Count} follow-ups due")]
    private static partial void LogReminded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pathway's deadline jobs failed ({Error}); retrying at the next interval")]
    private static partial void LogRetry(ILogger logger, string error);
}
