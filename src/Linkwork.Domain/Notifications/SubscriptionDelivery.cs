namespace Linkwork.Domain.Notifications;

/// <summary>
/// One notification a subscription owes: a referral's move to a version. Queued when the worker finds the move in the
/// pathway's event log, sent in the order the moves were made, retried with <see cref="DeliveryBackoff"/>.
/// (subscription, referral, version) is unique, so a move is never queued twice for one subscription.
/// </summary>
public sealed class SubscriptionDelivery
{
    public const int ErrorMaxLength = TaskSubscription.ErrorMaxLength;

    private SubscriptionDelivery() { }

    public Guid Id { get; private set; }
    public Guid SubscriptionId { get; private set; }
    public Guid ReferralId { get; private set; }

    /// <summary>The referral's version the move made: the Task's meta.versionId in the notification.</summary>
    public int Version { get; private set; }

    /// <summary>When the move was made: deliveries of a subscription go out in this order.</summary>
    public DateTimeOffset EventAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public SubscriptionDeliveryStatus Status { get; private set; }

    /// <summary>Attempts started, counted before the request goes out so a crash mid-send still counts.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public static SubscriptionDelivery Queue(Guid id, Guid subscriptionId, Guid referralId, int version, DateTimeOffset eventAt, DateTimeOffset now) => new()
    {
        Id = id,
        SubscriptionId = subscriptionId,
        ReferralId = referralId,
        Version = version,
        EventAt = eventAt,
        CreatedAt = now,
        Status = SubscriptionDeliveryStatus.Pending,
        NextAttemptAt = now,
    };

    /// <summary>Counted before the request goes out, so a crash mid-send still counts against the attempts.</summary>
    public void BeginAttempt(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
    }

    public void MarkSent(DateTimeOffset now)
    {
        Status = SubscriptionDeliveryStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    public void Withhold() => Status = SubscriptionDeliveryStatus.Withheld;

    /// <summary>
    /// Schedules the next attempt after the backoff, counted from when this attempt began, or gives up when the
    /// attempts are spent. Returns true when it gave up.
    /// </summary>
    public bool RecordFailure(string error, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(error);
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        if (DeliveryBackoff.GiveUp(Attempts, maxAttempts))
        {
            Status = SubscriptionDeliveryStatus.Failed;
            return true;
        }

        NextAttemptAt = (LastAttemptAt ?? NextAttemptAt) + DeliveryBackoff.After(Attempts);
        return false;
    }
}

public enum SubscriptionDeliveryStatus
{
    Pending,
    Sent,

    /// <summary>The attempts ran out; the subscription went to error with it.</summary>
    Failed,

    /// <summary>By the time it was due the subscriber could no longer read the referral: nothing was sent.</summary>
    Withheld,
}
