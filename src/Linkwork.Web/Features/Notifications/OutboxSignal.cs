using System.Threading.Channels;

namespace Linkwork.Web.Features.Notifications;

/// <summary>
/// Wakes this instance's delivery worker when a message has just been saved, so mail goes out at once rather than
/// at the next poll. Other instances find the message on their own poll.
/// </summary>
public sealed class OutboxSignal
{
    // One pending wake is enough: the worker sends everything that is due when it wakes.
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
