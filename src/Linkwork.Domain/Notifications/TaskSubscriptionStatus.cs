namespace Linkwork.Domain.Notifications;

/// <summary>Whether a subscription is being served: active, or stopped in error after a notification could not be delivered.</summary>
public enum TaskSubscriptionStatus
{
    Active,
    Error,
}
