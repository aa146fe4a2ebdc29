using Linkwork.Domain.Common;
using Linkwork.Domain.Notifications;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class NotificationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(40, 60)]
    public void Retries_wait_one_minute_then_twice_as_long_each_time_up_to_an_hour(int failedAttempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), DeliveryBackoff.After(failedAttempts));

    [Fact]
    public void Delivery_gives_up_when_the_attempts_are_spent()
    {
        Assert.False(DeliveryBackoff.GiveUp(3, maxAttempts: 4));
        Assert.True(DeliveryBackoff.GiveUp(4, maxAttempts: 4));
    }

    [Fact]
    public void A_new_message_is_pending_and_due_at_once_with_its_subject_on_one_line()
    {
        var message = OutboxMessage.Create(Guid.CreateVersion7(Now), null, "referral.received", " lucy@example.org ", "New\r\nBcc: x@evil.example", "Body", null, Now);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.Equal("lucy@example.org", message.Recipient);
        Assert.Equal("New Bcc: x@evil.example", message.Subject);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    public void A_message_needs_a_recipient_address(string recipient) =>
        Assert.Throws<DomainRuleException>(() => OutboxMessage.Create(Guid.CreateVersion7(Now), null, "k", recipient, "Subject", "Body", null, Now));

    [Fact]
    public void A_notification_is_read_once()
    {
        var notification = Notification.Create(Guid.CreateVersion7(Now), Guid.NewGuid(), Guid.NewGuid(), "New referral", "/app/referrals/1", Now);
        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(5));
        Assert.Equal(Now.AddMinutes(1), notification.ReadAt);
    }
}
