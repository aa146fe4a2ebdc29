namespace Linkwork.Domain.Notifications;

/// <summary>Where an outgoing email is: waiting (or waiting to be retried), delivered to the mail server, or given up on.</summary>
public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
