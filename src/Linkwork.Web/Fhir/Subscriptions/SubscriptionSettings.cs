namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>How FHIR Subscription notifications are sent (Linkwork__FhirSubscriptions__...).</summary>
public sealed class SubscriptionSettings
{
    /// <summary>Attempts at one notification before the subscription goes to error; the waits double from one minute up to an hour.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How often each instance looks for new moves; a move saved on the same instance wakes it at once.</summary>
    public int PollSeconds { get; set; } = 10;

    /// <summary>How long a subscriber's endpoint has to answer, at most <see cref="SubscriptionClaims.LongestTimeout"/>.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Days the record of a notification sent (or withheld) is kept, at least one; then it is deleted.</summary>
    public int KeepDeliveredDays { get; set; } = 30;
}
