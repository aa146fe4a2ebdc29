using System.Threading.Channels;

namespace Linkwork.Web.Hosting;

/// <summary>
/// Wakes a background worker of this instance when something it serves has just been saved, so it acts at once rather
/// than at its next poll. Other instances find the work on their own poll. Each worker has its own subclass, so each
/// is woken only by its own kind of save.
/// </summary>
public abstract class WakeSignal
{
    // One pending wake is enough: the worker looks at all its work when it wakes.
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
