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

    private async Task ExpireAllDueAsync(CancellationToken cancellationToken)
    {
        int expired;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            expired = await scope.ServiceProvider.GetRequiredService<ExpireOverdueReferrals>().HandleAsync(cancellationToken);
            if (expired > 0)
            {
                LogExpired(logger, expired);
            }
        }
        while (expired == ExpireOverdueReferrals.BatchSize);
    }

    private async Task RemindAllDueAsync(CancellationToken cancellationToken)
    {
        int reminded;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            reminded = await scope.ServiceProvider.GetRequiredService<RemindDueFollowUps>().HandleAsync(cancellationToken);
            if (reminded > 0)
            {
                LogReminded(logger, reminded);
            }
        }
        while (reminded == RemindDueFollowUps.BatchSize);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} referrals past their response deadline")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded link workers of {Count} follow-ups due")]
    private static partial void LogReminded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pathway's deadline jobs failed ({Error}); retrying at the next interval")]
    private static partial void LogRetry(ILogger logger, string error);
}
