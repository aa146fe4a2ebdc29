using Linkwork.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>Serves the FHIR subscriptions in the background: at every poll, and at once when a pathway move saved on this instance wakes it.</summary>
public sealed partial class SubscriptionWorker(SubscriptionPass pass, SubscriptionSignal signal, IOptions<LinkworkSettings> options, ILogger<SubscriptionWorker> logger)
    : BackgroundService
{
    /// <summary>The least time between the starts of two passes, and so the most a move waits for one beyond its own commit.</summary>
    public static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up carries on while the worker runs.
        await Task.Yield();
        var poll = TimeSpan.FromSeconds(Math.Max(options.Value.FhirSubscriptions.PollSeconds, 1));
        var lastPass = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Under a steady stream of moves every save wakes the worker: a short gap lets a pass take many moves at once
            // instead of one each, which keeps the referral writes it shares the database with fast (bench/subscriptions.sh).
            var sinceLast = Environment.TickCount64 - lastPass.TotalMilliseconds;
            if (sinceLast < MinimumGap.TotalMilliseconds)
            {
                await Task.Delay(MinimumGap - TimeSpan.FromMilliseconds(sinceLast), stoppingToken);
            }

            lastPass = TimeSpan.FromMilliseconds(Environment.TickCount64);
            try
            {
                if (await pass.RunAsync(stoppingToken))
                {
                    // A subscriber has more due than one pass sends: no waiting for a wake.
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The database may be away for a moment; the moves and the queue are safe in it and the next poll tries again.
                LogPassFailed(e.GetType().Name);
            }

            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 8100, Level = LogLevel.Error, Message = "A pass over the FHIR subscriptions failed ({Error}); the next poll tries again")]
    private partial void LogPassFailed(string error);
}
