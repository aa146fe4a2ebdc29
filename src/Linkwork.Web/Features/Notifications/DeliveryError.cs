using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Linkwork.Web.Features.Notifications;

/// <summary>
/// Describes a failed delivery by its kind and code only. Exception messages are never kept or logged: mail servers
/// echo the recipient's address in their replies ("550 bob@example.org: no such user").
/// </summary>
internal static class DeliveryError
{
    public sealed record Description(string Text, bool Permanent, bool ServerUnreachable);

    public static Description Of(Exception exception) => exception switch
    {
        // A 5xx refusal of this recipient or this message will not change on retry; other refusals may be the server's mood.
        SmtpCommandException command => new Description(
            $"SMTP {(int)command.StatusCode} {command.StatusCode} ({command.ErrorCode})",
            (int)command.StatusCode >= 500 && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted,
            ServerUnreachable: false),
        SocketException socket => new Description($"Network: {socket.SocketErrorCode}", Permanent: false, ServerUnreachable: true),
        SslHandshakeException => new Description("TLS handshake with the mail server failed", Permanent: false, ServerUnreachable: true),
        AuthenticationException => new Description("The mail server refused the configured user and password", Permanent: false, ServerUnreachable: true),
        SmtpProtocolException => new Description("SMTP protocol error", Permanent: false, ServerUnreachable: true),
        ServiceNotConnectedException => new Description("Not connected to the mail server", Permanent: false, ServerUnreachable: true),
        TimeoutException or OperationCanceledException => new Description("The mail server did not answer in time", Permanent: false, ServerUnreachable: true),
        IOException => new Description("Connection to the mail server broke", Permanent: false, ServerUnreachable: true),
        _ => new Description(exception.GetType().Name, Permanent: false, ServerUnreachable: false),
    };

    public static readonly Description InvalidRecipient = new("The recipient's address cannot be used", Permanent: true, ServerUnreachable: false);
}
