using System.Threading.Channels;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Wakes this instance's subscription worker when a pathway move has just been saved, so a subscriber hears of it at
/// once rather than at the next poll (the email outbox's <c>OutboxSignal</c>, for the other queue).
/// </summary>
public sealed class SubscriptionSignal
{
    // One pending wake is enough: the worker looks at every subscription when it wakes.
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Returns when woken or when <paramref name="timeout"/> has passed, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakes.Reader.WaitToReadAsync(timer.Token);
            _wakes.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed with no wake: time to look anyway.
        }
    }
}
