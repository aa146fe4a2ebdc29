using Linkwork.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Notifications;

/// <summary>Delivers the outbox in the background: at every poll, and at once when a save on this instance wakes it.</summary>
public sealed partial class OutboxWorker(OutboxDelivery delivery, OutboxSignal signal, IOptions<LinkworkSettings> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up carries on while the worker runs.
        await Task.Yield();
        if (delivery.MissingSetting is { } missing)
        {
            LogNotConfigured(missing);
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Max(options.Value.Smtp.PollSeconds, 1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await delivery.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The database may be away for a moment; the messages are safe in it and the next poll tries again.
                LogPassFailed(e.GetType().Name);
            }

            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 8000, Level = LogLevel.Warning, Message = "Email is not configured ({Setting} is not set): messages stay in the outbox until it is")]
    private partial void LogNotConfigured(string setting);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Error, Message = "A pass over the email outbox failed ({Error}); the next poll tries again")]
    private partial void LogPassFailed(string error);
}
