using Linkwork.Domain.Notifications;
using Xunit;

namespace Linkwork.Domain.Tests;

/// <summary>Notifications carry a referral: they go over TLS, or plain http only to this machine.</summary>
public sealed class SubscriptionEndpointTests
{
    [Theory]
    [InlineData("https://hooks.example.org/fhir")]
    [InlineData("https://10.0.0.5:8443/hook?key=1")]
    [InlineData("http://localhost:5000/hook")]
    [InlineData("http://127.0.0.1:49152/hook")]
    [InlineData("http://[::1]:8080/")]
    public void Https_anywhere_and_http_to_loopback_are_accepted(string endpoint) => Assert.Null(SubscriptionEndpoint.Problem(endpoint));

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("http://hooks.example.org/fhir", "must use https")]
    [InlineData("http://10.0.0.5/hook", "must use https")]
    [InlineData("hooks.example.org/fhir", "must be a full https address")]
    [InlineData("mailto:someone@example.org", "must be a full https address")]
    [InlineData("https://user:secret@hooks.example.org/", "must not carry a user name")]
    [InlineData("https://hooks.example.org/#frag", "must not have a fragment")]
    public void Anything_else_is_refused_with_the_reason(string? endpoint, string expected) =>
        Assert.Contains(expected, SubscriptionEndpoint.Problem(endpoint), StringComparison.Ordinal);

    [Fact]
    public void Headers_are_one_line_each_and_never_the_ones_the_server_sets()
    {
        Assert.Empty(SubscriptionHeaders.Problems(["Authorization: Bearer abc", "X-Api-Key:123"]));

        var problems = SubscriptionHeaders.Problems(["Content-Type: text/plain", "Authorization: a\r\nX-Injected: b", "no colon", ": empty name"]);

        Assert.Equal(4, problems.Count);
        Assert.Contains("sets Content-Type", problems[0], StringComparison.Ordinal);
        Assert.All(problems.Skip(1), p => Assert.Contains("must be one line 'Name: value'", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Backoff_doubles_from_the_outboxs_first_wait_and_the_delivery_gives_up_at_the_limit()
    {
        var now = DateTimeOffset.UtcNow;
        var delivery = SubscriptionDelivery.Queue(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), 2, now, now);

        delivery.BeginAttempt(now);
        Assert.False(delivery.RecordFailure("HTTP 500", maxAttempts: 2));
        Assert.Equal(now + DeliveryBackoff.First, delivery.NextAttemptAt);
        Assert.Equal(SubscriptionDeliveryStatus.Pending, delivery.Status);

        delivery.BeginAttempt(now.AddMinutes(1));
        Assert.True(delivery.RecordFailure("HTTP 500", maxAttempts: 2));
        Assert.Equal(SubscriptionDeliveryStatus.Failed, delivery.Status);
    }
}
