using Linkwork.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>Serves the FHIR subscriptions in the background: at every poll, and at once when a pathway move saved on this instance wakes it.</summary>
public sealed partial class SubscriptionWorker(SubscriptionPass pass, SubscriptionSignal signal, IOptions<LinkworkSettings> options, ILogger<SubscriptionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up carries on while the worker runs.
        await Task.Yield();
        var poll = TimeSpan.FromSeconds(Math.Max(options.Value.FhirSubscriptions.PollSeconds, 1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass.RunAsync(stoppingToken);
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
