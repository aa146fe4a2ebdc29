namespace Linkwork.Domain.Notifications;

/// <summary>
/// How long to wait after a failed delivery: one minute, then doubling, never more than an hour, so a mail server
/// that is down for a restart is retried quickly and one that is down for a day is not hammered.
/// </summary>
public static class DeliveryBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <param name="failedAttempts">Attempts made so far, all failed (1 after the first failure).</param>
    public static TimeSpan After(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // 2^6 minutes already passes the cap; stopping there keeps the shift from overflowing.
        var doublings = Math.Min(failedAttempts - 1, 6);
        var delay = First * (1 << doublings);
        return delay < Longest ? delay : Longest;
    }

    /// <summary>Whether a message that has failed this many times should be given up on.</summary>
    public static bool GiveUp(int failedAttempts, int maxAttempts) => failedAttempts >= maxAttempts;
}
