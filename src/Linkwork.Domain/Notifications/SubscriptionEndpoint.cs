using Linkwork.Domain.Common;

namespace Linkwork.Domain.Notifications;

/// <summary>
/// Where a subscription may send notifications. They carry a person's referral, so they go over TLS; plain http is
/// allowed only to this machine (loopback), where nothing crosses a network: for development and tests.
/// </summary>
public static class SubscriptionEndpoint
{
    public const int MaxLength = WebAddress.MaxLength;

    /// <summary>Why the address cannot be used, or null when it can.</summary>
    public static string? Problem(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return "channel.endpoint is required: the https address to send notifications to.";
        }

        if (endpoint.Length > MaxLength)
        {
            return $"channel.endpoint must be at most {MaxLength} characters.";
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            return $"channel.endpoint must be a full https address such as https://example.org/fhir-hook; '{WebAddress.Shorten(endpoint)}' is not.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "channel.endpoint must not carry a user name or password: send credentials in channel.header instead.";
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            return "channel.endpoint must not have a fragment (#...).";
        }

        return uri.Scheme == "http" && !uri.IsLoopback
            ? "channel.endpoint must use https; plain http is accepted only for this machine (localhost, 127.0.0.1, [::1]), for development and tests."
            : null;
    }
}
